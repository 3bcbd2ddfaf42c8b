// The ?s=a,b,c list of specialism ids used by compare and shared shortlists: the URL codec.
export const COMPARE_MAX = 3
/** At most this many unknown values are reported: a hostile link cannot flood the page's notice. */
export const MAX_LIST_VALUES = 10

export interface IdList {
  /** Known ids, trimmed, lower-cased, first occurrence kept, in order. */
  ids: string[]
  /** What was asked for but is not a specialism (shown as text, never HTML; the first MAX_LIST_VALUES). */
  dropped: string[]
  /** Known ids left out because the list was full. */
  overflow: string[]
}

type QueryValue = string | null | undefined | readonly (string | null)[]

/** Parse a comma-separated id list, as it arrives from the URL (a string, an array or nothing). */
export function parseIdList(raw: unknown, isKnown: (id: string) => boolean, max = Infinity): IdList {
  const value = raw as QueryValue
  const parts = (Array.isArray(value) ? value : [value])
    .filter((part): part is string => typeof part === 'string')
    .flatMap((part) => part.split(','))
    .map((part) => part.trim())
    .filter(Boolean)
  const result: IdList = { ids: [], dropped: [], overflow: [] }
  const seen = new Set<string>()
  for (const part of parts) {
    const id = part.toLowerCase()
    if (seen.has(id)) continue
    seen.add(id)
    if (!isKnown(id)) {
      if (result.dropped.length < MAX_LIST_VALUES) result.dropped.push(part.length > 40 ? `${part.slice(0, 40)}…` : part)
    }
    else if (result.ids.length >= max) result.overflow.push(id)
    else result.ids.push(id)
  }
  return result
}

export function parseCompareQuery(query: Record<string, unknown>, isKnown: (id: string) => boolean): IdList {
  return parseIdList(query.s, isKnown, COMPARE_MAX)
}

/** The query for a list of ids: `{ s: 'a,b' }`, or `{}` for none (defaults are left out). */
export function toIdListQuery(ids: readonly string[]): { s?: string } {
  return ids.length ? { s: ids.join(',') } : {}
}
