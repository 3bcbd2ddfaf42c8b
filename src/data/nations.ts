// The other UK nations' pay and the facts about each nation: loaded when a page first needs them,
// so the first view does not carry them.
import { shallowRef } from 'vue'
import type { NationData } from '@/lib/types'

export const nationData = shallowRef<NationData | null>(null)
let loading: Promise<NationData> | null = null

export function loadNationData(): Promise<NationData> {
  loading ??= import('virtual:site-nations').then((module) => (nationData.value = module.default))
  return loading
}
