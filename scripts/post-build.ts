// After vite-ssg: make 404.html, check that every route has its prerendered page, put the
// Content-Security-Policy and the web app manifest's links into every page (and dist/_headers), draw
// the link-preview images and the app icons, and report the first view's static JavaScript and CSS. The budget gate is scripts/page-weight.ts, which measures what a browser loads.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { prerenderPaths } from './viteDataPlugin.ts'
import { STATIC_PATHS } from '../src/router/paths.ts'
import { writeServiceWorker } from './serviceWorker.ts'
import { basePath } from './basePath.ts'
import { addSecurityMeta, buildPolicy, REFERRER_POLICY } from './csp.ts'
import { loadData } from './readData.ts'
import { writeOgImages } from './ogImages.ts'
import { addManifestLinks, writeManifest } from './appManifest.ts'
import { COMPILE_HINT } from './compileHints.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = resolve(root, process.env.OUT_DIR ?? 'dist')

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
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  )
const pages = htmlFiles(dist)
const policy = buildPolicy(pages.map((file) => readFileSync(file, 'utf8')))
for (const file of pages) writeFileSync(file, addManifestLinks(addSecurityMeta(readFileSync(file, 'utf8'), policy), base))
// For hosts that read a _headers file (Netlify, Cloudflare Pages); the README gives the same for others.
writeFileSync(
  join(dist, '_headers'),
  `/*
  Content-Security-Policy: ${policy}; frame-ancestors 'none'
  Referrer-Policy: ${REFERRER_POLICY}
  X-Content-Type-Options: nosniff
  Permissions-Policy: camera=(), microphone=(), geolocation=()
${base}assets/*
  Cache-Control: public, max-age=31536000, immutable
`,
)
console.log(`Content-Security-Policy in ${pages.length} pages: ${policy}`)
const data = loadData(root)
if (!data.ok) throw new Error(`data/ is invalid:\n  ${data.errors.join('\n  ')}`)
const images = writeOgImages(dist, data.data)
console.log(`Link-preview images: ${images.count} PNGs, ${(images.bytes / 1024).toFixed(0)} KB, drawn in ${(images.ms / 1000).toFixed(1)} s`)
const app = writeManifest(dist, base)
console.log(`Web app manifest and ${app.files - 1} icons: ${(app.bytes / 1024).toFixed(1)} KB`)
const worker = writeServiceWorker(dist, base)
console.log(`Service worker: ${worker.precached} files precached, ${(worker.bytes / 1024).toFixed(1)} KB (${(worker.gzipBytes / 1024).toFixed(1)} KB gzip), cache ${worker.version}`)

// Every script compiled as it streams in (scripts/compileHints.ts): a bundler change that moved the
// hint off the first line would quietly cost each page its start-up time.
const scripts = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'))
const code = new Map(scripts.map((f) => [f, readFileSync(join(dist, 'assets', f), 'utf8')]))
const unhinted = scripts.filter((f) => !code.get(f)!.startsWith(COMPILE_HINT))
if (unhinted.length) throw new Error(`Scripts without the compile hint on their first line: ${unhinted.join(', ')}`)
console.log(`Compile hints: all ${scripts.length} scripts`)
// No head manager in the browser (scripts/browserHead.ts): a useHead called outside the prerender
// would bring it back (about 5.5 KB gzip on every page) and find no manager to hand its tags to.
const withHead = scripts.filter((f) => code.get(f)!.includes('tagPriority'))
if (withHead.length) throw new Error(`The head manager is in the browser's scripts (${withHead.join(', ')}): call useHead only when import.meta.env.SSR (scripts/browserHead.ts)`)

const html = readFileSync(join(dist, 'index.html'), 'utf8')
const assets = (pattern: RegExp) => [...new Set([...html.matchAll(pattern)].map((m) => m[1]!.replace(/^.*?assets\//, 'assets/')))]
const gzipSize = (files: string[]) => files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0)
// The script tag, and what it fetches once the page has painted (<meta name="app-files">).
const appFiles = /<meta name="app-files" content="([^"]*)">/.exec(html)?.[1]?.split(' ') ?? []
const js = [...new Set([...assets(/<script[^>]+src="([^"]+\.js)"/g), ...appFiles.map((f) => f.replace(/^.*?assets\//, 'assets/'))])]
const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+\.css)"/g)
const report = { firstViewJsGzip: gzipSize(js), firstViewCssGzip: gzipSize(css), jsFiles: js, cssFiles: css }
writeFileSync(join(dist, 'build-report.json'), JSON.stringify(report, null, 2))
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
console.log(`Static first view of /: JS ${kb(report.firstViewJsGzip)} gzip, CSS ${kb(report.firstViewCssGzip)} gzip (the gate is page-weight)`)
