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
//
// A page whose content comes from a list of specialisms in its address (QUERY_DETAILS: compare, pathways)
// also gets <meta name="query-files">: every specialism's details file and name (lib/queryFiles.ts), so
// boot fetches the chosen ones with the app and names them before it starts.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { QUERY_FILES_META, writeQueryFiles, type QueryDetails, type QueryFiles } from '../src/lib/queryFiles.ts'
import { QUERY_DETAILS } from '../src/router/paths.ts'
import { loadData } from './readData.ts'

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

/** Files (assets/x.js) this page's start imports once the page has painted: the app (what the entry
 * imports then), the page's own views among `linked` (the chunks vite-ssg linked; the app's router
 * imports them), and what those import statically. Not the entry (the page's script tag), and not a
 * linked chunk that no view of this page imports statically: a component loads that when it asks for
 * it, even where another page's view imports it. */
export function startFiles(manifest: Manifest, linked: readonly string[]): string[] {
  const keyOf = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]))
  const keys = new Set<string>()
  for (const chunk of Object.values(manifest)) {
    if (!chunk.isEntry) continue
    for (const app of chunk.dynamicImports ?? []) {
      staticClosure(manifest, app, keys)
      const views = new Set(manifest[app]?.dynamicImports ?? [])
      for (const file of linked) {
        const key = keyOf.get(file)
        if (key && views.has(key)) staticClosure(manifest, key, keys)
      }
    }
  }
  const entries = new Set(Object.values(manifest).flatMap((chunk) => (chunk.isEntry ? [chunk.file] : [])))
  return [...keys].map((key) => manifest[key]!.file).filter((file) => !entries.has(file))
}

/** What a page that lists specialisms in its address needs for <meta name="query-files">. */
export interface QueryPage {
  details: QueryDetails
  /** Every specialism: id -> name. */
  names: ReadonlyMap<string, string>
}

/** <meta name="query-files">: each specialism's details chunk (data/specialisms/<id>.json) and name. */
export function queryFilesMeta({ details, names }: QueryPage, manifest: Manifest, prefix: string): string {
  const specialisms: QueryFiles['specialisms'] = {}
  for (const [id, name] of names) {
    const chunk = manifest[`data/specialisms/${id}.json`]
    if (!chunk) throw new Error(`No details chunk for ${id} in the build's manifest (data/specialisms/${id}.json)`)
    specialisms[id] = [`${prefix}${chunk.file}`, name]
  }
  // Single quotes: the JSON's own double quotes stay as they are (writeQueryFiles escapes the rest).
  return `<meta name="${QUERY_FILES_META}" content='${writeQueryFiles({ ...details, specialisms })}'>`
}

/** The page without modulepreload links, and with <meta name="app-files"> listing startFiles, under
 * the base path; with <meta name="query-files"> too for a `query` page. */
export function withAppFiles(html: string, manifest: Manifest, query?: QueryPage): string {
  const linked: string[] = []
  let prefix = '/'
  const bare = html.replace(LINK, (link) => {
    prefix = /\bhref="([^"]*?)assets\//.exec(link)?.[1] ?? prefix
    linked.push(fileOf(link))
    return ''
  })
  const files = linked.length ? startFiles(manifest, linked) : []
  if (!files.length) return bare
  const meta = `<meta name="app-files" content="${files.map((file) => `${prefix}${file}`).join(' ')}">`
  const queryMeta = query ? queryFilesMeta(query, manifest, prefix) : ''
  return bare.replace('</head>', `${meta}${queryMeta}</head>`)
}

/** For vite-ssg's onPageRendered (the route's path, its HTML): reads the client build's manifest and
 * the specialisms' names once. */
export function preloadFilter(root: string, outDir: string) {
  let manifest: Manifest | undefined
  let names: Map<string, string> | undefined
  return (route: string, html: string) => {
    const path = join(outDir, '.vite', 'manifest.json')
    if (!manifest) {
      if (!existsSync(path)) throw new Error(`${path} is missing: set build.manifest in vite.config.ts`)
      manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest
    }
    const details = QUERY_DETAILS[route.endsWith('/') ? route : `${route}/`]
    if (details && !names) {
      const loaded = loadData(root)
      if (!loaded.ok) throw new Error(loaded.errors.join('\n'))
      names = new Map(loaded.data.specialisms.map((s) => [s.id, s.name]))
    }
    return withAppFiles(html, manifest, details && names ? { details, names } : undefined)
  }
}
