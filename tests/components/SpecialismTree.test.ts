import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createSSRApp, defineComponent, h, nextTick, reactive } from 'vue'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { renderToString } from 'vue/server-renderer'
import SpecialismTree from '@/components/tree/SpecialismTree.vue'
import { fixtureCatalogue as catalogue, fixturePlugin } from '../fixtures/context'

const Stub = defineComponent(() => () => h('div'))

interface State {
  open: string[]
  selected: string | null
  matches: Set<string> | null
  best: string | null
}

let wrapper: VueWrapper | undefined
let state: State
let activated: string[]

/** Mounts the tree the way the explore page does: props from state, events written back to it. */
async function mountTree(initial: Partial<State> = {}, initialWidth?: number) {
  state = reactive({ open: [], selected: null, matches: null, best: null, ...initial }) as State
  activated = []
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: Stub }] })
  await router.push('/')
  await router.isReady()
  const Host = defineComponent(
    () => () =>
      h(SpecialismTree, {
        initialWidth,
        ...state,
        'onUpdate:open': (ids: string[]) => (state.open = ids),
        onSelect: (id: string | null) => (state.selected = id),
        onActivate: (id: string) => activated.push(id),
      }),
  )
  wrapper = mount(Host, { global: { plugins: [router, fixturePlugin()] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

const tree = () => document.querySelector<SVGGElement>('[role="tree"]')!
const item = (id: string) => document.querySelector<SVGElement>(`[role="treeitem"][data-id="${id}"]`)!
const focusedId = () => document.activeElement?.getAttribute('data-id') ?? null
async function press(key: string) {
  const target = document.activeElement ?? tree()
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
  await flushPromises()
  await nextTick()
}
const shown = (el: Element) => (el.closest('[role="group"]') as SVGElement | null)?.style.display !== 'none'

beforeEach(() => {
  document.body.innerHTML = ''
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

describe('SpecialismTree: prerendered', () => {
  it('renders on the server with every grouping and specialism as a link inside the tree', async () => {
    const router = createRouter({ history: createMemoryHistory('/careers/'), routes: [{ path: '/:any(.*)*', component: Stub }] })
    await router.push('/')
    const app = createSSRApp(() => h(SpecialismTree)).use(fixturePlugin())
    app.use(router)
    const html = await renderToString(app)
    expect(html).toContain('role="tree"')
    for (const g of catalogue.groupings) expect(html).toContain(`href="/careers/groupings/${g.id}/"`)
    for (const s of catalogue.specialisms) expect(html).toContain(`href="/careers/specialisms/${s.id}/"`)
    // Laid out for a phone until the browser measures the real width.
    expect(html).toContain('data-mode="indented"')
  })
})

describe('SpecialismTree: treeview roles', () => {
  it('renders a labelled tree: groupings at level 1 owning groups of specialisms at level 2', async () => {
    await mountTree()
    expect(tree().getAttribute('aria-label')).toBe('Healthcare science careers')
    const groupings = [...document.querySelectorAll('[role="treeitem"][aria-level="1"]')]
    expect(groupings.map((g) => g.getAttribute('data-id'))).toEqual(catalogue.groupings.map((g) => g.id))
    expect(groupings.map((g) => g.getAttribute('aria-expanded'))).toEqual(['false', 'false', 'false', 'false'])
    expect(groupings[1]?.getAttribute('aria-label')).toBe('Physiological sciences, 3 specialisms')
    expect(groupings.map((g) => g.getAttribute('aria-posinset'))).toEqual(['1', '2', '3', '4'])
    // Each grouping owns a role=group holding its specialisms, which are links.
    const specialisms = [...document.querySelectorAll('[role="group"] > [role="treeitem"][aria-level="2"]')]
    expect(specialisms).toHaveLength(8)
    expect(item('audiology').closest('[aria-level="1"]')?.getAttribute('data-id')).toBe('physiological-sciences')
    expect(item('audiology').getAttribute('href')).toBe('/specialisms/audiology/')
    expect(specialisms.every((s) => !shown(s))).toBe(true)
    // The root is a label, not an item; exactly one item is in the tab order.
    expect(document.querySelectorAll('[role="treeitem"]')).toHaveLength(12)
    expect([...document.querySelectorAll('[role="treeitem"][tabindex="0"]')].map((el) => el.getAttribute('data-id'))).toEqual(['laboratory-sciences'])
  })

  it('shows open groupings from the open prop, and keeps ids it does not draw when it writes open', async () => {
    await mountTree({ open: ['bioinformatics', 'blood-sciences'] })
    expect(item('bioinformatics').getAttribute('aria-expanded')).toBe('true')
    expect(shown(item('clinical-bioinformatics-genomics'))).toBe(true)
    expect(shown(item('audiology'))).toBe(false)
    item('laboratory-sciences').querySelector('circle')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }))
    await flushPromises()
    expect(state.open).toEqual(['laboratory-sciences', 'bioinformatics', 'blood-sciences'])
  })
})

describe('SpecialismTree: keyboard', () => {
  it('follows the APG keys: arrows, Right/Left, Home/End, *, type-ahead, Space and Enter', async () => {
    await mountTree()
    item('laboratory-sciences').focus()
    await press('ArrowDown')
    expect(focusedId()).toBe('physiological-sciences')
    await press('ArrowRight')
    expect(state.open).toEqual(['physiological-sciences'])
    expect(item('physiological-sciences').getAttribute('aria-expanded')).toBe('true')
    expect(focusedId()).toBe('physiological-sciences')
    await press('ArrowRight')
    expect(focusedId()).toBe('audiology')
    expect(item('audiology').getAttribute('tabindex')).toBe('0')
    expect(item('laboratory-sciences').getAttribute('tabindex')).toBe('-1')
    await press('ArrowDown')
    expect(focusedId()).toBe('cardiac-science')
    await press('ArrowLeft')
    expect(focusedId()).toBe('physiological-sciences')
    await press('ArrowLeft')
    expect(state.open).toEqual([])
    await press('*')
    expect(state.open).toEqual(catalogue.groupings.map((g) => g.id))
    await press('End')
    expect(focusedId()).toBe('clinical-bioinformatics-genomics')
    await press('Home')
    expect(focusedId()).toBe('laboratory-sciences')
    await press('n')
    expect(focusedId()).toBe('nuclear-medicine')
    await press(' ')
    expect(state.selected).toBe('nuclear-medicine')
    expect(item('nuclear-medicine').getAttribute('aria-selected')).toBe('true')
    expect(document.querySelectorAll('[aria-selected]')).toHaveLength(1)
    await press('Enter')
    expect(activated).toEqual(['nuclear-medicine'])
  })

  it('gives the tab stop to the selected specialism when its grouping is open', async () => {
    await mountTree({ open: ['physiological-sciences'], selected: 'cardiac-science' })
    expect(item('cardiac-science').getAttribute('tabindex')).toBe('0')
    expect(document.querySelectorAll('[role="treeitem"][tabindex="0"]')).toHaveLength(1)
  })
})

describe('SpecialismTree: pointer', () => {
  it('opens a grouping on click, selects a specialism on click and opens it on double-click', async () => {
    await mountTree()
    item('medical-physics-and-clinical-engineering').querySelector('text')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }))
    await flushPromises()
    expect(state.open).toEqual(['medical-physics-and-clinical-engineering'])
    const click = new MouseEvent('click', { bubbles: true, cancelable: true })
    item('radiotherapy-physics').dispatchEvent(click)
    expect(click.defaultPrevented).toBe(true)
    expect(state.selected).toBe('radiotherapy-physics')
    item('radiotherapy-physics').dispatchEvent(new MouseEvent('dblclick', { bubbles: true }))
    expect(activated).toEqual(['radiotherapy-physics'])
  })
})

