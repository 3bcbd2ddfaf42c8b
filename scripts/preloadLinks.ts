// Which scripts a prerendered page fetches, and when: exactly the files the app's start needs, and only
// once the page has painted.
//
// The page's one script tag is src/boot.ts. When the page has painted, it preloads the files this
// module lists in <meta name="app-files"> (all at once, in parallel) and imports the app (src/main.ts),
// whose router imports the page's view. Nothing else is fetched before the first paint: a script
// fetched ahead (even at low priority, as a prefetch) shares the phone's connection with the page's
// HTML and CSS, and Lighthouse counts every request that ends before the largest paint against it.
// - vite-ssg adds a <link rel="modulepreload"> for the chunk of every component the prerender rendered,
//   including components that hydrate later (lazyHydrated: when visible) or never on this screen (the
//   QR code on a phone). Those are left out: their code loads when they ask for it.
// - It adds none for the files those chunks import (the framework, the runtime): they are listed too.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface ManifestChunk {
  file: string
  isEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
}
export type Manifest = Record<string, ManifestChunk>

const LINK = /<link\b[^>]*\brel="modulepreload"[^>]*>/g
const fileOf = (link: string) => (/\bhref="([^"]+)"/.exec(link)?.[1] ?? '').replace(/^.*?(assets\/)/, '$1')

/** Manifest keys reachable from `key` by static imports, `key` included. */
function staticClosure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  if (into.has(key) || !manifest[key]) return into
  into.add(key)
  for (const next of manifest[key].imports ?? []) staticClosure(manifest, next, into)
  return into
}

/** Files (assets/x.js) that the app's start imports: the entry (boot), what it imports when the page
 * has painted (the app), what the app's router imports (the views), and their static imports. */
export function startupFiles(manifest: Manifest): Set<string> {
  const keys = new Set<string>()
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isEntry) continue
    staticClosure(manifest, key, keys)
    for (const app of chunk.dynamicImports ?? []) {
      staticClosure(manifest, app, keys)
      for (const view of manifest[app]?.dynamicImports ?? []) staticClosure(manifest, view, keys)
    }
  }
  return new Set([...keys].map((key) => manifest[key]!.file))
}

/** The page without modulepreload links, and with <meta name="app-files"> listing the linked files
 * that are in `keep` plus every file those import statically (in `manifest`), under the base path. */
export function withAppFiles(html: string, keep: ReadonlySet<string>, manifest: Manifest): string {
  const linked: string[] = []
  let prefix = '/'
  const bare = html.replace(LINK, (link) => {
    const file = fileOf(link)
    prefix = /\bhref="([^"]*?)assets\//.exec(link)?.[1] ?? prefix
    if (keep.has(file) && !linked.includes(file)) linked.push(file)
    return ''
  })
  const keyOf = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]))
  // The entry is the page's script tag already (the app imports its preload helper from it).
  const entries = new Set(Object.values(manifest).flatMap((chunk) => (chunk.isEntry ? [chunk.file] : [])))
  const files = new Set<string>()
  for (const file of linked) {
    files.add(file)
    const key = keyOf.get(file)
    if (key) for (const dep of staticClosure(manifest, key)) if (!entries.has(manifest[dep]!.file)) files.add(manifest[dep]!.file)
  }
  if (!files.size) return bare
  const meta = `<meta name="app-files" content="${[...files].map((file) => `${prefix}${file}`).join(' ')}">`
  return bare.replace('</head>', `${meta}</head>`)
}

/** For vite-ssg's onPageRendered: reads the client build's manifest once. */
export function preloadFilter(outDir: string) {
  let read: { manifest: Manifest; keep: Set<string> } | undefined
  return (html: string) => {
    const path = join(outDir, '.vite', 'manifest.json')
    if (!read) {
      if (!existsSync(path)) throw new Error(`${path} is missing: set build.manifest in vite.config.ts`)
      const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest
      read = { manifest, keep: startupFiles(manifest) }
    }
    return withAppFiles(html, read.keep, read.manifest)
  }
}
