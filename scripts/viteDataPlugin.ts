// Serves the validated data/ as two virtual modules and fails the build with the file and field of
// any problem. `virtual:site-data` is what the first view needs (no answers, no sources);
// `virtual:site-sources` loads with the pages that list sources; `virtual:site-nations` (the other
// UK nations' pay and facts) with the pages that show them. Answers load per specialism
// (src/data/details.ts).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { jsonFilesIn, loadData } from './readData.ts'
import { citedSources, toNationData, toSiteData } from '../src/lib/siteData.ts'
import { toDeckExtras } from '../src/lib/deckVoices.ts'
import { presentPath } from '../src/router/paths.ts'

const MODULES = {
  'virtual:site-data': 'site',
  'virtual:site-sources': 'sources',
  'virtual:site-synonyms': 'synonyms',
  'virtual:site-nations': 'nations',
  'virtual:site-glossary': 'glossary',
  'virtual:deck-extras': 'deck',
} as const

export function siteData(root: string): Plugin {
  // Read and validate data/ once for all three modules; a changed file (dev) reads it again.
  let cached: ReturnType<typeof loadData> | undefined
  return {
    name: 'hcs-site-data',
    watchChange(id) {
      if (id.startsWith(join(root, 'data'))) cached = undefined
    },
    resolveId: (id) => (id in MODULES ? `\0${id}` : undefined),
    load(id) {
      const name = id.startsWith('\0') ? MODULES[id.slice(1) as keyof typeof MODULES] : undefined
      if (!name) return undefined
      // Watch each file: in dev, Vite treats watched paths as imports, and a folder cannot be imported.
      const files = [...jsonFilesIn(join(root, 'data')), ...jsonFilesIn(join(root, 'data/specialisms'))]
      for (const file of [...files, ...jsonFilesIn(join(root, 'data/contributions'), true)]) this.addWatchFile(file)
      const result = (cached ??= loadData(root))
      if (!result.ok) this.error(`data/ is invalid:\n  ${result.errors.join('\n  ')}`)
      const value =
        name === 'site'
          ? toSiteData(result.data)
          : name === 'sources'
            ? citedSources(result.data)
            : name === 'nations'
              ? toNationData(result.data)
              : name === 'deck'
                ? toDeckExtras(result.data)
                : result.data[name]
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))})`
    },
  }
}

/** Every path the app prerenders: the fixed routes plus one per grouping and specialism, and a deck per grouping. */
export function prerenderPaths(root: string, fixed: string[]): string[] {
  const result = loadData(root)
  if (!result.ok) throw new Error(`data/ is invalid:\n  ${result.errors.join('\n  ')}`)
  return [
    ...fixed,
    ...result.data.groupings.map((g) => `/groupings/${g.id}/`),
    ...result.data.specialisms.map((s) => `/specialisms/${s.id}/`),
    ...result.data.groupings.map((g) => presentPath(g.id)),
  ]
}

const SPECIALISM_FILE = /[\\/]data[\\/]specialisms[\\/][^\\/?]+\.json$/

/**
 * Keeps each specialism's published stories out of its details chunk: `data/specialisms/<id>.json`
 * loads without `stories`, and `data/specialisms/<id>.json?stories` is just the stories (src/data/stories.ts),
 * loaded when the "Read real stories" section scrolls into view. The data files stay as written.
 */
export function storiesApart(): Plugin {
  return {
    name: 'hcs-stories-apart',
    enforce: 'pre',
    load(id) {
      const [path, query] = id.split('?')
      if (query !== 'stories' || !path || !SPECIALISM_FILE.test(path)) return undefined
      const file = JSON.parse(readFileSync(path, 'utf8')) as { stories?: unknown[] }
      return JSON.stringify(file.stories ?? [])
    },
    transform(code, id) {
      if (!SPECIALISM_FILE.test(id)) return undefined
      const { stories: _stories, ...rest } = JSON.parse(code) as Record<string, unknown>
      return { code: JSON.stringify(rest), map: null }
    },
  }
}
