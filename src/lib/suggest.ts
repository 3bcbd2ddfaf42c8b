// "Did you mean": the specialisms nearest to an unknown path, from its last segment
// (/specialisms/audiolgy/ -> Audiology). Uses the search engine's typo tolerance, then falls
// back to comparing the segment with ids, for run-together words like "cardiacscience".
import type { SearchHit } from './search'
import { editDistance } from './searchText'

/** Words that are route names, not specialisms: a bare /specialisms/ suggests nothing. */
const ROUTE_WORDS = new Set(['specialisms', 'specialism', 'groupings', 'grouping', 'index', 'html', '404'])
const MAX_SEGMENT = 80
/** Search hits scoring worse than this are too far from the path to offer. */
const MAX_SCORE = 0.7

/** The last non-empty path segment, decoded, as words: "/specialisms/cardiac_science.html" -> "cardiac science". */
export function lastSegment(path: string): string {
  const segments = String(path ?? '').split(/[?#]/)[0]?.split('/').filter(Boolean) ?? []
  let segment = segments[segments.length - 1] ?? ''
  try {
    segment = decodeURIComponent(segment)
  } catch {
    // A malformed escape ("%E0%A4%A"): keep the segment as it came.
  }
  const words = segment.replace(/\.html?$/i, '').replace(/[-_+.%\s]+/g, ' ').trim().slice(0, MAX_SEGMENT)
  return ROUTE_WORDS.has(words.toLowerCase()) ? '' : words
}

const compact = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '')

export function suggestSpecialisms(
  path: string,
  specialisms: readonly { readonly id: string; readonly name: string }[],
  search: (query: string, limit?: number) => SearchHit[],
  limit = 3,
): string[] {
  const words = lastSegment(path)
  if (!words) return []
  const ids = search(words, limit)
    .filter((hit) => hit.score <= MAX_SCORE)
    .map((hit) => hit.id)
  if (ids.length >= limit) return ids
  const target = compact(words)
  const max = Math.max(1, Math.floor(target.length * 0.3))
  const near = specialisms
    .map((s) => ({ id: s.id, distance: Math.min(editDistance(target, compact(s.id), max), editDistance(target, compact(s.name), max)) }))
    .filter((s) => s.distance <= max && !ids.includes(s.id))
    .sort((a, b) => a.distance - b.distance)
  return [...ids, ...near.map((s) => s.id)].slice(0, limit)
}
