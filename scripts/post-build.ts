// After vite-ssg: make 404.html, check that every route has its prerendered page, and report the
// first view's JavaScript and CSS against the budgets in DESIGN.md (fails the build when over).
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { prerenderPaths } from './viteDataPlugin.ts'
import { STATIC_PATHS } from '../src/router/paths.ts'
import { writeServiceWorker } from './serviceWorker.ts'
import { basePath } from './basePath.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = resolve(root, process.env.OUT_DIR ?? 'dist')
const BUDGET = { js: 90 * 1024, css: 15 * 1024 }

const notFound = join(dist, '404', 'index.html')
if (existsSync(notFound)) {
  renameSync(notFound, join(dist, '404.html'))
  rmSync(join(dist, '404'), { recursive: true })
}

const missing = prerenderPaths(root, STATIC_PATHS)
  .map((path) => (path === '/404' ? '404.html' : join(path.slice(1), 'index.html')))
  .filter((file) => !existsSync(join(dist, file)))
if (missing.length > 0) {
  console.error(`Missing prerendered pages:\n  ${missing.join('\n  ')}`)
  process.exit(1)
}

const base = basePath()
const worker = writeServiceWorker(dist, base)
console.log(`Service worker: ${worker.precached} files precached (cache ${worker.version})`)

const html = readFileSync(join(dist, 'index.html'), 'utf8')
const assets = (pattern: RegExp) => [...new Set([...html.matchAll(pattern)].map((m) => m[1]!.replace(/^.*?assets\//, 'assets/')))]
const gzipSize = (files: string[]) => files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0)
const js = assets(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)
const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+\.css)"/g)
const report = { firstViewJsGzip: gzipSize(js), firstViewCssGzip: gzipSize(css), jsFiles: js, cssFiles: css }
writeFileSync(join(dist, 'build-report.json'), JSON.stringify(report, null, 2))
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
console.log(`First view: JS ${kb(report.firstViewJsGzip)} gzip (budget ${kb(BUDGET.js)}), CSS ${kb(report.firstViewCssGzip)} gzip (budget ${kb(BUDGET.css)})`)
if (report.firstViewJsGzip > BUDGET.js || report.firstViewCssGzip > BUDGET.css) {
  console.error('Over budget: see dist/build-report.json')
  process.exit(1)
}
