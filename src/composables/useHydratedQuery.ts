// Every page is prerendered without a query string, so the first client render must use an empty
// query too, or hydration would not match the HTML. App.vue marks the app hydrated once mounted (a
// page opened with a query: a task later, so drawing what it asks for is not part of the hydration's
// task); from then on (and for every later navigation) the real query is used straight away.
import { computed, nextTick, readonly, ref } from 'vue'
import { useRoute, type LocationQuery } from 'vue-router'

const hydrated = ref(false)
const EMPTY: LocationQuery = Object.freeze({}) as LocationQuery

export function markHydrated() {
  hydrated.value = true
  // For browser tests and the page-weight check: the app has started on this page and shows what its
  // address asks for. Marked once the render that applies the query has run (the next flush), so a test
  // that reads the page at once reads a linked search, not the prerendered page it replaces.
  void nextTick(() => (document.documentElement.dataset.hydrated = ''))
}

export const isHydrated = readonly(hydrated)

/** The route's query, or an empty one until the prerendered HTML has been hydrated. */
export function useHydratedQuery() {
  const route = useRoute()
  // An empty query stays the same object when the app is marked hydrated: nothing re-renders then, so
  // parts that hydrate later (deferredHydration) are not updated before they have hydrated.
  return computed(() => (hydrated.value && Object.keys(route.query).length > 0 ? route.query : EMPTY))
}
