// A specialism's answers and contributions load with its page (one small chunk each), so the
// first view carries only what the tree, search and cards need.
import type { Specialism } from '@/lib/types'

const modules = import.meta.glob<Specialism>('../../data/specialisms/*.json', { import: 'default' })
const loaded = new Map<string, Specialism>()

export async function loadDetails(ids: readonly string[]): Promise<void> {
  await Promise.all(
    ids.map(async (id) => {
      const load = modules[`../../data/specialisms/${id}.json`]
      if (!load || loaded.has(id)) return
      loaded.set(id, await load())
    }),
  )
}

export function details(id: string): Specialism | undefined {
  return loaded.get(id)
}
