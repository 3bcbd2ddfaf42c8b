// Scoring: one pass over the occurrences of the candidate terms, then one pass over the values
// they touched. Typed arrays reused from query to query, marked with a stamp instead of cleared,
// so a word found in every one of 10,000 specialisms ("science") costs milliseconds, not a
// garbage-collection storm.
import type { IndexedValue, SearchIndex } from './searchIndex'
import { MAX_WORDS, type QueryWord } from './searchQuery'

const WHOLE_VALUE_BONUS = 0.3
const PHRASE_BONUS = 0.15
const BREADTH_BONUS = 0.03
/** The highest raw score a specialism can reach, to turn raw scores into 0 (best) .. 1. */
export const MAX_RAW = 1 + WHOLE_VALUE_BONUS + BREADTH_BONUS * 6
const W = MAX_WORDS

class Scratch {
  epoch = 0
  /** Where each specialism's values start in one flat numbering of all values. */
  readonly base: Int32Array
  readonly stamp: Int32Array
  readonly slot: Int32Array
  readonly docStamp: Int32Array
  readonly docSlot: Int32Array
  readonly docBest: Float64Array
  readonly docFields: Int32Array
  readonly docBonus: Float64Array
  readonly docs: Int32Array
  // Touched values, grown on demand.
  vDoc = new Int32Array(1024)
  vValue = new Int32Array(1024)
  vHits = new Int32Array(1024)
  vBest = new Float64Array(1024 * W)
  vAt = new Int32Array(1024 * W)

  constructor(index: SearchIndex) {
    const count = index.docs.length
    this.base = new Int32Array(count + 1)
    index.docs.forEach((values, doc) => (this.base[doc + 1] = (this.base[doc] as number) + values.length))
    const total = this.base[count] as number
    this.stamp = new Int32Array(total)
    this.slot = new Int32Array(total)
    this.docStamp = new Int32Array(count)
    this.docSlot = new Int32Array(count)
    this.docBest = new Float64Array(count * W)
    this.docFields = new Int32Array(count * W)
    this.docBonus = new Float64Array(count)
    this.docs = new Int32Array(count)
  }

  grow(size: number) {
    if (size <= this.vDoc.length) return
    const cap = Math.max(size, this.vDoc.length * 2)
    const copy = <T extends Int32Array | Float64Array>(old: T, make: (n: number) => T, n: number) => {
      const next = make(n)
      next.set(old)
      return next
    }
    this.vDoc = copy(this.vDoc, (n) => new Int32Array(n), cap)
    this.vValue = copy(this.vValue, (n) => new Int32Array(n), cap)
    this.vHits = copy(this.vHits, (n) => new Int32Array(n), cap)
    this.vBest = copy(this.vBest, (n) => new Float64Array(n), cap * W)
    this.vAt = copy(this.vAt, (n) => new Int32Array(n), cap * W)
  }
}

const scratches = new WeakMap<SearchIndex, Scratch>()

/** Raw score (higher is better) of every specialism that shares a term with the query. */
export function scoreAll(index: SearchIndex, words: readonly QueryWord[]): { doc: number; raw: number }[] {
  let s = scratches.get(index)
  if (!s) scratches.set(index, (s = new Scratch(index)))
  s.epoch++
  const touched = collect(index, s, words)
  return fold(index, s, words.length, touched)
}

function collect(index: SearchIndex, s: Scratch, words: readonly QueryWord[]): number {
  let touched = 0
  for (let i = 0; i < words.length; i++) {
    for (const [term, sim] of (words[i] as QueryWord).sims) {
      const occurrences = index.occurrences[term] as number[]
      s.grow(touched + occurrences.length / 3)
      for (let k = 0; k < occurrences.length; k += 3) {
        const doc = occurrences[k] as number
        const flat = (s.base[doc] as number) + (occurrences[k + 1] as number)
        let slot = s.slot[flat] as number
        if (s.stamp[flat] !== s.epoch) {
          s.stamp[flat] = s.epoch
          slot = touched++
          s.slot[flat] = slot
          s.vDoc[slot] = doc
          s.vValue[slot] = occurrences[k + 1] as number
          s.vHits[slot] = 0
          s.vBest.fill(0, slot * W, slot * W + W)
        }
        s.vHits[slot] = (s.vHits[slot] as number) + 1
        if (sim > (s.vBest[slot * W + i] as number)) {
          s.vBest[slot * W + i] = sim
          s.vAt[slot * W + i] = occurrences[k + 2] as number
        }
      }
    }
  }
  return touched
}

function fold(index: SearchIndex, s: Scratch, n: number, touched: number): { doc: number; raw: number }[] {
  let count = 0
  for (let slot = 0; slot < touched; slot++) {
    const doc = s.vDoc[slot] as number
    let d = s.docSlot[doc] as number
    if (s.docStamp[doc] !== s.epoch) {
      s.docStamp[doc] = s.epoch
      d = count++
      s.docSlot[doc] = d
      s.docs[d] = doc
      s.docBonus[d] = 0
      s.docBest.fill(0, d * W, d * W + W)
      s.docFields.fill(0, d * W, d * W + W)
    }
    const value = (index.docs[doc] as IndexedValue[])[s.vValue[slot] as number] as IndexedValue
    const length = value.terms.length
    // Matching most of a short value ("heart") says more than one word of a long one.
    const norm = 0.8 + (0.2 * Math.min(length, s.vHits[slot] as number)) / length
    let all = true
    let inOrder = true
    let sum = 0
    for (let i = 0; i < n; i++) {
      const sim = s.vBest[slot * W + i] as number
      if (sim === 0) {
        all = false
        continue
      }
      s.docBest[d * W + i] = Math.max(s.docBest[d * W + i] as number, sim * value.weight * norm)
      s.docFields[d * W + i] = (s.docFields[d * W + i] as number) | value.bit
      sum += sim
      if (i > 0 && s.vAt[slot * W + i] !== (s.vAt[slot * W + i - 1] as number) + 1) inOrder = false
    }
    if (!all) continue
    const extra = inOrder && length === n ? WHOLE_VALUE_BONUS : inOrder && n > 1 ? PHRASE_BONUS : 0
    s.docBonus[d] = Math.max(s.docBonus[d] as number, (extra * sum * value.weight) / n)
  }
  const scored: { doc: number; raw: number }[] = new Array(count)
  for (let d = 0; d < count; d++) {
    let total = 0
    for (let i = 0; i < n; i++) {
      const best = s.docBest[d * W + i] as number
      if (best > 0) total += best + BREADTH_BONUS * (bitCount(s.docFields[d * W + i] as number) - 1)
    }
    scored[d] = { doc: s.docs[d] as number, raw: total / n + (s.docBonus[d] as number) }
  }
  return scored
}

function bitCount(bits: number): number {
  let count = 0
  for (let b = bits; b; b &= b - 1) count++
  return count
}
