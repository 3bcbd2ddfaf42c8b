// The details (answers, contributions, sources) of some specialisms, loaded on demand and reactive.
// Pass ids already parsed by lib/compareQuery.ts, as the page shows them. The route guard
// (router/guards.ts) loads them before a page renders, so prerendered HTML carries them; this keeps
// them in step when the list changes after that.
import { computed, toValue, watch, type MaybeRefOrGetter } from 'vue'
import type { Specialism } from '@/lib/types'
import { useSite } from './useCatalogue'

export function useSpecialismDetails(ids: MaybeRefOrGetter<readonly string[]>) {
  const { details } = useSite()
  if (!import.meta.env.SSR) watch(() => [...toValue(ids)], (list) => void details.load(list).catch(() => {}), { immediate: true })
  /** Details in the order of `ids`, undefined where not loaded (yet). */
  const list = computed(() => toValue(ids).map((id) => details.get(id)))
  const get = (id: string): Specialism | undefined => details.get(id)
  return { list, get }
}
