// Every source by key. A module of its own so that the first view does not carry it. The pay figures'
// sources are in a small module of their own (the pay note needs only them), and sources that only
// answers cite come with the details of the specialisms that cite them (answerSources): looked up there too.
import cited from 'virtual:site-sources'
import type { ShownSource as Source } from '@/lib/types'
import { detailsLoader } from './details'
import { paySources } from './paySources'

export const sources: Record<string, Source> = { ...paySources, ...cited }

export function source(key: string): Source | undefined {
  if (sources[key]) return sources[key]
  for (const details of detailsLoader.loaded()) {
    const found = details.answerSources?.[key]
    if (found) return found
  }
  return undefined
}
