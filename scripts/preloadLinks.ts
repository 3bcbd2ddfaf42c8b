// The links that fetch a prerendered page's scripts ahead: exactly the files the app's start needs.
//
// The page's one script tag is src/boot.ts, which imports the app (src/main.ts) after the first paint;
// the app's router then imports the page's view. Those files are fetched while the page paints, in
// parallel, so starting the app after the paint costs no round trip. They are fetched with
// rel="prefetch", not "modulepreload": a module preload is fetched at high priority and compiled at once,
// on the main thread, in front of the first paint; a prefetch is fetched at low priority into the cache
// and compiled when the app imports it, after the paint.
// - vite-ssg adds a link for the chunk of every component the prerender rendered, including components
//   that hydrate later (lazyHydrated: when visible) or never on this screen (the QR code on a phone). A
//   link downloads the chunk at once, so the deferral would save nothing: those links are dropped.
// - It adds none for the files those chunks import (the framework, the runtime): without a link they
//   would load only when the app starts, one round trip after the paint. Those links are added.
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

/** The page with links only to files in `keep`, plus links to every file those import statically (in
 * `manifest`) that has none yet, added after the last link; all of them prefetches. */
export function startupPreloads(html: string, keep: ReadonlySet<string>, manifest: Manifest): string {
  const linked: string[] = []
  const kept = html.replace(LINK, (link) => {
    const file = fileOf(link)
    if (!keep.has(file)) return ''
    linked.push(file)
    return link
  })
  const keyOf = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]))
  const needed = new Set<string>()
  for (const file of linked) {
    const key = keyOf.get(file)
    if (key) for (const dep of staticClosure(manifest, key)) needed.add(manifest[dep]!.file)
  }
  // The entry is the page's script tag already (the app imports its preload helper from it).
  const entries = new Set(Object.values(manifest).flatMap((chunk) => (chunk.isEntry ? [chunk.file] : [])))
  const missing = [...needed].filter((file) => !linked.includes(file) && !entries.has(file))
  const links = [...kept.matchAll(LINK)]
  const last = links.at(-1)
  if (!missing.length || !last) return toPrefetch(kept)
  const prefix = /\bhref="([^"]*?)assets\//.exec(last[0])?.[1] ?? '/'
  const added = missing.map((file) => `<link rel="modulepreload" crossorigin="" href="${prefix}${file}">`).join('')
  const at = last.index + last[0].length
  return toPrefetch(kept.slice(0, at) + added + kept.slice(at))
}

const toPrefetch = (html: string) => html.replace(LINK, (link) => link.replace('rel="modulepreload"', 'rel="prefetch"'))

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
    return startupPreloads(html, read.keep, read.manifest)
  }
}
