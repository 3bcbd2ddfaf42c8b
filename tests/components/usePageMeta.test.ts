import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { mount } from '@vue/test-utils'
import { createHead } from '@unhead/vue/client'
import { createMemoryHistory, createRouter } from 'vue-router'
import { SITE_NAME, usePageMeta } from '@/composables/usePageMeta'
import { fixturePlugin } from '../fixtures/context'

async function memoryRouter() {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: defineComponent(() => () => h('div')) }] })
  await router.push('/compare/?s=audiology')
  await router.isReady()
  return router
}

describe('usePageMeta in the browser', () => {
  it('keeps the title and description in step with the page itself, as the head manager leaves the head as prerendered', async () => {
    document.head.innerHTML = '<title>Prerendered</title><meta name="description" content="Prerendered description">'
    const title = ref('Compare specialisms')
    const description = ref('Nothing chosen yet.')
    const Page = defineComponent(() => {
      usePageMeta(title, description)
      return () => h('h1', title.value)
    })
    const page = mount(Page, { global: { plugins: [await memoryRouter(), fixturePlugin(), createHead()] } })
    expect(document.title).toBe(`Compare specialisms | ${SITE_NAME}`)
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe('Nothing chosen yet.')
    title.value = 'Compare Audiology and Cardiac science'
    description.value = 'Audiology and Cardiac science side by side.'
    await nextTick()
    expect(document.title).toBe(`Compare Audiology and Cardiac science | ${SITE_NAME}`)
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe('Audiology and Cardiac science side by side.')
    page.unmount()
  })

  it('titles the home page with the site’s name alone', async () => {
    const Page = defineComponent(() => {
      usePageMeta(SITE_NAME, 'Every specialism.')
      return () => h('p')
    })
    mount(Page, { global: { plugins: [await memoryRouter(), fixturePlugin(), createHead()] } }).unmount()
    expect(document.title).toBe(SITE_NAME)
  })
})
