// Search: the words a student uses -> specialisms, best first, with the matched ranges so the
// page can highlight them. The index is built once; a query only looks at specialisms that share
// a term with it (searchIndex.ts, searchQuery.ts, searchScore.ts).
//
// Not fuse.js: fuse scans every string of every item on each query (about 300 ms for 10,000
// specialisms on this machine, against a 16 ms budget) and does not know that "hart" is nearer
// "heart" than "hortikadan". `npm run bench` prints a fuse.js baseline beside these timings.
import { drain, FIELD_WEIGHTS, indexSteps, type FieldKey, type IndexedValue, type IndexOptions, type SearchIndex } from './searchIndex'
import { parseQuery, STRONG, type QueryWord } from './searchQuery'
import { withNeighbourJobs } from './searchAdvice'
import { MAX_RAW, scoreAll } from './searchScore'
import type { SpecialismSummary } from './types'

export interface SearchMatch {
  key: string
  value: string
  /** Inclusive [start, end] character ranges in `value`, as fuse.js gives them. */
  indices: [number, number][]
}

export interface SearchHit {
  id: string
  /** 0 is a perfect match, 1 no match at all (lower is better, as in fuse.js). */
  score: number
  matches: SearchMatch[]
}

export type SearchOptions = IndexOptions

// What the page needs to explain results, loaded in the same chunk as the engine (src/data/search.ts).
export { foldLabel, reasonsFor, splitByStrength } from './searchReasons'
export { adviceNotes } from './searchAdvice'

export interface SearchEngine {
  search(query: string, limit?: number): SearchHit[]
  /** "audiolgy" -> "audiology"; null when every word was found as typed. */
  didYouMean(query: string): string | null
}

/** Below this a "match" is only a near miss in a summary: noise, not a result. */
const MIN_RAW = 0.2

function matchesOf(values: readonly IndexedValue[], words: readonly QueryWord[]): SearchMatch[] {
  const matches: SearchMatch[] = []
  for (const value of values) {
    const indices: [number, number][] = []
    value.terms.forEach((term, p) => {
      if (words.some((word) => word.sims.has(term))) indices.push([value.starts[p] as number, (value.ends[p] as number) - 1])
    })
    if (indices.length > 0) matches.push({ key: value.key, value: value.text, indices })
  }
  return matches.sort((a, b) => FIELD_WEIGHTS[b.key as FieldKey] - FIELD_WEIGHTS[a.key as FieldKey])
}

/** The query with each guessed word replaced by the best guess, or null when nothing was guessed. */
function correctQuery(index: SearchIndex, words: readonly QueryWord[]): string | null {
  let changed = false
  const corrected = words.map((word) => {
    if (!word.corrected) return word.typed
    let best = -1
    let bestRank = -Infinity
    for (const [id, sim] of word.sims) {
      // Only offer words that name or describe a specialism, not words from its summary.
      if ((index.strength[id] as number) < STRONG) continue
      const rank = sim + (index.strength[id] as number) / 10
      if (rank > bestRank) [best, bestRank] = [id, rank]
    }
    const guess = best < 0 || index.terms[best] === word.term ? word.typed : (index.surface[best] as string)
    changed ||= guess !== word.typed
    return guess
  })
  return changed ? corrected.join(' ') : null
}

function run(index: SearchIndex, query: string, limit: number): SearchHit[] {
  if (typeof query !== 'string' || !(limit > 0)) return []
  const words = parseQuery(index, query).filter((word) => word.sims.size > 0)
  if (words.length === 0) return []
  const scored = scoreAll(index, words).filter((s) => s.raw >= MIN_RAW)
  scored.sort((a, b) => b.raw - a.raw || a.doc - b.doc)
  return scored.slice(0, limit).map(({ doc, raw }) => {
    let matches: SearchMatch[] | undefined
    return {
      id: index.ids[doc] as string,
      score: Math.round(Math.max(0, 1 - raw / MAX_RAW) * 1e4) / 1e4,
      // Worked out when first read: a page counts every hit but highlights only those it shows.
      get matches() {
        return (matches ??= matchesOf(index.docs[doc] as IndexedValue[], words))
      },
    }
  })
}

export const createSearchEngine = (specialisms: readonly SpecialismSummary[], options: SearchOptions = {}): SearchEngine =>
  drain(searchEngineSteps(specialisms, options))

/** The engine, built in steps (searchIndex.ts: indexSteps): run them a few per task in the page. */
export function* searchEngineSteps(specialisms: readonly SpecialismSummary[], options: SearchOptions = {}): Generator<void, SearchEngine, void> {
  // Words for neighbouring jobs ("nurse") and topics ("dementia") find the specialisms nearest them.
  const index = yield* indexSteps(specialisms, { ...options, synonyms: withNeighbourJobs(options.synonyms ?? {}) })
  return {
    search: (query, limit = Infinity) => run(index, query, limit),
    didYouMean: (query) => (typeof query === 'string' ? correctQuery(index, parseQuery(index, query)) : null),
  }
}

/** Best first; an empty or blank query gives no results (not everything). */
export function createSearch(
  specialisms: readonly SpecialismSummary[],
  options: SearchOptions = {},
): (query: string, limit?: number) => SearchHit[] {
  return createSearchEngine(specialisms, options).search
}
