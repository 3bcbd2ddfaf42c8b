// Each specialism's published stories ("Read real stories"), one small chunk per specialism, kept
// out of its details chunk (scripts/viteDataPlugin.ts, specialismDetails) so they load only when the
// section comes into view. The Map is reactive, so the section shows them as soon as they arrive.
import { shallowReactive } from 'vue'
import type { Story } from '@/lib/types'

const modules = import.meta.glob<Story[]>('../../data/specialisms/*.json', { query: '?stories', import: 'default' })
const loaded = shallowReactive(new Map<string, readonly Story[]>())

/** The stories of one specialism, once loaded ([] when it has none). */
export const storiesOf = (id: string): readonly Story[] | undefined => loaded.get(id)

export async function loadStories(id: string): Promise<void> {
  const load = modules[`../../data/specialisms/${id}.json`]
  if (loaded.has(id) || !load) return
  loaded.set(id, await load())
}
