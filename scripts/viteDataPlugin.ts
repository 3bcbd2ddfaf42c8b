// Serves the validated data/ as two virtual modules and fails the build with the file and field of
// any problem. `virtual:site-data` is what the first view needs (no answers, no sources);
// `virtual:site-sources` loads with the pages that list sources (`virtual:pay-sources`, the pay
// figures' few, with the pay note); `virtual:site-nations` (the other
// UK nations' pay and facts) with the pages that show them. Answers load per specialism
// (src/data/details.ts).
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { loadData } from './readData.ts'
import { citedSources, paySources, toNationData, toSiteData } from '../src/lib/siteData.ts'
import { toDeckExtras } from '../src/lib/deckVoices.ts'
import { matchTerms } from '../src/lib/glossary.ts'
import { presentPath } from '../src/router/paths.ts'

const MODULES = {
  'virtual:site-data': 'site',
  'virtual:site-sources': 'sources',
  'virtual:pay-sources': 'paySources',
  'virtual:site-synonyms': 'synonyms',
  'virtual:site-nations': 'nations',
  'virtual:site-glossary': 'glossary',
  'virtual:glossary-terms': 'glossaryTerms',
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
      for (const dir of ['data', 'data/specialisms']) {
        for (const file of readdirSync(join(root, dir))) if (file.endsWith('.json')) this.addWatchFile(join(root, dir, file))
      }
      const result = (cached ??= loadData(root))
      if (!result.ok) this.error(`data/ is invalid:\n  ${result.errors.join('\n  ')}`)
      const value =
        name === 'site'
          ? toSiteData(result.data)
          : name === 'sources'
            ? citedSources(result.data)
            : name === 'paySources'
              ? paySources(result.data)
              : name === 'glossaryTerms'
                ? matchTerms(result.data.glossary)
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
