import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createHead } from '@unhead/vue/client'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { routes } from '@/router'
import { installDetailsGuard } from '@/router/guards'
import { fixtureContext } from '../fixtures/context'

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

/** The real route table and details guard on memory history, over the fixture catalogue. */
async function open(url: string) {
  const { context, fetched, plugin } = fixtureContext()
  const router = createRouter({ history: createMemoryHistory(), routes })
  installDetailsGuard(router, context)
  await router.push(url)
  await router.isReady()
  wrapper = mount(defineComponent(() => () => h(RouterView)), { global: { plugins: [router, createHead(), createPinia(), plugin] } })
  await flushPromises()
  // The table's rows below its first few come a task later (CompareTable).
  await new Promise((resolve) => setTimeout(resolve))
  await flushPromises()
  const answers = wrapper.findAll('tbody tr.compare__row--answer td').map((td) => td.text())
  return { router, fetched, answers }
}

describe('CompareView', { timeout: 60_000 }, () => {
  it('shows the same answers for ids in any case: the loader gets the ids the page parsed', async () => {
    const lower = await open('/compare/?s=audiology,cardiac-science')
    expect(lower.answers[0]).toContain('I help babies hear.')
    const mixed = await open('/compare/?s=Audiology,CARDIAC-Science')
    expect(mixed.answers).toEqual(lower.answers)
    expect(mixed.fetched).toEqual(['audiology', 'cardiac-science'])
  })

  it('loads the answers of a specialism added after the page opened', async () => {
    const { router } = await open('/compare/?s=haematology')
    expect(wrapper!.text()).not.toContain('You test hearing.')
    await router.replace('/compare/?s=haematology,AUDIOLOGY')
    await flushPromises()
    expect(wrapper!.text()).toContain('You test hearing.')
  })
})
