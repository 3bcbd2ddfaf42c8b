// The pay figures' few sources, for the pay note: a module of its own, so the pages that show pay do
// not load every source (src/data/sources.ts) until they list them.
import sources from 'virtual:pay-sources'
import type { ShownSource } from '@/lib/types'

export { sources as paySources }

export function paySource(key: string): ShownSource | undefined {
  return sources[key]
}
