// The app's search engine, loaded on first use: the index code, the synonyms table and the helpers
// that explain results (why each matched, strong/weak, advice for "nurse" or "pay") are not part of
// the first view, and a page with no search never pays for them. `useSearchEngine(when)` starts
// loading as soon as `when` is true (a search in the URL, a typed word) and is reactive.
import { shallowRef, toValue, watch, type MaybeRefOrGetter, type ShallowRef } from 'vue'
import type * as Search from '@/lib/search'
import { catalogue } from './catalogue'

type SearchEngine = Search.SearchEngine
export type SearchHelpers = Pick<typeof Search, 'reasonsFor' | 'splitByStrength' | 'foldLabel' | 'adviceNotes'>

const engine = shallowRef<SearchEngine | null>(null)
const helpers = shallowRef<SearchHelpers | null>(null)
let loading: Promise<SearchEngine> | null = null

export function loadSearchEngine(): Promise<SearchEngine> {
  loading ??= Promise.all([import('@/lib/search'), import('virtual:site-synonyms')]).then(([search, synonyms]) => {
    helpers.value = search
    engine.value = search.createSearchEngine(catalogue.specialisms, { synonyms: synonyms.default, groupings: catalogue.groupings })
    return engine.value
  })
  return loading
}

export function useSearchEngine(when: MaybeRefOrGetter<boolean> = true): Readonly<ShallowRef<SearchEngine | null>> {
  if (!import.meta.env.SSR) watch(() => toValue(when), (wanted) => wanted && void loadSearchEngine(), { immediate: true })
  return engine
}

/** The result helpers, null until the engine has loaded (the page then shows results unexplained). */
export const useSearchHelpers = (): Readonly<ShallowRef<SearchHelpers | null>> => helpers
