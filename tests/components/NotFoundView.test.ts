import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createHead } from '@unhead/vue/client'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { routes } from '@/router'
import { useSearchHelpers } from '@/data/search'
import { fixtureContext } from '../fixtures/context'

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})
// Set once the page has loaded the search engine (data/search.ts), and kept for this file's life.
const engineLoaded = () => useSearchHelpers().value !== null

/** The real route table on memory history, over the fixture catalogue, once the engine (if any) has loaded. */
async function open(url: string) {
  const { plugin } = fixtureContext()
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(url)
  await router.isReady()
  wrapper = mount(defineComponent(() => () => h(RouterView)), { global: { plugins: [router, createHead(), createPinia(), plugin] } })
  await flushPromises()
  return wrapper
}

describe('the not-found page', { timeout: 60_000 }, () => {
  // First: once loaded, the engine stays loaded for the rest of this file.
  it('does not load the search engine when the path has no words to look for (/404.html itself, a bare /specialisms/)', async () => {
    // The engine's files, fetched ahead: a page that asked for the engine would have it within a task.
    await Promise.all([import('@/data/searchBuild'), import('virtual:site-synonyms')])
    for (const url of ['/404.html', '/specialisms/']) {
      const page = await open(url)
      await new Promise((resolve) => setTimeout(resolve, 20))
      await flushPromises()
      expect(engineLoaded(), url).toBe(false)
      // The 404 page opened by its own name names nothing as missing: nobody asked for it.
      if (url === '/404.html') expect(page.text()).not.toContain('Nothing here matches')
      else expect(page.text()).toContain(`Nothing here matches ${url}`)
      expect(page.text()).toContain('Sorry, we can’t find that page')
      expect(page.text()).not.toContain('Did you mean')
      // Still a way on: the explorer and every grouping.
      expect(page.findAll('.not-found a').map((a) => a.text())).toContain('Go to the explorer')
      wrapper!.unmount()
      wrapper = undefined
    }
  })

  it('offers the specialisms nearest a misspelt path, from the search engine', async () => {
    const page = await open('/audiolgy/')
    expect(page.text()).toContain('Nothing here matches /audiolgy/')
    // The index is built over a few tasks (data/searchBuild: inShortTasks).
    await vi.waitFor(async () => {
      await flushPromises()
      expect(page.findAll('.not-found__nearest a').map((a) => a.text())).toContain('Audiology')
    })
    expect(engineLoaded()).toBe(true)
  })
})
