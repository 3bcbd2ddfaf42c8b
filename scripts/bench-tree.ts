// Tree benchmark: layout time in Node (real catalogue fully open, 2,000 synthetic specialisms) and, in
// Chromium, mount + render of the real tree fully open and a full expand, timed with performance.now()
// in a production build of a page that holds only the tree. Budgets: real tree layout + render <= 16 ms,
// 2,000 nodes <= 100 ms.  Run alone: npx tsx scripts/bench-tree.ts   (prints JSON)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { createCatalogue } from '../src/lib/catalogue.ts'
import { layoutTree, type TreeInput, type TreeMode } from '../src/lib/tree.ts'
import { loadData } from './readData.ts'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const BUDGET = { realLayoutAndRenderMs: 16, synthetic2000LayoutMs: 100 }

const round = (ms: number) => Math.round(ms * 100) / 100
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}
function time(run: () => unknown, repeat: number): number {
  for (let i = 0; i < 3; i++) run()
  const samples: number[] = []
  for (let i = 0; i < repeat; i++) {
    const start = performance.now()
    run()
    samples.push(performance.now() - start)
  }
  return round(median(samples))
}

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

function layoutTimes(input: TreeInput, repeat: number) {
  const all = new Set(input.groupings.map((g) => g.id))
  const run = (mode: TreeMode) => time(() => layoutTree(input, { mode, width: WIDTHS[mode], expanded: all }), repeat)
  return { tidyMs: run('tidy'), indentedMs: run('indented') }
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

async function browserTimes(runs: number) {
  const { preview } = await import('vite')
  const { chromium } = await import('@playwright/test')
  const dir = await buildHarness()
  const server = await preview({ configFile: join(ROOT, 'vite.config.ts'), root: dir, base: '/', logLevel: 'error', build: { outDir: join(dir, 'dist') }, preview: { host: '127.0.0.1', port: 5182 } })
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5182/'
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
  try {
    const out: Record<string, unknown> = {}
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
      const mountUnmountCpuMs = round(((await threadTime()) - before) / (runs * 2))
      const layoutMs = round(median(samples.layoutMs))
      const mountOpenMs = round(median(samples.mountOpenMs))
      out[name] = {
        treeWidth: samples.width,
        layoutMs,
        mountScriptMs: round(median(samples.mountScriptMs)),
        mountOpenMs,
        mountOpenMinMs: round(Math.min(...samples.mountOpenMs)),
        /** Main-thread CPU per mount + style + layout + unmount: an upper bound for render. */
        mountUnmountCpuMs,
        expandAllMs: round(median(samples.expandAllMs)),
        layoutPlusRenderMs: round(layoutMs + mountOpenMs),
        layoutPlusRenderCpuMs: round(layoutMs + mountUnmountCpuMs),
      }
      await page.close()
    }
    return out
  } finally {
    await browser.close()
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()))
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Runs the tree benchmark; `browser: false` skips Chromium (layout in Node only). */
export async function benchTree(options: { browser?: boolean; runs?: number } = {}): Promise<Record<string, unknown>> {
  const data = loadData(ROOT)
  if (!data.ok) throw new Error(`data/ is invalid:\n  ${data.errors.join('\n  ')}`)
  const catalogue = createCatalogue(data.data)
  const real = layoutTimes(catalogue, 200)
  const synthetic = layoutTimes(syntheticTree(2000), 20)
  const result: Record<string, unknown> = {
    nodes: { real: catalogue.specialisms.length + catalogue.groupings.length + 1, synthetic: 2000 + 4 + 1 },
    layoutNodeMs: { widths: WIDTHS, real, synthetic2000: synthetic },
    budgets: BUDGET,
    /** Timings are medians; on a busy machine (load near or above the core count) they run high. */
    loadAverage1m: round(loadavg()[0] ?? 0),
  }
  if (options.browser !== false) {
    const browser = (await browserTimes(options.runs ?? 15)) as Record<string, { layoutPlusRenderMs: number }>
    result.browser = browser
    const worst = Math.max(...Object.values(browser).map((b) => b.layoutPlusRenderMs))
    result.withinBudget = worst <= BUDGET.realLayoutAndRenderMs && Math.max(synthetic.tidyMs, synthetic.indentedMs) <= BUDGET.synthetic2000LayoutMs
  }
  return result
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchTree({ browser: !process.argv.includes('--no-browser') })
    .then((result) => console.log(JSON.stringify(result, null, 2)))
    .catch((error: unknown) => {
      console.error(error)
      process.exit(1)
    })
}
