// The explore state is the URL: read by parsing the route's query, written through update(),
// which serialises once and makes one router.replace (typing, filters) or router.push (so Back
// returns to the view before). No second copy of the state anywhere.
import { computed } from 'vue'
import { useRoute, useRouter, type LocationQueryRaw } from 'vue-router'
import { useCatalogue } from '@/composables/useCatalogue'
import { useHydratedQuery } from '@/composables/useHydratedQuery'
import { parseExploreQuery, toExploreQuery, type ExploreState } from '@/lib/exploreQuery'

function sameQuery(a: Record<string, string>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key])
}

export function useExploreState() {
  const catalogue = useCatalogue()
  const route = useRoute()
  const router = useRouter()
  const query = useHydratedQuery()
  const parsed = computed(() => parseExploreQuery(query.value, catalogue))
  const state = computed(() => parsed.value.state)
  const ignored = computed(() => parsed.value.ignored)

  /** The URL of the explore page for a state patched from the current one (for links). */
  function link(patch: Partial<ExploreState>): { path: string; query: LocationQueryRaw } {
    return { path: '/', query: toExploreQuery({ ...state.value, ...patch }) }
  }

  function update(patch: Partial<ExploreState>, options: { push?: boolean } = {}) {
    const query = toExploreQuery({ ...state.value, ...patch })
    if (sameQuery(query, route.query)) return Promise.resolve()
    const to = { path: route.path, query, hash: route.hash }
    return options.push ? router.push(to) : router.replace(to)
  }

  return { state, ignored, update, link }
}
