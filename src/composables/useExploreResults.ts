// What the explore page shows for a state: search and filters met in one pure function
// (lib/filters), plus a spelling suggestion. Computed from the state, never stored.
import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import { catalogue } from '@/data/catalogue'
import { searchEngine } from '@/data/search'
import type { ExploreState } from '@/lib/exploreQuery'
import { filterSpecialisms } from '@/lib/filters'

export function useExploreResults(state: MaybeRefOrGetter<ExploreState>) {
  const result = computed(() => filterSpecialisms(catalogue, toValue(state), (q) => searchEngine().search(q)))
  const searching = computed(() => toValue(state).q !== '')
  /** For the tree: the matching ids, or null when no search or filter is active (nothing dimmed). */
  const treeMatches = computed(() => (searching.value || result.value.active > 0 ? result.value.matching : null))
  const didYouMean = computed(() => (searching.value ? searchEngine().didYouMean(toValue(state).q) : null))
  /** How many the search alone finds, to say what clearing the filters would show. */
  const searchOnly = computed(() => (searching.value ? result.value.hits.size : catalogue.specialisms.length))
  return { result, searching, treeMatches, didYouMean, searchOnly }
}
