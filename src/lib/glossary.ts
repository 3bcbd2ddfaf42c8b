// Finds glossary terms in a piece of text, so a page can explain each one where it appears.
// Abbreviations match case-sensitively as whole words ("STP", not "stop"); other terms match in
// any case ("Bands", "equivalence").
import type { GlossaryTerm } from './types'

/** What finding a term needs: pages that explain words load only this, not the definitions. */
export type MatchTerm = Pick<GlossaryTerm, 'id' | 'term' | 'full' | 'match'>

export type TextPart = { text: string; term?: MatchTerm }

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const isAbbreviation = (term: MatchTerm) => term.full !== undefined

export interface TermMatcher {
  split(text: string): TextPart[]
  terms: readonly MatchTerm[]
}

export function createTermMatcher(terms: readonly MatchTerm[]): TermMatcher {
  const byWord = new Map<string, MatchTerm>()
  const words = terms.flatMap((term) =>
    (term.match ?? [term.term]).map((word) => {
      byWord.set(isAbbreviation(term) ? word : word.toLowerCase(), term)
      return { word, exact: isAbbreviation(term) }
    }),
  )
  // Longest first, so "ECGs" wins over "ECG" and "Agenda for Change" over anything inside it.
  words.sort((a, b) => b.word.length - a.word.length)
  const exact = words.filter((w) => w.exact).map((w) => escape(w.word))
  const loose = words.filter((w) => !w.exact).map((w) => escape(w.word))
  const boundary = (list: string[], flags: string) =>
    list.length ? new RegExp(`(?<![\\p{L}\\p{N}&-])(?:${list.join('|')})(?![\\p{L}\\p{N}&])`, flags) : null
  const patterns = [boundary(exact, 'gu'), boundary(loose, 'giu')].filter((p): p is RegExp => p !== null)

  function split(text: string): TextPart[] {
    const hits: { start: number; end: number; term: MatchTerm }[] = []
    for (const pattern of patterns) {
      for (const m of text.matchAll(pattern)) {
        const term = byWord.get(m[0]) ?? byWord.get(m[0].toLowerCase())
        if (term) hits.push({ start: m.index, end: m.index + m[0].length, term })
      }
    }
    hits.sort((a, b) => a.start - b.start || b.end - a.end)
    const parts: TextPart[] = []
    let at = 0
    for (const hit of hits) {
      if (hit.start < at) continue // overlaps an earlier, longer match
      if (hit.start > at) parts.push({ text: text.slice(at, hit.start) })
      parts.push({ text: text.slice(hit.start, hit.end), term: hit.term })
      at = hit.end
    }
    if (at < text.length) parts.push({ text: text.slice(at) })
    return parts
  }
  return { split, terms }
}

/** The terms without their definitions and sources. */
export function matchTerms(terms: readonly GlossaryTerm[]): MatchTerm[] {
  return terms.map(({ id, term, full, match }) => ({ id, term, ...(full ? { full } : {}), ...(match ? { match } : {}) }))
}
