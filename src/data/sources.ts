// Every source by key. A module of its own so that the first view does not carry it. Sources that
// only answers cite come with the details of the specialisms that cite them (answerSources).
import sources from 'virtual:site-sources'
import type { ShownSource as Source } from '@/lib/types'
import { detailsLoader } from './details'

export { sources }

export function source(key: string): Source | undefined {
  if (sources[key]) return sources[key]
  for (const details of detailsLoader.loaded()) {
    const found = details.answerSources?.[key]
    if (found) return found
  }
  return undefined
}
