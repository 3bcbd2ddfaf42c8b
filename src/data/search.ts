// The search engine, loaded on first use: the index code and the synonyms table are not part of
// the first view, and a page with no search never pays for them. One engine per catalogue (the
// app has one; a test may provide its own). `useSearchEngine(when)` starts loading as soon as
// `when` is true (a search in the URL, a typed word) and is reactive.
import { shallowRef, toValue, watch, type MaybeRefOrGetter, type ShallowRef } from 'vue'
import type { Catalogue } from '@/lib/catalogue'
import type * as Search from '@/lib/search'
import type { SearchEngine } from '@/lib/search'
import { useCatalogue } from '@/composables/useCatalogue'

interface Slot {
  engine: ShallowRef<SearchEngine | null>
  loading?: Promise<SearchEngine>
}
/** What explains results (why each matched, strong/weak, advice for "nurse" or "pay"), loaded with the engine. */
export type SearchHelpers = Pick<typeof Search, 'reasonsFor' | 'splitByStrength' | 'foldLabel' | 'adviceNotes'>
const helpers = shallowRef<SearchHelpers | null>(null)

const slots = new WeakMap<Catalogue, Slot>()
const slotFor = (catalogue: Catalogue): Slot => {
  let slot = slots.get(catalogue)
  if (!slot) slots.set(catalogue, (slot = { engine: shallowRef(null) }))
  return slot
}

export function loadSearchEngine(catalogue: Catalogue): Promise<SearchEngine> {
  const slot = slotFor(catalogue)
  slot.loading ??= Promise.all([import('@/data/searchBuild'), import('virtual:site-synonyms')]).then(async ([search, synonyms]) => {
    helpers.value = search
    const steps = search.searchEngineSteps(catalogue.specialisms, { synonyms: synonyms.default, groupings: catalogue.groupings })
    slot.engine.value = await search.inShortTasks(steps)
    return slot.engine.value
  })
  return slot.loading
}

export function useSearchEngine(when: MaybeRefOrGetter<boolean> = true): Readonly<ShallowRef<SearchEngine | null>> {
  const catalogue = useCatalogue()
  if (!import.meta.env.SSR) watch(() => toValue(when), (wanted) => wanted && void loadSearchEngine(catalogue), { immediate: true })
  return slotFor(catalogue).engine
}

/** The result helpers, null until the engine has loaded (the page then shows results unexplained). */
export const useSearchHelpers = (): Readonly<ShallowRef<SearchHelpers | null>> => helpers
