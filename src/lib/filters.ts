// Filters: grouping, patient contact, setting, school subject and entry route. AND across
// facets, OR within one. Search and filters meet here, in filterSpecialisms, and nowhere else.
import type { ExploreState } from './exploreQuery'
import { CONTACT, ROUTE_KINDS, SETTINGS, SUBJECTS } from './vocabulary'
import type { SearchHit } from './search'
import type { Grouping, SpecialismSummary } from './types'

export const FACETS = ['group', 'contact', 'setting', 'subject', 'entry'] as const
export type Facet = (typeof FACETS)[number]
export type FacetCounts = Record<Facet, Record<string, number>>

/** What filtering needs from the catalogue; a Catalogue fits. */
export interface FilterCatalogue {
  readonly groupings: readonly Grouping[]
  readonly specialisms: readonly SpecialismSummary[]
  route(id: string): { readonly kind: string } | undefined
}

export interface FilterResult {
  /** Matching specialism ids: by relevance when there is a search, else in catalogue order. */
  ids: string[]
  /** The same ids as a set, for the tree to light up. */
  matching: Set<string>
  /** Search hits by id (empty without a search), for highlighting. */
  hits: Map<string, SearchHit>
  /** Per facet value: how many specialisms would be left with that value chosen in its facet. */
  counts: FacetCounts
  /** How many facet values are chosen. */
  active: number
}

export type Search = (query: string) => SearchHit[]

export function facetValues(catalogue: Pick<FilterCatalogue, 'groupings'>): Record<Facet, readonly string[]> {
  return { group: catalogue.groupings.map((g) => g.id), contact: CONTACT, setting: SETTINGS, subject: SUBJECTS, entry: ROUTE_KINDS }
}

const cache = new WeakMap<SpecialismSummary, Record<Facet, readonly string[]>>()

/** A specialism's own values for each facet; entry comes from the kinds of its routes. */
export function valuesOf(specialism: SpecialismSummary, catalogue: Pick<FilterCatalogue, 'route'>): Record<Facet, readonly string[]> {
  let values = cache.get(specialism)
  if (!values) {
    const kinds = specialism.routes.map((id) => catalogue.route(id)?.kind).filter((k): k is string => Boolean(k))
    values = {
      group: [specialism.grouping],
      contact: [specialism.patientContact],
      setting: specialism.settings,
      subject: specialism.subjects,
      entry: [...new Set(kinds)],
    }
    cache.set(specialism, values)
  }
  return values
}

function failing(state: ExploreState, values: Record<Facet, readonly string[]>): Facet[] {
  return FACETS.filter((facet) => state[facet].length > 0 && !state[facet].some((v) => values[facet].includes(v)))
}

/** Does one specialism pass the filters (and the search, when `searchHits` is given)? */
export function matches(
  state: ExploreState,
  specialism: SpecialismSummary,
  searchHits: ReadonlySet<string> | null | undefined,
  catalogue: Pick<FilterCatalogue, 'route'>,
): boolean {
  if (searchHits && !searchHits.has(specialism.id)) return false
  return failing(state, valuesOf(specialism, catalogue)).length === 0
}

function emptyCounts(catalogue: FilterCatalogue): FacetCounts {
  const values = facetValues(catalogue)
  return Object.fromEntries(FACETS.map((f) => [f, Object.fromEntries(values[f].map((v) => [v, 0]))])) as FacetCounts
}

export function filterSpecialisms(catalogue: FilterCatalogue, state: ExploreState, search: Search): FilterResult {
  const q = state.q.trim()
  const hits = new Map(q ? search(q).map((hit) => [hit.id, hit] as const) : [])
  const byId = new Map(catalogue.specialisms.map((s) => [s.id, s]))
  const pool = q ? [...hits.keys()].flatMap((id) => byId.get(id) ?? []) : catalogue.specialisms
  const counts = emptyCounts(catalogue)
  const ids: string[] = []
  for (const specialism of pool) {
    const values = valuesOf(specialism, catalogue)
    const fails = failing(state, values)
    if (fails.length === 0) ids.push(specialism.id)
    if (fails.length > 1) continue
    // Counts ignore the facet's own choices (OR within a facet), but respect every other facet.
    for (const facet of fails.length === 1 ? fails : FACETS) {
      for (const value of values[facet]) if (value in counts[facet]) counts[facet][value] = (counts[facet][value] ?? 0) + 1
    }
  }
  const active = FACETS.reduce((sum, f) => sum + state[f].length, 0)
  return { ids, matching: new Set(ids), hits, counts, active }
}
