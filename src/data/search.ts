// The search engine, loaded on first use: the index code and the synonyms table are not part of
// the first view, and a page with no search never pays for them. One engine per catalogue (the
// app has one; a test may provide its own). `useSearchEngine(when)` starts loading as soon as
// `when` is true (a search in the URL, a typed word) and is reactive.
import { shallowRef, toValue, watch, type MaybeRefOrGetter, type ShallowRef } from 'vue'
import type { Catalogue } from '@/lib/catalogue'
import type { SearchEngine } from '@/lib/search'
import { useCatalogue } from '@/composables/useCatalogue'

interface Slot {
  engine: ShallowRef<SearchEngine | null>
  loading?: Promise<SearchEngine>
}
const slots = new WeakMap<Catalogue, Slot>()
const slotFor = (catalogue: Catalogue): Slot => {
  let slot = slots.get(catalogue)
  if (!slot) slots.set(catalogue, (slot = { engine: shallowRef(null) }))
  return slot
}

export function loadSearchEngine(catalogue: Catalogue): Promise<SearchEngine> {
  const slot = slotFor(catalogue)
  slot.loading ??= Promise.all([import('@/lib/search'), import('virtual:site-synonyms')]).then(([search, synonyms]) => {
    slot.engine.value = search.createSearchEngine(catalogue.specialisms, { synonyms: synonyms.default, groupings: catalogue.groupings })
    return slot.engine.value
  })
  return slot.loading
}

export function useSearchEngine(when: MaybeRefOrGetter<boolean> = true): Readonly<ShallowRef<SearchEngine | null>> {
  const catalogue = useCatalogue()
  if (!import.meta.env.SSR) watch(() => toValue(when), (wanted) => wanted && void loadSearchEngine(catalogue), { immediate: true })
  return slotFor(catalogue).engine
}
