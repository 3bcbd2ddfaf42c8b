// Present mode's preferences of this device: the high-contrast theme. Kept in localStorage (one
// key); a garbled or blocked store means the defaults. Nothing is read while prerendering: the
// deck calls restore() once mounted, so server and client HTML agree.
import { ref, watch } from 'vue'
import { defineStore } from 'pinia'

export const PRESENTER_KEY = 'hcs-careers:presenter'

export interface PresenterPrefs {
  highContrast: boolean
}

/** Whatever is stored, valid preferences: unknown or broken values give the defaults. */
export function decodePresenterPrefs(raw: string | null): PresenterPrefs {
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : null
    const value = (parsed as { highContrast?: unknown } | null)?.highContrast
    return { highContrast: value === true }
  } catch {
    return { highContrast: false }
  }
}

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage
  } catch {
    return undefined
  }
}

export const usePresenterStore = defineStore('presenter', () => {
  const highContrast = ref(false)
  const restored = ref(false)

  function restore() {
    if (restored.value || typeof window === 'undefined') return
    try {
      highContrast.value = decodePresenterPrefs(storage()?.getItem(PRESENTER_KEY) ?? null).highContrast
    } catch {
      highContrast.value = false
    }
    restored.value = true
  }

  watch(highContrast, (value) => {
    if (!restored.value) return
    try {
      storage()?.setItem(PRESENTER_KEY, JSON.stringify({ highContrast: value }))
    } catch {
      // full or blocked storage: the choice still holds for this visit
    }
  })

  function toggleContrast() {
    restore()
    highContrast.value = !highContrast.value
  }

  return { highContrast, restored, restore, toggleContrast }
})
