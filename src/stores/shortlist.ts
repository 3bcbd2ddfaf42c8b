// The shortlist: specialism ids kept on this device only (localStorage, one key). Nothing is read
// while prerendering; the page calls restore() once mounted, so server and client HTML agree.
import { computed, ref, watch } from 'vue'
import { defineStore } from 'pinia'
import { useCatalogue } from '@/composables/useCatalogue'
import type { SpecialismSummary } from '@/lib/types'

export const SHORTLIST_KEY = 'hcs-careers:shortlist'
const VERSION = 1

/** Whatever is stored (or corrupt), a clean list of known, unique ids. */
export function decodeShortlist(raw: string | null, isKnown: (id: string) => boolean): string[] {
  if (!raw) return []
  try {
    const parsed: unknown = JSON.parse(raw)
    // Accept a bare array too, in case an older or hand-edited value is there.
    const list: unknown = Array.isArray(parsed) ? parsed : (parsed as { ids?: unknown } | null)?.ids
    return Array.isArray(list) ? [...new Set(list.filter((id): id is string => typeof id === 'string' && isKnown(id)))] : []
  } catch {
    return []
  }
}

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage
  } catch {
    return undefined // blocked storage (privacy settings): keep the list in memory only
  }
}

/** Whether this device has kept a shortlist (of any ids): read without the store, before the app has
 * brought the parts that show it to life (SpecialismView). */
export function hasStoredShortlist(): boolean {
  try {
    return decodeShortlist(storage()?.getItem(SHORTLIST_KEY) ?? null, () => true).length > 0
  } catch {
    return false
  }
}

export const useShortlistStore = defineStore('shortlist', () => {
  // The app's catalogue (provided by main.ts; a test's app provides its own).
  const catalogue = useCatalogue()
  const isKnown = (id: string) => catalogue.specialism(id) !== undefined
  const ids = ref<string[]>([])
  const restored = ref(false)
  const specialisms = computed(() =>
    ids.value.map((id) => catalogue.specialism(id)).filter((s): s is SpecialismSummary => s !== undefined),
  )
  const count = computed(() => ids.value.length)

  function read() {
    try {
      ids.value = decodeShortlist(storage()?.getItem(SHORTLIST_KEY) ?? null, isKnown)
    } catch {
      ids.value = []
    }
  }

  function restore() {
    if (restored.value || typeof window === 'undefined') return
    read()
    restored.value = true
    window.addEventListener('storage', (event) => {
      if (event.key === SHORTLIST_KEY) read()
    })
  }

  watch(
    ids,
    (list) => {
      if (!restored.value) return
      try {
        storage()?.setItem(SHORTLIST_KEY, JSON.stringify({ v: VERSION, ids: list }))
      } catch {
        // full or blocked storage: the list still works for this visit
      }
    },
    { deep: true },
  )

  const has = (id: string) => ids.value.includes(id)

  function add(...list: string[]) {
    restore()
    ids.value = [...new Set([...ids.value, ...list.filter(isKnown)])]
  }

  function remove(id: string) {
    restore()
    ids.value = ids.value.filter((other) => other !== id)
  }

  function toggle(id: string): boolean {
    if (has(id)) remove(id)
    else add(id)
    return has(id)
  }

  /** Move one place up (-1) or down (+1); does nothing at either end. */
  function move(id: string, by: -1 | 1) {
    const from = ids.value.indexOf(id)
    const to = from + by
    if (from < 0 || to < 0 || to >= ids.value.length) return
    const next = [...ids.value]
    next.splice(from, 1)
    next.splice(to, 0, id)
    ids.value = next
  }

  return { ids, restored, specialisms, count, has, add, remove, toggle, move, restore }
})
