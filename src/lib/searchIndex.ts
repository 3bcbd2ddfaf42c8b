// The search index: every searchable text of every specialism, cut into terms once, plus an
// inverted list (term -> specialisms) so a query only looks at specialisms that share a term.
import { phonetic, STOPWORDS, tokenise } from './searchText'
import type { Grouping, SpecialismSummary } from './types'

/** How much a match in each field counts: the name most, the summary least. */
export const FIELD_WEIGHTS = {
  name: 1,
  otherNames: 0.9,
  synonyms: 0.95,
  everydayWords: 0.85,
  subTheme: 0.5,
  grouping: 0.35,
  summary: 0.3,
  subjects: 0.3,
} as const
export type FieldKey = keyof typeof FIELD_WEIGHTS
const FIELD_BITS = Object.fromEntries(Object.keys(FIELD_WEIGHTS).map((key, i) => [key, 1 << i])) as Record<FieldKey, number>

export interface IndexedValue {
  key: FieldKey
  /** One bit per field, to count in how many fields a word was found. */
  bit: number
  text: string
  weight: number
  terms: number[]
  starts: number[]
  ends: number[]
}

export interface SearchIndex {
  ids: string[]
  docs: IndexedValue[][]
  terms: string[]
  phonetics: string[]
  termIds: Map<string, number>
  /** Term ids sorted by term, for prefix look-ups. */
  sorted: number[]
  postings: number[][]
  /** Term id -> where it occurs, as flat triples [specialism, value, position, ...]. */
  occurrences: number[][]
  /** The highest field weight each term appears with. */
  strength: number[]
  /** How the term was written where it was first seen, for "did you mean". */
  surface: string[]
}

export interface IndexOptions {
  synonyms?: Readonly<Record<string, readonly string[]>>
  groupings?: readonly Grouping[]
}

const words = (id: string) => id.replace(/-/g, ' ')

type Synonyms = Map<string, [word: string, rank: number][]>

function fieldsOf(s: SpecialismSummary, synonyms: Synonyms, groupings: Map<string, Grouping>) {
  const grouping = groupings.get(s.grouping)
  const subTheme = grouping?.subThemes.find((t) => t.id === s.subTheme)
  const fields: [FieldKey, string, number][] = [['name', s.name, 1]]
  for (const text of s.otherNames) fields.push(['otherNames', text, 1])
  for (const text of s.everydayWords) fields.push(['everydayWords', text, 1])
  // A word listed for several specialisms counts a little less for each one after the first.
  for (const [text, rank] of synonyms.get(s.id) ?? []) fields.push(['synonyms', text, Math.max(0.85, 1 - 0.05 * rank)])
  fields.push(['subTheme', subTheme?.name ?? words(s.subTheme), 1])
  for (const text of grouping ? [grouping.name, grouping.shortName, ...grouping.otherNames] : [words(s.grouping)]) {
    fields.push(['grouping', text, 1])
  }
  fields.push(['summary', s.summary, 1])
  for (const subject of s.subjects) fields.push(['subjects', words(subject), 1])
  return fields
}

function invertSynonyms(table: Readonly<Record<string, readonly string[]>>): Synonyms {
  const byId: Synonyms = new Map()
  for (const [word, ids] of Object.entries(table)) {
    ids.forEach((id, rank) => {
      const list = byId.get(id)
      if (list) list.push([word, rank])
      else byId.set(id, [[word, rank]])
    })
  }
  return byId
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Runs a generator of steps to its end, at once. */
export function drain<T>(steps: Generator<void, T, void>): T {
  let step = steps.next()
  while (!step.done) step = steps.next()
  return step.value
}

export const buildIndex = (specialisms: readonly SpecialismSummary[], options: IndexOptions = {}): SearchIndex =>
  drain(indexSteps(specialisms, options))

/** The index, built a specialism at a step: the page runs a few steps per task (src/data/searchBuild.ts),
 * so building it does not hold up a phone’s taps and scrolling (cold, the whole build is one 50 ms task
 * on this machine, 200 ms on a phone). Each step is pure; the same steps run at once are buildIndex. */
export function* indexSteps(specialisms: readonly SpecialismSummary[], options: IndexOptions = {}): Generator<void, SearchIndex, void> {
  const synonyms = invertSynonyms(options.synonyms ?? {})
  const groupings = new Map((options.groupings ?? []).map((g) => [g.id, g]))
  const index: SearchIndex = {
    ids: [],
    docs: [],
    terms: [],
    phonetics: [],
    termIds: new Map(),
    sorted: [],
    postings: [],
    occurrences: [],
    strength: [],
    surface: [],
  }
  yield
  for (const [doc, s] of specialisms.entries()) {
    index.ids.push(s.id)
    const values: IndexedValue[] = []
    for (const [key, text, factor] of fieldsOf(s, synonyms, groupings)) {
      const weight = FIELD_WEIGHTS[key] * factor
      const value: IndexedValue = { key, bit: FIELD_BITS[key], text, weight, terms: [], starts: [], ends: [] }
      for (const token of tokenise(text)) {
        // Queries drop these words too, so "heart and lungs" is a phrase match for "heart lungs".
        if (STOPWORDS.has(token.term)) continue
        const id = termId(index, token.term, text, token.start, token.end)
        const postings = index.postings[id] as number[]
        if (postings[postings.length - 1] !== doc) postings.push(doc)
        ;(index.occurrences[id] as number[]).push(doc, values.length, value.terms.length)
        if (weight > (index.strength[id] as number)) index.strength[id] = weight
        value.terms.push(id)
        value.starts.push(token.start)
        value.ends.push(token.end)
      }
      if (value.terms.length > 0) values.push(value)
    }
    index.docs.push(values)
    yield
  }
  index.sorted = index.terms.map((_, i) => i).sort((a, b) => byCodeUnit(index.terms[a] as string, index.terms[b] as string))
  return index
}

function termId(index: SearchIndex, term: string, text: string, start: number, end: number): number {
  const known = index.termIds.get(term)
  if (known !== undefined) return known
  const id = index.terms.length
  index.termIds.set(term, id)
  index.terms.push(term)
  index.phonetics.push(phonetic(term))
  index.postings.push([])
  index.occurrences.push([])
  index.strength.push(0)
  index.surface.push(text.slice(start, end).toLowerCase())
  return id
}
