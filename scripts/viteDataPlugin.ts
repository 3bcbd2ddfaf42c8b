// Serves the validated data/ as two virtual modules and fails the build with the file and field of
// any problem. `virtual:site-data` is what the first view needs (no answers, no sources);
// `virtual:site-sources` loads with the pages that list sources (`virtual:pay-sources`, the pay
// figures' few, with the pay note); `virtual:site-nations` (the other
// UK nations' pay and facts) with the pages that show them. Answers load per specialism
// (src/data/details.ts).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { jsonFilesIn, loadData } from './readData.ts'
import { answerOnlySourceKeys, answerSources, citedSources, paySources, toNationData, toSiteData } from '../src/lib/siteData.ts'
import { toDeckExtras } from '../src/lib/deckVoices.ts'
import { matchTerms } from '../src/lib/glossary.ts'
import { sortContributions, toContribution } from '../src/lib/contributions.ts'
import type { AllData, ContributionFile, SpecialismFile } from '../src/lib/types.ts'
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
  'virtual:answer-sources': 'answerSources',
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
      const data = result.data
      const build: Partial<Record<typeof name, () => unknown>> = {
        site: () => toSiteData(data),
        sources: () => citedSources(data),
        paySources: () => paySources(data),
        glossaryTerms: () => matchTerms(data.glossary),
        nations: () => toNationData(data),
        deck: () => toDeckExtras(data),
        answerSources: () => answerSources(data, [...answerOnlySourceKeys(data)]),
      }
      const value = build[name]?.() ?? data[name as 'synonyms' | 'glossary']
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

const SPECIALISM_FILE = /[\\/]data[\\/]specialisms[\\/]([^\\/?]+)\.json$/

/**
 * Shapes what a page loads from `data/specialisms/<id>.json` (the files stay as written):
 * - the details chunk gets the specialism's contributions, read from `data/contributions/<id>/`
 *   (newest first, without the file-only fields), and loses `stories`;
 * - `data/specialisms/<id>.json?stories` is just the stories (src/data/stories.ts), loaded when the
 *   "Read real stories" section scrolls into view.
 * The whole of data/ (contributions included) is validated by siteData() above, which fails the build.
 */
export function specialismDetails(root: string): Plugin {
  let all: AllData | undefined
  return {
    watchChange(id) {
      if (id.startsWith(join(root, 'data'))) all = undefined
    },
    name: 'hcs-specialism-details',
    enforce: 'pre',
    load(id) {
      const [path, query] = id.split('?')
      if (query !== 'stories' || !path || !SPECIALISM_FILE.test(path)) return undefined
      const file = JSON.parse(readFileSync(path, 'utf8')) as { stories?: unknown[] }
      // JavaScript, not JSON: the query hides the .json extension from the bundler's JSON handling.
      return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(file.stories ?? []))})`, moduleType: 'js' }
    },
    transform(code, id) {
      const specialism = SPECIALISM_FILE.exec(id)?.[1]
      if (!specialism) return undefined
      const { stories: _stories, ...rest } = JSON.parse(code) as SpecialismFile
      const result = all ? undefined : loadData(root)
      if (result?.ok) all = result.data
      const files = jsonFilesIn(join(root, 'data/contributions', specialism))
      for (const file of files) this.addWatchFile(file)
      const contributions = sortContributions(files.map((file) => toContribution(JSON.parse(readFileSync(file, 'utf8')) as ContributionFile)))
      // The sources only its answers cite come with it: the sources module leaves them out (citedSources).
      const ownSources = all ? answerSources(all, rest.sources) : {}
      return { code: JSON.stringify({ ...rest, contributions, answerSources: ownSources }), map: null }
    },
  }
}

