// Every source by key. A module of its own so that the first view does not carry it. The pay figures'
// sources are in a small module of their own (the pay note needs only them): looked up there too.
import cited from 'virtual:site-sources'
import { paySources } from './paySources'
import type { ShownSource as Source } from '@/lib/types'

export const sources: Record<string, Source> = { ...paySources, ...cited }

export function source(key: string): Source | undefined {
  return sources[key]
}