describe('SpecialismTree: search', () => {
  it('opens groupings with matches, counts them, highlights matches and dims the rest', async () => {
    await mountTree({ matches: new Set(['cardiac-science', 'clinical-perfusion-science']), best: 'cardiac-science' })
    expect(item('physiological-sciences').getAttribute('aria-expanded')).toBe('true')
    expect(item('laboratory-sciences').getAttribute('aria-expanded')).toBe('false')
    expect(item('physiological-sciences').getAttribute('aria-label')).toBe('Physiological sciences, 2 of 3 match')
    expect(item('laboratory-sciences').getAttribute('aria-label')).toBe('Laboratory sciences, 0 of 2 match')
    expect(item('cardiac-science').getAttribute('aria-label')).toBe('Cardiac science, matches your search')
    expect(item('cardiac-science').classList.contains('is-match')).toBe(true)
    expect(item('cardiac-science').classList.contains('is-best')).toBe(true)
    expect(item('audiology').classList.contains('is-dim')).toBe(true)
    expect(item('audiology').getAttribute('aria-label')).toBe('Audiology')
    // The URL's open list is left alone: search opens groupings only while it is active.
    expect(state.open).toEqual([])
  })

  it('keeps every position when the search opens groupings (wide layout)', async () => {
    await mountTree({}, 1200)
    expect(document.querySelector('.specialism-tree')?.getAttribute('data-mode')).toBe('tidy')
    const positions = () => catalogue.specialisms.map((s) => `${item(s.id).querySelector('circle')?.getAttribute('cx')},${item(s.id).querySelector('circle')?.getAttribute('cy')}`)
    const before = positions()
    state.matches = new Set(['audiology', 'haematology'])
    await flushPromises()
    expect(item('physiological-sciences').getAttribute('aria-expanded')).toBe('true')
    expect(positions()).toEqual(before)
    expect(new Set(before).size).toBe(8)
  })
})

