// From the words a student typed to the index terms they probably meant: exact, the start of a
// longer word (typing in progress), or a near miss (typos, sound-alike spellings).
import type { SearchIndex } from './searchIndex'
import { allowedEdits, editDistance, phonetic, STOPWORDS, tokenise, type Token } from './searchText'

export interface QueryWord {
  /** The word as typed (lower case). */
  typed: string
  term: string
  /** Candidate term id -> similarity in 0..1. */
  sims: Map<number, number>
  /** True when no exact or prefix term was found, so the candidates are guesses. */
  corrected: boolean
}

/** Longer input is cut: no student types 200 characters, and the work must stay bounded. */
export const MAX_QUERY_LENGTH = 200
export const MAX_WORDS = 8
const MAX_PREFIX_TERMS = 40
/** Field weight from which a term names or describes a specialism (not just its summary). */
export const STRONG = 0.8

function lowerBound(index: SearchIndex, term: string): number {
  let lo = 0
  let hi = index.sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((index.terms[index.sorted[mid] as number] as string) < term) lo = mid + 1
    else hi = mid
  }
  return lo
}

function addPrefixes(index: SearchIndex, term: string, sims: Map<number, number>) {
  if (term.length < 3) return
  // A whole word we know ("heart") is less likely the start of a longer one ("heartburn").
  const whole = (index.strength[index.termIds.get(term) ?? -1] ?? 0) >= STRONG ? 0.7 : 1
  for (let i = lowerBound(index, term), n = 0; i < index.sorted.length && n < MAX_PREFIX_TERMS; i++, n++) {
    const id = index.sorted[i] as number
    const candidate = index.terms[id] as string
    if (!candidate.startsWith(term)) break
    if (candidate !== term) sims.set(id, whole * (0.7 + (0.25 * term.length) / candidate.length))
  }
}

function addNearMisses(index: SearchIndex, term: string, sims: Map<number, number>) {
  const max = allowedEdits(term.length)
  if (max === 0) return
  const sound = phonetic(term)
  // Sound-alike keys are shorter than the word ("zzqqxx" -> "zqx"), so they get their own allowance.
  const soundMax = Math.min(max, allowedEdits(sound.length))
  for (let id = 0; id < index.terms.length; id++) {
    const candidate = index.terms[id] as string
    if (Math.abs(candidate.length - term.length) > max) continue
    const heard = editDistance(sound, index.phonetics[id] as string, soundMax)
    const distance = Math.min(editDistance(term, candidate, max), heard <= soundMax ? heard : Infinity)
    if (distance > max) continue
    // A typo more likely aims at a common word than at a rare one.
    const common = Math.min(0.08, 0.02 * Math.log2((index.postings[id] as number[]).length + 1))
    sims.set(id, 0.9 - 0.12 * distance + common)
  }
}

function sharedStart(a: string, b: string): number {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return i
}

/** One family of words: "audiologist" and "audiology", "cardiologist" and "cardiac". */
function addSameRoot(index: SearchIndex, term: string, sims: Map<number, number>) {
  if (term.length < 5) return
  const from = lowerBound(index, term.slice(0, 5))
  for (let i = from; i < index.sorted.length; i++) {
    const id = index.sorted[i] as number
    const candidate = index.terms[id] as string
    const shared = sharedStart(term, candidate)
    if (shared < 5) break
    if (shared < 0.6 * Math.max(term.length, candidate.length)) continue
    const sim = 0.5 + (0.35 * shared) / Math.max(term.length, candidate.length)
    if (sim > (sims.get(id) ?? 0)) sims.set(id, sim)
  }
}

function strongest(index: SearchIndex, sims: Map<number, number>): number {
  let best = 0
  for (const id of sims.keys()) best = Math.max(best, index.strength[id] as number)
  return best
}

const known = (index: SearchIndex, term: string) => (index.strength[index.termIds.get(term) ?? -1] ?? 0) >= STRONG

/** Words we have never seen, read another way: "peeing" as "pee", "eyesight" as "eye sight". */
function reshape(index: SearchIndex, tokens: Token[]): Token[] {
  const out: Token[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token
    const next = tokens[i + 1]
    const unknown = (t: Token) => !index.termIds.has(t.term)
    if (next && (unknown(token) || unknown(next)) && known(index, token.term + next.term)) {
      out.push({ term: token.term + next.term, start: token.start, end: next.end })
      i++
      continue
    }
    if (!unknown(token)) {
      out.push(token)
      continue
    }
    const base = token.term.replace(/(ing|ed|ers?)$/, '')
    const bases = [base, base.replace(/(.)\1$/, '$1'), `${base}e`]
    const found = base !== token.term ? bases.find((b) => b.length >= 3 && known(index, b)) : undefined
    if (found) {
      out.push({ ...token, term: found })
      continue
    }
    out.push(...split(index, token))
  }
  return out
}

function split(index: SearchIndex, token: Token): Token[] {
  for (let at = 3; at <= token.term.length - 3; at++) {
    const [left, right] = [token.term.slice(0, at), token.term.slice(at)]
    if (known(index, left) && known(index, right)) {
      return [
        { term: left, start: token.start, end: token.start + at },
        { term: right, start: token.start + at, end: token.end },
      ]
    }
  }
  return [token]
}

export function parseQuery(index: SearchIndex, query: string): QueryWord[] {
  const words: QueryWord[] = []
  const text = query.slice(0, MAX_QUERY_LENGTH)
  for (const token of reshape(index, tokenise(text).slice(0, MAX_WORDS * 2))) {
    if (STOPWORDS.has(token.term) || words.some((w) => w.term === token.term)) continue
    const sims = new Map<number, number>()
    const exact = index.termIds.get(token.term)
    if (exact !== undefined) sims.set(exact, 1)
    addPrefixes(index, token.term, sims)
    // A word we know is trusted as typed; only a word we have never seen is treated as a typo.
    const weak = strongest(index, sims) < STRONG
    const corrected = weak && exact === undefined
    if (weak) addSameRoot(index, token.term, sims)
    if (corrected) addNearMisses(index, token.term, sims)
    words.push({ typed: text.slice(token.start, token.end).toLowerCase(), term: token.term, sims, corrected })
    if (words.length === MAX_WORDS) break
  }
  return words
}
