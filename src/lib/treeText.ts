// Label sizes for the tree layout. src/lib cannot measure text, so widths are estimated per character
// from a table of generous glyph widths (the e2e test checks real bounding boxes).

export interface TextStyle {
  size: number
  bold: boolean
}

/** Returns the rendered width of `text` in px; pass a real measurer (canvas) or use the estimate. */
export type MeasureText = (text: string, style: TextStyle) => number

// Advance widths in em of DejaVu Sans (what system-ui resolves to on Debian's Chromium, and wider than
// Segoe UI, San Francisco and Roboto), rounded up to 0.05 em: a safe estimate for every system font.
const REGULAR: Record<string, string> = {
  '0.3': "ijlIJ'",
  '0.35': 'f ,.’/:',
  '0.4': 'rt()-',
  '0.55': 'cosz',
  '0.6': 'ekvxyFLP',
  '0.65': '0123456789abdghnpquESTY',
  '0.7': 'ABCKRVXZ',
  '0.75': 'HNU',
  '0.8': 'DGOQ&',
  '0.85': 'w',
  '0.9': 'M',
  '1': 'mW',
}
const BOLD: Record<string, string> = {
  '0.35': "ijl '",
  '0.4': 'IJ,.’/:',
  '0.45': 'f-',
  '0.5': 'rt()',
  '0.6': 'csz',
  '0.65': 'vxyL',
  '0.7': '0123456789aekoEFT',
  '0.75': 'bdghnpquCPSYZ',
  '0.8': 'ABKRVX',
  '0.85': 'DGHNOQU',
  '0.9': '&',
  '0.95': 'w',
  '1': 'M',
  '1.05': 'm',
  '1.1': 'W',
}
const table = (widths: Record<string, string>) =>
  new Map(Object.entries(widths).flatMap(([em, chars]) => [...chars].map((c) => [c, Number(em)] as const)))
const EM = { regular: table(REGULAR), bold: table(BOLD) }
const OTHER = { regular: 0.8, bold: 0.9 }
/** A little extra for kerning and hinting differences. */
const SAFETY = 1.03

export const estimateTextWidth: MeasureText = (text, style) => {
  const widths = style.bold ? EM.bold : EM.regular
  const other = style.bold ? OTHER.bold : OTHER.regular
  let em = 0
  for (const char of text) em += widths.get(char) ?? other
  return em * style.size * SAFETY
}

/** Breaks a word that is wider than the line on its own (rare: long compound words on 320 px). */
function splitLongWord(word: string, maxWidth: number, style: TextStyle, measure: MeasureText): string[] {
  const parts: string[] = []
  let part = ''
  for (const char of word) {
    if (part && measure(`${part}${char}-`, style) > maxWidth) {
      parts.push(`${part}-`)
      part = char
    } else part += char
  }
  return part ? [...parts, part] : parts
}

/** Greedy word wrap: the fewest lines whose measured width stays within `maxWidth`. */
export function wrapText(text: string, maxWidth: number, style: TextStyle, measure: MeasureText = estimateTextWidth): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.trim().split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word
    if (measure(candidate, style) <= maxWidth) {
      line = candidate
      continue
    }
    if (line) lines.push(line)
    if (measure(word, style) <= maxWidth) line = word
    else {
      const parts = splitLongWord(word, maxWidth, style, measure)
      line = parts.pop() ?? ''
      lines.push(...parts)
    }
  }
  if (line) lines.push(line)
  return lines
}
