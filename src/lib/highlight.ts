// Cuts a text into plain and highlighted pieces from search match ranges, so a template can
// render <mark> around matches with text interpolation only (never HTML).

export interface Piece {
  text: string
  mark: boolean
}

/** `ranges` are inclusive [start, end] pairs, as search hits give them; any order, may overlap. */
export function highlight(text: string, ranges: readonly (readonly [number, number])[] = []): Piece[] {
  const clean = ranges
    .map(([start, end]) => [Math.max(0, Math.floor(start)), Math.min(text.length - 1, Math.floor(end))] as const)
    .filter(([start, end]) => Number.isFinite(start) && Number.isFinite(end) && start <= end)
    .sort((a, b) => a[0] - b[0])
  const pieces: Piece[] = []
  let at = 0
  for (const [start, end] of clean) {
    if (end < at) continue
    const from = Math.max(start, at)
    if (from > at) pieces.push({ text: text.slice(at, from), mark: false })
    const last = pieces[pieces.length - 1]
    // Touching ranges ("blood" + " " + "test" when both match) read better as one mark.
    if (last?.mark && from === at) last.text += text.slice(from, end + 1)
    else pieces.push({ text: text.slice(from, end + 1), mark: true })
    at = end + 1
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: false })
  return pieces
}
