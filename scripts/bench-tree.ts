// Tree benchmark: layout time in Node (real catalogue fully open, 2,000 synthetic specialisms) and, in
// Chromium, mount + render of the real tree fully open and a full expand, timed with performance.now()
// in a production build of a page that holds only the tree. Budgets: real tree layout + render <= 16 ms,
// 2,000 nodes <= 100 ms. Run alone: npx tsx scripts/bench-tree.ts [--no-browser]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createCatalogue } from '../src/lib/catalogue.ts'
import { layoutTree, type TreeInput, type TreeMode } from '../src/lib/tree.ts'
import { budget, round, runIfMain, summarise, time, type BenchOptions, type BenchRow, type BenchSection } from './benchUtils.ts'
import { loadData } from './readData.ts'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
/** The preview server's port: E2E_PORT when set, so parallel runs on one machine do not collide. */
const PORT = Number(process.env.E2E_PORT ?? 5182)
const BUDGET = { realLayoutAndRenderMs: 16, synthetic2000LayoutMs: 100 }

/** `count` specialisms spread over 4 groupings of 5 sub-themes, with names of realistic length. */
export function syntheticTree(count: number): TreeInput {
  const words = ['clinical', 'cardiac', 'science', 'physiology', 'genomic', 'imaging', 'engineering', 'microbiology', 'and', 'sleep']
  const groupings = [0, 1, 2, 3].map((g) => ({
    id: `g${g}`,
    name: `Synthetic grouping ${g} sciences`,
    colour: '#1f5aa6',
    subThemes: [0, 1, 2, 3, 4].map((t) => ({ id: `g${g}-t${t}`, name: `Sub-theme ${t} of grouping ${g}` })),
  }))
  const specialisms = Array.from({ length: count }, (_, i) => ({
    id: `s${i}`,
    name: `${words[i % 10]} ${words[(i * 7) % 10]} ${words[(i * 3) % 10]} ${i}`,
    grouping: `g${i % 4}`,
    subTheme: `g${i % 4}-t${i % 5}`,
  }))
  return { groupings, specialisms }
}

/** Tree widths: the explore page's content on a 1280 px screen, and on a 375 px phone. */
const WIDTHS = { tidy: 1152, indented: 343 }

function layoutRows(input: TreeInput, repeat: number): BenchRow[] {
  const all = new Set(input.groupings.map((g) => g.id))
  const size = input.specialisms.length
  return (['tidy', 'indented'] as TreeMode[]).map((mode) => ({
    subject: `layout ${mode} (Node, ${WIDTHS[mode]} px)`,
    size,
    timing: summarise(time(() => layoutTree(input, { mode, width: WIDTHS[mode], expanded: all }), repeat, 3)),
  }))
}

// The page the browser measures: the tree alone, fully open or opened in one step, in a production build.
const HARNESS_HTML = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Tree</title></head><body><main class="page"><div id="app"></div></main><script type="module" src="./main.ts"></script></body></html>`
const HARNESS_MAIN = `
import { createApp, h, nextTick, reactive } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import SpecialismTree from '@/components/tree/SpecialismTree.vue'
import { catalogue } from '@/data/catalogue'
import { layoutTree } from '@/lib/tree'
import '@/styles/main.css'

const params = new URLSearchParams(location.search)
const list = (key) => (params.get(key) ? params.get(key).split(',') : null)
const all = catalogue.groupings.map((g) => g.id)
const Stub = { render: () => null }

function mountTree(el, initial, initialWidth) {
  const state = reactive(initial)
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: Stub }] })
  const app = createApp({ render: () => h(SpecialismTree, { ...state, initialWidth, 'onUpdate:open': (ids) => (state.open = ids), onSelect: (id) => (state.selected = id) }) })
  app.use(router)
  app.mount(el)
  return { app, state }
}
const settle = () => document.body.getBoundingClientRect().height

window.benchTree = async (runs) => {
  const el = document.getElementById('app')
  const width = el.clientWidth
  const result = { width, layoutMs: [], mountScriptMs: [], mountOpenMs: [], expandAllMs: [] }
  for (let i = 0; i < runs; i++) {
    let t = performance.now()
    layoutTree(catalogue, { mode: width >= 880 ? 'tidy' : 'indented', width, expanded: new Set(all) })
    result.layoutMs.push(performance.now() - t)
    t = performance.now()
    const open = mountTree(el, { open: all, selected: null, matches: null, best: null }, width)
    result.mountScriptMs.push(performance.now() - t)
    settle()
    result.mountOpenMs.push(performance.now() - t)
    open.app.unmount()
    const closed = mountTree(el, { open: [], selected: null, matches: null, best: null }, width)
    settle()
    await new Promise((r) => setTimeout(r, 20))
    t = performance.now()
    closed.state.open = all
    await nextTick()
    settle()
    result.expandAllMs.push(performance.now() - t)
    closed.app.unmount()
  }
  return result
}

