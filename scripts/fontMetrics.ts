// Advance widths from a TrueType file, so the build can wrap text in an SVG before resvg draws it
// (SVG text does not wrap). Reads only what measuring needs: head (units per em), hhea and hmtx
// (advance widths) and a Unicode cmap (format 4 or 12). Kerning is left out: it only narrows a line.
import { readFileSync } from 'node:fs'

export interface FontMetrics {
  /** Width of `text` in pixels at `size` px. */
  width(text: string, size: number): number
}

export function loadFontMetrics(file: string): FontMetrics {
  return fontMetrics(readFileSync(file))
}

export function fontMetrics(bytes: Uint8Array): FontMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const tables = new Map<string, number>()
  const count = view.getUint16(4)
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16
    const tag = String.fromCharCode(...bytes.subarray(at, at + 4))
    tables.set(tag, view.getUint32(at + 8))
  }
  const table = (tag: string) => {
    const at = tables.get(tag)
    if (at === undefined) throw new Error(`font has no ${tag} table`)
    return at
  }
  const unitsPerEm = view.getUint16(table('head') + 18)
  const metricsCount = view.getUint16(table('hhea') + 34)
  const hmtx = table('hmtx')
  const advance = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, metricsCount - 1))
  const glyphOf = cmapLookup(view, table('cmap'))
  const cache = new Map<number, number>()
  const charWidth = (code: number) => {
    let w = cache.get(code)
    if (w === undefined) {
      w = advance(glyphOf(code)) / unitsPerEm
      cache.set(code, w)
    }
    return w
  }
  return {
    width(text, size) {
      let sum = 0
      for (const ch of text) sum += charWidth(ch.codePointAt(0)!)
      return sum * size
    },
  }
}

function cmapLookup(view: DataView, cmap: number): (code: number) => number {
  const subtables = view.getUint16(cmap + 2)
  let format4 = -1
  let format12 = -1
  for (let i = 0; i < subtables; i++) {
    const platform = view.getUint16(cmap + 4 + i * 8)
    const encoding = view.getUint16(cmap + 6 + i * 8)
    const at = cmap + view.getUint32(cmap + 8 + i * 8)
    const format = view.getUint16(at)
    if (platform === 3 && encoding === 10 && format === 12) format12 = at
    if ((platform === 3 && encoding === 1) || platform === 0) {
      if (format === 4 && format4 < 0) format4 = at
    }
  }
  if (format12 >= 0) {
    const groups = view.getUint32(format12 + 12)
    return (code) => {
      for (let g = 0; g < groups; g++) {
        const at = format12 + 16 + g * 12
        const start = view.getUint32(at)
        if (code >= start && code <= view.getUint32(at + 4)) return view.getUint32(at + 8) + code - start
      }
      return 0
    }
  }
  if (format4 < 0) throw new Error('font has no Unicode cmap')
  const segments = view.getUint16(format4 + 6) / 2
  const ends = format4 + 14
  const starts = ends + segments * 2 + 2
  const deltas = starts + segments * 2
  const offsets = deltas + segments * 2
  return (code) => {
    for (let s = 0; s < segments; s++) {
      if (code > view.getUint16(ends + s * 2)) continue
      const start = view.getUint16(starts + s * 2)
      if (code < start) return 0
      const delta = view.getInt16(deltas + s * 2)
      const offset = view.getUint16(offsets + s * 2)
      if (offset === 0) return (code + delta) & 0xffff
      const glyph = view.getUint16(offsets + s * 2 + offset + 2 * (code - start))
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff
    }
    return 0
  }
}
