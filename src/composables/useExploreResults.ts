// What the explore page shows for a state: search and filters met in one pure function
// (lib/filters), plus a spelling suggestion. Computed from the state, never stored. The search
// engine loads when a search is first made; until it arrives the filters alone apply.
import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import { useCatalogue } from '@/composables/useCatalogue'
import { useSearchEngine } from '@/data/search'
import type { ExploreState } from '@/lib/exploreQuery'
import { filterSpecialisms } from '@/lib/filters'

export function useExploreResults(state: MaybeRefOrGetter<ExploreState>) {
  const catalogue = useCatalogue()
  const searching = computed(() => toValue(state).q !== '')
  const engine = useSearchEngine(searching)
  /** A search is in the URL but the engine is still loading. */
  const pending = computed(() => searching.value && !engine.value)
  const result = computed(() => {
    const search = engine.value
    const current = toValue(state)
    return search ? filterSpecialisms(catalogue, current, (q) => search.search(q)) : filterSpecialisms(catalogue, { ...current, q: '' }, () => [])
  })
  /** For the tree: the matching ids, or null when no search or filter is active (nothing dimmed). */
  const treeMatches = computed(() =>
    (searching.value && !pending.value) || result.value.active > 0 ? result.value.matching : null,
  )
  const didYouMean = computed(() => (searching.value && engine.value ? engine.value.didYouMean(toValue(state).q) : null))
  /** How many the search alone finds, to say what clearing the filters would show. */
  const searchOnly = computed(() => (searching.value ? result.value.hits.size : catalogue.specialisms.length))
  return { result, searching, pending, treeMatches, didYouMean, searchOnly }
}
