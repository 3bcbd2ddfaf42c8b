// Every source by key. A module of its own so that the first view does not carry it.
import sources from 'virtual:site-sources'
import type { ShownSource as Source } from '@/lib/types'
import { answerSources } from './answerSources'

export { sources }

export function source(key: string): Source | undefined {
  return sources[key] ?? answerSources.get(key)
}
