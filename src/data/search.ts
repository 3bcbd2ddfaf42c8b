// The app's search engine, loaded on first use: the index code and the synonyms table are not part
// of the first view, and a page with no search never pays for them. `useSearchEngine(when)` starts
// loading as soon as `when` is true (a search in the URL, a typed word) and is reactive.
import { shallowRef, toValue, watch, type MaybeRefOrGetter, type ShallowRef } from 'vue'
import type { SearchEngine } from '@/lib/search'
import { catalogue } from './catalogue'

const engine = shallowRef<SearchEngine | null>(null)
let loading: Promise<SearchEngine> | null = null

export function loadSearchEngine(): Promise<SearchEngine> {
  loading ??= Promise.all([import('@/lib/search'), import('virtual:site-synonyms')]).then(([search, synonyms]) => {
    engine.value = search.createSearchEngine(catalogue.specialisms, { synonyms: synonyms.default, groupings: catalogue.groupings })
    return engine.value
  })
  return loading
}

export function useSearchEngine(when: MaybeRefOrGetter<boolean> = true): Readonly<ShallowRef<SearchEngine | null>> {
  if (!import.meta.env.SSR) watch(() => toValue(when), (wanted) => wanted && void loadSearchEngine(), { immediate: true })
  return engine
}
