// The explore state is the URL: read by parsing the route's query, written through update(),
// which serialises once and makes one router.push, or a router.replace while the reader is still
// typing (lib/exploreHistory decides), so Back steps back through what they did. No second copy of
// the state anywhere.
import { computed } from 'vue'
import { useRoute, useRouter, type LocationQueryRaw } from 'vue-router'
import { useCatalogue } from '@/composables/useCatalogue'
import { useHydratedQuery } from '@/composables/useHydratedQuery'
import { historyMode, type ExploreChange, type ExploreWrite } from '@/lib/exploreHistory'
import { parseExploreQuery, toExploreQuery, type ExploreState } from '@/lib/exploreQuery'

function sameQuery(a: Record<string, string>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key])
}

/** The last write to the URL, shared by every part of the page that writes (search box, filters, tree). */
let lastWrite: (ExploreWrite & { fullPath: string }) | null = null

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

  /** `burst`: for typing, which burst of typing (lib/exploreHistory). */
  function update(patch: Partial<ExploreState>, change: ExploreChange, burst?: number) {
    const query = toExploreQuery({ ...state.value, ...patch })
    if (sameQuery(query, route.query)) return Promise.resolve()
    const write: ExploreWrite = { change, burst }
    // Only a write still in the address bar counts: after Back or a link, the next change pushes.
    const mode = historyMode(write, lastWrite?.fullPath === route.fullPath ? lastWrite : null)
    const to = { path: route.path, query, hash: route.hash }
    lastWrite = { ...write, fullPath: router.resolve(to).fullPath }
    return mode === 'push' ? router.push(to) : router.replace(to)
  }

  return { state, ignored, update, link }
}