/** Mount fully open + style and layout + unmount, many times: CPU time from DevTools (an upper bound). */
window.benchMountOnly = (runs) => {
  const el = document.getElementById('app')
  for (let i = 0; i < runs; i++) {
    const open = mountTree(el, { open: all, selected: null, matches: null, best: null }, el.clientWidth)
    settle()
    open.app.unmount()
    settle()
  }
}

if (!params.has('bench')) {
  const matches = list('match')
  const el = document.getElementById('app')
  mountTree(el, { open: list('open') ?? [], selected: params.get('sel'), matches: matches ? new Set(matches) : null, best: params.get('best') }, el.clientWidth)
}
`

/** Builds the harness page into a temporary folder inside node_modules (so 'vue' resolves) and returns it. */
export async function buildHarness(minify = true): Promise<string> {
  const { build } = await import('vite')
  const dir = join(ROOT, 'node_modules', '.tmp', 'bench-tree')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'index.html'), HARNESS_HTML)
  writeFileSync(join(dir, 'main.ts'), HARNESS_MAIN)
  await build({ configFile: join(ROOT, 'vite.config.ts'), root: dir, base: '/', logLevel: 'error', build: { outDir: join(dir, 'dist'), emptyOutDir: true, minify } })
  return dir
}

interface BrowserSamples {
  width: number
  layoutMs: number[]
  mountScriptMs: number[]
  mountOpenMs: number[]
  expandAllMs: number[]
}

async function browserRows(runs: number, size: number): Promise<BenchRow[]> {
  const { preview } = await import('vite')
  const { chromium } = await import('@playwright/test')
  const dir = await buildHarness()
  const server = await preview({ configFile: join(ROOT, 'vite.config.ts'), root: dir, base: '/', logLevel: 'error', build: { outDir: join(dir, 'dist') }, preview: { host: '127.0.0.1', port: PORT, strictPort: true } })
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${PORT}/`
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
  try {
    const rows: BenchRow[] = []
    for (const [name, width] of [['desktop1280', 1280], ['phone375', 375]] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 } })
      await page.goto(`${url}?bench`)
      const samples = (await page.evaluate(`window.benchTree(${runs})`)) as BrowserSamples
      // Main-thread CPU time does not grow when other processes share the cores, unlike wall-clock time.
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('Performance.enable')
      const threadTime = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000
      const before = await threadTime()
      await page.evaluate(`window.benchMountOnly(${runs * 2})`)
      const mountUnmountCpuMs = round(((await threadTime()) - before) / (runs * 2), 2)
      const layoutAndRender = samples.layoutMs.map((ms, i) => ms + (samples.mountOpenMs[i] as number))
      const where = `(Chromium, ${name}, tree ${samples.width} px)`
      rows.push(
        // Main-thread CPU per mount + style + layout + unmount: an upper bound for render, steadier under load.
        { subject: `layout + render fully open ${where}`, size, timing: summarise(layoutAndRender), extra: { mountUnmountCpuMs } },
        { subject: `expand all ${where}`, size, timing: summarise(samples.expandAllMs) },
      )
      await page.close()
    }
    return rows
  } finally {
    await browser.close()
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()))
    rmSync(dir, { recursive: true, force: true })
  }
}

const section: BenchSection = {
  name: 'tree',
  async run(options: BenchOptions) {
    const data = loadData(ROOT)
    if (!data.ok) throw new Error(`data/ is invalid:\n  ${data.errors.join('\n  ')}`)
    const catalogue = createCatalogue(data.data)
    const real = catalogue.specialisms.length
    const synthetic = layoutRows(syntheticTree(2000), 20)
    const rows = [...layoutRows(catalogue, 200), ...synthetic, ...(options.browser ? await browserRows(15, real) : [])]
    const rendered = rows.filter((r) => r.subject.startsWith('layout + render'))
    const worstRender = rendered.length > 0 ? Math.max(...rendered.map((r) => r.timing.medianMs)) : null
    return {
      section: 'tree',
      rows,
      notes: [`nodes: real ${real + catalogue.groupings.length + 1}, synthetic ${2000 + 4 + 1}; layout in Node, render in a production build in Chromium`],
      budgets: [
        budget('tree layout + render, real catalogue fully open (Chromium, worst width)', BUDGET.realLayoutAndRenderMs, worstRender),
        budget('tree layout, 2,000 synthetic specialisms (worst mode)', BUDGET.synthetic2000LayoutMs, Math.max(...synthetic.map((r) => r.timing.medianMs))),
      ],
    }
  },
}

export default section
await runIfMain(import.meta, section)
