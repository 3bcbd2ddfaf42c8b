// The slide number a deck's address asks for. Pure functions, in a file of their own: boot.ts, which
// every page loads, reads it (slideToShowEarly), and should not bring the keys and swipes with it.

/** Slide numbers in the URL start at 1. Junk, fractions and out-of-range values go to the nearest
 * slide: "-1" and "0" to the first, "9999" to the last, "abc" (or nothing) to the first. */
export function parseSlide(raw: unknown, count: number): number {
  const last = Math.max(1, count)
  const text = Array.isArray(raw) ? raw[0] : raw
  if (typeof text !== 'string' || !/^\s*[+-]?\d+(\.\d+)?\s*$/.test(text)) return 1
  return clampSlide(Math.round(Number(text)), last)
}

export function clampSlide(n: number, count: number): number {
  if (!Number.isFinite(n)) return 1
  return Math.min(Math.max(1, Math.trunc(n)), Math.max(1, count))
}

/** The slide a link asks a prerendered deck to show at once, before the app has started (`search`: the
 * address's query; `prerendered`: how many slides the page holds), or null: when that is the first
 * (shown already), when the page holds no deck, or when the deck is made for chosen specialisms
 * (?s=), whose slides are not the prerendered ones (the app draws those). Read as the app reads it
 * (parseSlide, the first of repeated values), so the app, starting, finds the slide it would show. */
export function slideToShowEarly(search: string, prerendered: number): number | null {
  const params = new URLSearchParams(search)
  if (prerendered < 2 || params.has('s')) return null
  const n = parseSlide(params.get('slide') ?? undefined, prerendered)
  return n > 1 ? n : null
}
