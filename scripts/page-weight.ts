// The budget gate, measured the way a user gets it: load one page of each type in Chromium from the
// built site served with gzip, wait until the network is idle (with a pause for chunks fetched right
// after render), and add up the bytes transferred for JavaScript and CSS. Exits 1 over budget
// (DESIGN.md: JS <= 90 KB gzip, CSS <= 15 KB on every page). The service worker is blocked: what it
// precaches in the background is reported by post-build, not charged to the page.
// Usage: npx tsx scripts/page-weight.ts [--json]  (OUT_DIR, BASE_PATH, PAGE_WEIGHT_PORT, CHROME_PATH)
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { chromium, type Page } from 'playwright-core'
import { serve } from './serve.ts'
import { pageTypes } from './pageTypes.ts'
import { basePath } from './basePath.ts'

export const BUDGET = { js: 90 * 1024, css: 15 * 1024 }
const root = fileURLToPath(new URL('..', import.meta.url))
const dist = resolve(root, process.env.OUT_DIR ?? 'dist')
// Port 0: any free port, so builds running side by side never collide.
const port = Number(process.env.PAGE_WEIGHT_PORT ?? 0)
const base = basePath()
// A phone, as Lighthouse emulates one. (A 1280 px desktop loaded exactly the same files on every page
// when this was written; add it here if a page starts loading by viewport.)
const VIEWPORTS = { phone: { width: 412, height: 823 } }

interface Weight {
  js: number
  css: number
  other: number
  files: Record<string, number>
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle')
  // Chunks requested after render (idle callbacks, lazy hydration on idle): give them a moment.
  await page.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 500), { timeout: 2000 })))
  await page.waitForLoadState('networkidle')
}

async function weigh(page: Page, origin: string, url: string): Promise<Weight> {
  const weight: Weight = { js: 0, css: 0, other: 0, files: {} }
  const pending: Promise<void>[] = []
  let settled = false
  page.on('requestfinished', (request) => {
    // Past network idle: not part of what the page loads at first (and its page may be closing).
    if (settled) return
    pending.push(
      request.sizes().then(({ responseBodySize }) => {
        const kind = request.resourceType()
        const path = new URL(request.url()).pathname
        // Scripts preloaded by src/boot.ts may be requests of kind "other": count them by their name.
        const key = kind === 'script' || path.endsWith('.js') ? 'js' : kind === 'stylesheet' || path.endsWith('.css') ? 'css' : 'other'
        // A file requested twice is transferred once (the second comes from the memory cache).
        if (path in seen) return
        seen[path] = key
        weight.files[path] = Math.max(0, responseBodySize)
        weight[key] += weight.files[path]
      }),
    )
  })
  const seen: Record<string, string> = {}
  await page.goto(`${origin}${base}${url.slice(1)}`)
  await settle(page)
  settled = true
  await Promise.all(pending)
  return weight
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`

export async function measurePages() {
  const server = await serve({ dir: dist, port, base })
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  })
  const results: Record<string, Record<string, Weight>> = {}
  const queue = pageTypes().flatMap(({ url }) => Object.entries(VIEWPORTS).map(([name, viewport]) => ({ url, name, viewport })))
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      // A fresh context per page: an empty cache, as on a first visit.
      const context = await browser.newContext({ viewport: job.viewport, serviceWorkers: 'block' })
      const page = await context.newPage()
      page.setDefaultTimeout(180_000) // a loaded CI machine is slow; the figure does not depend on time
      const weight = await weigh(page, origin, job.url)
      ;(results[job.url] ??= {})[job.name] = weight
      await context.close()
    }
  }
  try {
    await Promise.all([worker(), worker()])
  } finally {
    await browser.close()
    server.close()
  }
  return results
}

/** Pages allowed over the JS budget for now, each with its current figure (it may not grow) and the
 * change that brings it under. Remove the entry when that lands: the page is then held to 90 KB. */
export const OVER_BUDGET_FOR_NOW: Record<string, { js: number; until: string }> = {}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const results = await measurePages()
  const failures: string[] = []
  console.log(`Page weight until network idle (gzip, served from ${process.env.OUT_DIR ?? 'dist'}):`)
  for (const { url } of pageTypes()) {
    const byViewport = Object.values(results[url] ?? {})
    const js = Math.max(...byViewport.map((w) => w.js))
    const css = Math.max(...byViewport.map((w) => w.css))
    const allowed = OVER_BUDGET_FOR_NOW[url]
    const jsLimit = Math.max(BUDGET.js, allowed?.js ?? 0)
    const flag = js > jsLimit || css > BUDGET.css ? '  FAIL' : js > BUDGET.js ? `  over budget, allowed until ${allowed?.until}` : ''
    console.log(`  ${url.padEnd(44)} JS ${kb(js).padStart(9)}  CSS ${kb(css).padStart(8)}${flag}`)
    if (js > jsLimit) failures.push(`${url}: JS ${kb(js)} > ${kb(jsLimit)}`)
    if (css > BUDGET.css) failures.push(`${url}: CSS ${kb(css)} > ${kb(BUDGET.css)}`)
  }
  writeFileSync(join(dist, 'page-weight.json'), JSON.stringify({ budget: BUDGET, results }, null, 2))
  if (failures.length > 0) {
    console.error(`Over budget (the files are in ${join(dist, 'page-weight.json')}):\n  ${failures.join('\n  ')}`)
    process.exit(1)
  }
  const excused = Object.keys(OVER_BUDGET_FOR_NOW).filter((url) => Math.max(...Object.values(results[url] ?? {}).map((w) => w.js)) > BUDGET.js)
  console.log(`Budgets: JS ${kb(BUDGET.js)}, CSS ${kb(BUDGET.css)} gzip per page. Over, with a listed exception: ${excused.join(', ') || 'none'}.`)
}