describe('SpecialismTree: preview', () => {
  it('shows summary, patient contact, pay with its year and an Open link for the selected specialism', async () => {
    await mountTree({ open: ['physiological-sciences'], selected: 'cardiac-science' })
    const preview = document.querySelector('.tree-preview')!
    expect(preview.querySelector('h2')?.textContent).toBe('Cardiac science')
    expect(preview.textContent).toContain('Cardiac science in a sentence.')
    expect(preview.textContent).toContain('Lots of patient contact')
    expect(preview.textContent).toContain('Band 5 to 7: £31,049 to £54,710 (2025/26)')
    const open = preview.querySelector('a')!
    expect(open.getAttribute('href')).toBe('/specialisms/cardiac-science/')
    expect(open.textContent?.replace(/\s+/g, ' ').trim()).toBe('Open Cardiac science')
    ;(preview.querySelector('button[aria-label="Close the preview"]') as HTMLButtonElement).click()
    await flushPromises()
    expect(state.selected).toBeNull()
    expect(document.querySelector('.tree-preview')).toBeNull()
  })

  it('names one band when a specialism has one', async () => {
    await mountTree({ selected: 'clinical-perfusion-science' })
    expect(document.querySelector('.tree-preview')?.textContent).toContain('Band 7: £47,810 to £54,710 (2025/26)')
  })
})

describe('SpecialismTree: zoom', () => {
  it('has zoom in, zoom out and fit buttons that change the drawing transform, and detaches on unmount', async () => {
    await mountTree()
    const names = [...document.querySelectorAll('.tree-controls button')].map((b) => b.getAttribute('aria-label') ?? b.textContent?.trim())
    expect(names).toEqual(['Open all groups', 'Zoom in', 'Zoom out', 'Fit the whole tree'])
    const svg = document.querySelector('svg.specialism-tree__svg') as SVGSVGElement & { __on?: { name: string }[] }
    const drawing = svg.querySelector(':scope > g')!
    expect(drawing.getAttribute('transform')).toBe('translate(0,0) scale(1)')
    ;(document.querySelector('button[aria-label="Zoom in"]') as HTMLButtonElement).click()
    await vi.waitFor(() => expect(drawing.getAttribute('transform')).toMatch(/scale\(1\.5\)$/), { timeout: 2000 })
    ;(document.querySelector('button[aria-label="Fit the whole tree"]') as HTMLButtonElement).click()
    await vi.waitFor(() => expect(drawing.getAttribute('transform')).toBe('translate(0,0) scale(1)'), { timeout: 2000 })
    expect(svg.__on?.some((listener) => listener.name === 'zoom')).toBe(true)
    wrapper?.unmount()
    wrapper = undefined
    expect(svg.__on?.some((listener) => listener.name === 'zoom') ?? false).toBe(false)
  })

  it('jumps without animation when the reader prefers reduced motion', async () => {
    const matchMedia = vi.fn((query: string) => ({ matches: query.includes('reduce'), media: query, addEventListener() {}, removeEventListener() {} }))
    vi.stubGlobal('matchMedia', matchMedia)
    const frame = vi.spyOn(globalThis, 'requestAnimationFrame')
    await mountTree()
    ;(document.querySelector('button[aria-label="Zoom in"]') as HTMLButtonElement).click()
    await vi.waitFor(() => expect(document.querySelector('svg.specialism-tree__svg > g')?.getAttribute('transform')).toMatch(/scale\(1\.5\)$/))
    expect(matchMedia).toHaveBeenCalledWith('(prefers-reduced-motion: reduce)')
    expect(frame).not.toHaveBeenCalled()
    vi.unstubAllGlobals()
    frame.mockRestore()
  })

  it('brings the best match into view when the tree is zoomed in', async () => {
    await mountTree({ open: catalogue.groupings.map((g) => g.id) }, 1200)
    const drawing = document.querySelector('svg.specialism-tree__svg > g')!
    const zoomIn = document.querySelector('button[aria-label="Zoom in"]') as HTMLButtonElement
    zoomIn.click()
    await vi.waitFor(() => expect(drawing.getAttribute('transform')).toMatch(/scale\(1\.5\)$/))
    zoomIn.click()
    await vi.waitFor(() => expect(drawing.getAttribute('transform')).toMatch(/scale\(2\.25\)$/))
    const before = drawing.getAttribute('transform')
    state.best = 'clinical-bioinformatics-genomics'
    await vi.waitFor(() => expect(drawing.getAttribute('transform')).not.toBe(before), { timeout: 2000 })
    // The best match's circle now sits inside the svg box.
    const circle = item('clinical-bioinformatics-genomics').querySelector('circle')!
    const [, tx = 0, ty = 0] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(drawing.getAttribute('transform') ?? '')?.map(Number) ?? []
    const svg = document.querySelector('svg.specialism-tree__svg')!
    const x = tx + Number(circle.getAttribute('cx')) * 2.25
    const y = ty + Number(circle.getAttribute('cy')) * 2.25
    expect(x).toBeGreaterThan(0)
    expect(x).toBeLessThan(Number(svg.getAttribute('width')))
    expect(y).toBeGreaterThan(0)
    expect(y).toBeLessThan(Number(svg.getAttribute('height')))
  })
})
