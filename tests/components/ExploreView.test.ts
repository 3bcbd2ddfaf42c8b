import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createHead } from '@unhead/vue/client'
import { createMemoryHistory, createRouter, RouterView, type Router } from 'vue-router'
import ExploreView from '@/views/ExploreView.vue'
import { loadSearchEngine } from '@/data/search'
import { fixtureCatalogue, fixtureContext } from '../fixtures/context'

const Stub = defineComponent(() => () => h('p', 'A specialism page'))
let wrapper: VueWrapper | undefined
let router: Router

async function open(url: string) {
  router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: ExploreView },
      { path: '/:any(.*)*', component: Stub },
    ],
  })
  await router.push(url)
  await router.isReady()
  await loadSearchEngine(fixtureCatalogue)
  wrapper = mount(defineComponent(() => () => h(RouterView)), { global: { plugins: [router, createHead(), fixtureContext().plugin] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

const settle = async (ms = 0) => {
  await new Promise((resolve) => setTimeout(resolve, ms))
  await flushPromises()
}
const input = () => wrapper!.get<HTMLInputElement>('input[type="search"]')
const status = () => wrapper!.get('[role="status"]').text()
const resultNames = () => wrapper!.findAll('.result-list h3').map((n) => n.text())
const query = () => router.currentRoute.value.query

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

describe('ExploreView', () => {
  it('restores a search and filters from the URL, best match first, matches marked', async () => {
    await open('/?q=heart&group=physiological-sciences&view=list')
    expect(input().element.value).toBe('heart')
    expect(resultNames()[0]).toBe('Cardiac science')
    expect(status()).toBe(`${resultNames().length} specialisms for “heart” with these filters`)
    expect(wrapper!.get('.result-list mark').text().toLowerCase()).toContain('heart')
    expect(wrapper!.get<HTMLInputElement>('input[type="checkbox"][name="group"][value="physiological-sciences"]').element.checked).toBe(true)
  })

  it('writes what is typed to the URL after a pause, replacing the history entry', async () => {
    await open('/?view=list')
    const push = vi.spyOn(router, 'push')
    const replace = vi.spyOn(router, 'replace')
    await input().setValue('ears')
    expect(query().q).toBeUndefined()
    await settle(400)
    expect(query()).toEqual({ q: 'ears', view: 'list' })
    expect(resultNames()).toEqual(['Audiology'])
    await input().setValue('hearing')
    await wrapper!.get('form[role="search"]').trigger('submit')
    await flushPromises()
    expect(query().q).toBe('hearing')
    expect(replace).toHaveBeenCalledTimes(2)
    expect(push).not.toHaveBeenCalled()
    await input().setValue('   ')
    await settle(400)
    expect(query()).toEqual({ view: 'list' })
    expect(status()).toBe('All 8 specialisms')
  })

  it('follows the URL when it changes from outside, without writing back', async () => {
    await open('/?q=heart&view=list')
    await router.push('/?q=blood&view=list')
    await flushPromises()
    expect(input().element.value).toBe('blood')
    expect(resultNames()[0]).toBe('Haematology')
    // typed, written, then the URL moves away and back again: the box follows each time
    await input().setValue('ears')
    await settle(400)
    await router.push('/?q=heart&view=list')
    await flushPromises()
    expect(input().element.value).toBe('heart')
    router.back()
    await settle(50)
    expect(query().q).toBe('ears')
    expect(input().element.value).toBe('ears')
  })

  it('keeps typing that arrives while its own earlier write lands', async () => {
    await open('/?view=list')
    await input().setValue('heart')
    await wrapper!.get('form[role="search"]').trigger('submit')
    await input().setValue('heart surgery')
    await flushPromises()
    // the write of "heart" has landed; the box keeps what was typed since
    expect(input().element.value).toBe('heart surgery')
    await settle(400)
    expect(query().q).toBe('heart surgery')
    expect(input().element.value).toBe('heart surgery')
  })

  it('filters with checkboxes (AND across facets, OR within), showing counts', async () => {
    await open('/?view=list')
    const lab = wrapper!.get('input[type="checkbox"][name="group"][value="laboratory-sciences"]')
    expect(lab.element.parentElement?.textContent).toContain('(2)')
    await lab.setValue(true)
    await flushPromises()
    expect(query().group).toBe('laboratory-sciences')
    await wrapper!.get('input[type="checkbox"][name="group"][value="bioinformatics"]').setValue(true)
    await flushPromises()
    expect(query().group).toBe('bioinformatics,laboratory-sciences')
    expect(resultNames()).toEqual(['Clinical microbiology', 'Haematology', 'Clinical bioinformatics (genomics)'])
    await wrapper!.get('input[type="checkbox"][name="contact"][value="little"]').setValue(true)
    await flushPromises()
    expect(resultNames()).toHaveLength(3)
    await wrapper!.get('input[type="checkbox"][name="subject"][value="computing"]').setValue(true)
    await flushPromises()
    expect(resultNames()).toEqual(['Clinical bioinformatics (genomics)'])
    expect(wrapper!.get('.chips__clear').attributes('href')).toBe('/?view=list')
  })

  it('switching view is a link, and Back restores the previous view', async () => {
    await open('/?q=heart')
    expect(wrapper!.find('.specialism-tree').exists()).toBe(true)
    const list = wrapper!.findAll('.views__link').find((l) => l.text() === 'List')!
    expect(list.attributes('href')).toBe('/?q=heart&view=list')
    await list.trigger('click')
    await flushPromises()
    expect(query().view).toBe('list')
    expect(wrapper!.find('.specialism-tree').exists()).toBe(false)
    router.back()
    await settle(50)
    expect(query()).toEqual({ q: 'heart' })
    expect(wrapper!.find('.specialism-tree').exists()).toBe(true)
  })

  it('in tree view hands the matches to the tree: matches lit, the rest dimmed, each a link', async () => {
    await open('/?q=heart')
    const lit = wrapper!.findAll('.specialism-tree .tree-item.is-match').map((a) => a.attributes('href'))
    expect(lit).toContain('/specialisms/cardiac-science/')
    expect(lit).toContain('/specialisms/clinical-perfusion-science/')
    const dim = wrapper!.findAll('.specialism-tree .tree-item.is-dim').map((a) => a.attributes('href'))
    expect(dim).toContain('/specialisms/audiology/')
    expect(dim).not.toContain('/specialisms/cardiac-science/')
  })

  it('shows a hostile search as text, never as HTML', async () => {
    await open(`/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}&view=list`)
    expect(wrapper!.find('img').exists()).toBe(false)
    expect(input().element.value).toBe('<img src=x onerror=alert(1)>')
    expect(wrapper!.get('.empty').text()).toContain('“<img src=x onerror=alert(1)>”')
  })

  it('says quietly what it ignored in the link', async () => {
    await open('/?group=nope&utm_source=mail&view=list')
    expect(wrapper!.get('.ignored').text()).toContain('group=nope')
    expect(wrapper!.get('.ignored').text()).toContain('utm_source=mail')
    expect(resultNames()).toHaveLength(8)
  })

  it('offers a spelling and a friendly empty state', async () => {
    await open('/?q=audiolgy&view=list')
    expect(wrapper!.get('.did-you-mean a').attributes('href')).toBe('/?q=audiology&view=list')
    await router.push('/?q=qqqqzzzz&contact=high&view=list')
    await flushPromises()
    const empty = wrapper!.get('.empty')
    expect(empty.text()).toContain('No specialisms match “qqqqzzzz” with these filters')
    expect(empty.findAll('a').map((a) => a.attributes('href'))).toContain('/?q=heart&contact=high&view=list')
  })
})
