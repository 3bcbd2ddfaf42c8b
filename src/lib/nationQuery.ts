// ?nation=scotland|wales|northern-ireland|england: which UK nation's pay a page shows. The URL codec.
import { NATIONS } from './vocabulary'
import type { Nation } from './types'

export const DEFAULT_NATION: Nation = 'england'

export const NATION_LABELS: Record<Nation, string> = {
  england: 'England',
  scotland: 'Scotland',
  wales: 'Wales',
  'northern-ireland': 'Northern Ireland',
}

export interface NationQuery {
  nation: Nation
  /** What the link asked for but is not a nation ("nation=mars"), shown as text, never HTML. */
  ignored: string[]
}

const isNation = (value: string): value is Nation => (NATIONS as readonly string[]).includes(value)

/** Reads `nation` from a query object (a string, an array or nothing); unknown values are dropped and reported. */
export function parseNationQuery(query: unknown): NationQuery {
  const raw = query && typeof query === 'object' ? (query as Record<string, unknown>).nation : undefined
  const first = Array.isArray(raw) ? raw.find((part) => typeof part === 'string') : raw
  if (typeof first !== 'string') return { nation: DEFAULT_NATION, ignored: [] }
  // "Northern Ireland", "northern_ireland" and " WALES " all name a nation.
  const value = first.trim().toLowerCase().replace(/[\s_]+/g, '-')
  if (!value) return { nation: DEFAULT_NATION, ignored: [] }
  if (isNation(value)) return { nation: value, ignored: [] }
  const shown = first.trim().length > 40 ? `${first.trim().slice(0, 40)}…` : first.trim()
  return { nation: DEFAULT_NATION, ignored: [`nation=${shown}`] }
}

/** The query for a nation: `{ nation: 'wales' }`, or `{}` for England (defaults are left out). */
export function toNationQuery(nation: Nation): { nation?: Nation } {
  return nation === DEFAULT_NATION ? {} : { nation }
}
