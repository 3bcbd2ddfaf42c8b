// vite-ssg adds a <link rel="modulepreload"> for the chunk of every component the prerender rendered,
// including components that hydrate later (lazyHydrated: when visible) or never on this screen (the QR
// code on a phone). A preload link downloads the chunk at once, so the deferral saved nothing. This
// keeps only the links for chunks hydration asks for at start: the entry, the views the router loads,
// and what those import statically. Chunks a component imports itself load when it asks for them.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface ManifestChunk {
  file: string
  isEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
}
export type Manifest = Record<string, ManifestChunk>

/** Files (assets/x.js) that the start of hydration imports: entries, their dynamic imports (the
 * router's views) and the static imports of both, transitively. */
export function startupFiles(manifest: Manifest): Set<string> {
  const keys = new Set<string>()
  const visit = (key: string) => {
    if (keys.has(key) || !manifest[key]) return
    keys.add(key)
    for (const next of manifest[key].imports ?? []) visit(next)
  }
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isEntry) continue
    visit(key)
    for (const view of chunk.dynamicImports ?? []) visit(view)
  }
  return new Set([...keys].map((key) => manifest[key]!.file))
}

/** The page without modulepreload links to chunks that are not in `keep`. */
export function dropDeferredPreloads(html: string, keep: ReadonlySet<string>): string {
  return html.replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/g, (link) => {
    const href = /\bhref="([^"]+)"/.exec(link)?.[1] ?? ''
    const file = href.replace(/^.*?(assets\/)/, '$1')
    return keep.has(file) ? link : ''
  })
}

/** For vite-ssg's onPageRendered: reads the client build's manifest once. */
export function preloadFilter(outDir: string) {
  let keep: Set<string> | undefined
  return (html: string) => {
    const path = join(outDir, '.vite', 'manifest.json')
    if (!keep) {
      if (!existsSync(path)) throw new Error(`${path} is missing: set build.manifest in vite.config.ts`)
      keep = startupFiles(JSON.parse(readFileSync(path, 'utf8')) as Manifest)
    }
    return dropDeferredPreloads(html, keep)
  }
}
