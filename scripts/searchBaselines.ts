// The baselines the search benchmark holds our own index (src/lib/search.ts) against: MiniSearch
// configured as the review asked (fuzzy 0.2, prefix, our synonyms table and field boosts, plus our
// tokeniser so plurals and stop words are treated alike), and fuse.js. Dev dependencies only.
import Fuse from 'fuse.js'
import MiniSearch from 'minisearch'
import { STOPWORDS, tokenise } from '../src/lib/searchText.ts'
import type { Grouping, SpecialismSummary } from '../src/lib/types.ts'

export interface BaselineOptions {
  synonyms?: Readonly<Record<string, readonly string[]>>
  groupings?: readonly Grouping[]
}
/** Ids best first, as the page uses them. */
export type RankedSearch = (query: string) => string[]

/** Our field weights (src/lib/searchIndex.ts FIELD_WEIGHTS) as MiniSearch boosts. */
const BOOSTS = { name: 3, otherNames: 2.5, synonyms: 2.5, everydayWords: 2.2, subTheme: 1.5, grouping: 1, summary: 0.9, subjects: 0.9 }
const words = (id: string) => id.replace(/-/g, ' ')
const terms = (text: string) => tokenise(text).map((t) => t.term).filter((t) => !STOPWORDS.has(t))

function documents(specialisms: readonly SpecialismSummary[], options: BaselineOptions) {
  const synonyms = new Map<string, string[]>()
  for (const [word, ids] of Object.entries(options.synonyms ?? {})) for (const id of ids) synonyms.set(id, [...(synonyms.get(id) ?? []), word])
  const groupings = new Map((options.groupings ?? []).map((g) => [g.id, g]))
  return specialisms.map((s) => {
    const g = groupings.get(s.grouping)
    return {
      id: s.id,
      name: s.name,
      otherNames: s.otherNames.join(' | '),
      synonyms: (synonyms.get(s.id) ?? []).join(' | '),
      everydayWords: s.everydayWords.join(' | '),
      subTheme: g?.subThemes.find((t) => t.id === s.subTheme)?.name ?? words(s.subTheme),
      grouping: (g ? [g.name, g.shortName, ...g.otherNames] : [words(s.grouping)]).join(' | '),
      summary: s.summary,
      subjects: s.subjects.map(words).join(' | '),
    }
  })
}

export function createMiniSearch(specialisms: readonly SpecialismSummary[], options: BaselineOptions = {}): RankedSearch {
  const ms = new MiniSearch({
    fields: Object.keys(BOOSTS),
    tokenize: terms,
    processTerm: (term) => term,
    searchOptions: { boost: BOOSTS, fuzzy: 0.2, prefix: true, combineWith: 'OR' },
  })
  ms.addAll(documents(specialisms, options))
  return (query) => ms.search(query.slice(0, 200)).map((r) => r.id as string)
}

export function createFuse(specialisms: readonly SpecialismSummary[], options: BaselineOptions = {}): RankedSearch {
  const fuse = new Fuse(documents(specialisms, options), {
    threshold: 0.34,
    ignoreLocation: true,
    includeMatches: true,
    keys: Object.entries(BOOSTS).map(([name, weight]) => ({ name, weight })),
  })
  return (query) => fuse.search(query.slice(0, 200)).map((r) => r.item.id)
}
