// Why each result matched, and which results match strongly: a result found by its name, another
// name or a word students use is shown; one found only in its summary, school subjects or grouping
// is folded under "and 38 more that use maths". Pure: works on the hits the engine returns.
import type { SearchHit } from './search'
import { NEIGHBOUR_JOBS, TOPICS } from './searchAdvice'
import type { FieldKey } from './searchIndex'

/** How each field is named after a matched word: "heart (other name)". */
export const FIELD_LABELS: Record<FieldKey, string> = {
  name: 'name',
  otherNames: 'other name',
  synonyms: 'word students use',
  everydayWords: 'everyday word',
  subTheme: 'area of work',
  grouping: 'grouping',
  summary: 'summary',
  subjects: 'school subject',
}

/** Fields whose match says what the specialism is, not just what it touches. */
const STRONG_FIELDS: ReadonlySet<string> = new Set(['name', 'otherNames', 'synonyms', 'everydayWords', 'subTheme'])

const nearWords = new Map([...NEIGHBOUR_JOBS.flatMap((j) => j.words.map((w) => [w, `near ${j.job}`] as const)), ...TOPICS.flatMap((t) => t.words.map((w) => [w, `${t.id} affects ${t.affects}`] as const))])

export interface MatchReason {
  key: string
  /** The matched text, e.g. "heart", with the matched ranges to highlight. */
  value: string
  indices: [number, number][]
  /** "other name", "school subject", or for a neighbouring job "near nursing". */
  label: string
}

/** Up to `limit` reasons, strongest field first, one per distinct text. The name is highlighted in the
 * heading, so it is a reason only when no other name or student word matched; a summary or subject
 * is a reason only when nothing stronger did. */
export function reasonsFor(hit: SearchHit, limit = 2): MatchReason[] {
  const seen = new Set<string>()
  const reasons: MatchReason[] = []
  for (const m of hit.matches) {
    const text = m.value.toLowerCase()
    if (seen.has(text)) continue
    seen.add(text)
    const label = (m.key === 'synonyms' && nearWords.get(text)) || FIELD_LABELS[m.key as FieldKey] || m.key
    // A summary is long: show the matched words, not the whole text.
    const value = m.key === 'summary' ? m.indices.map(([a, b]) => m.value.slice(a, b + 1)).join(', ') : m.value
    const indices: [number, number][] = m.key === 'summary' ? [] : m.indices
    reasons.push({ key: m.key, value, indices, label })
  }
  const strong = reasons.filter((r) => r.key !== 'name' && STRONG_FIELDS.has(r.key))
  const name = reasons.filter((r) => r.key === 'name')
  const pick = strong.length > 0 ? strong : name.length > 0 ? name : reasons
  return pick.slice(0, limit)
}

export const isStrong = (hit: SearchHit) => hit.matches.some((m) => STRONG_FIELDS.has(m.key))

export interface StrengthSplit {
  strong: string[]
  weak: string[]
  /** "subjects" when every weak result matched only a school subject ("that use maths"). */
  weakBy: 'subjects' | 'other'
}

/** Splits ranked ids into strong and weak matches. With no strong match at all, nothing is folded. */
export function splitByStrength(ids: readonly string[], hits: ReadonlyMap<string, SearchHit>): StrengthSplit {
  const strong: string[] = []
  const weak: string[] = []
  for (const id of ids) {
    const hit = hits.get(id)
    if (!hit || isStrong(hit)) strong.push(id)
    else weak.push(id)
  }
  if (strong.length === 0) return { strong: weak, weak: [], weakBy: 'other' }
  const bySubject = weak.every((id) => hits.get(id)?.matches.every((m) => m.key === 'subjects'))
  return { strong, weak, weakBy: bySubject ? 'subjects' : 'other' }
}

/** "and 47 more that use maths" / "and 3 more that mention “heart”": the word is the one matched in
 * the first folded result (the subject or summary word, as the data spells it). */
export function foldLabel(split: StrengthSplit, hits: ReadonlyMap<string, SearchHit>): string {
  const first = hits.get(split.weak[0] ?? '')?.matches[0]
  const range = first?.indices[0]
  const word = first && range ? first.value.slice(range[0], range[1] + 1) : ''
  const n = split.weak.length
  return split.weakBy === 'subjects' ? `and ${n} more that use ${word}` : `and ${n} more that mention “${word}”`
}
