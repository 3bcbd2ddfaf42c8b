// Link-preview images (Open Graph, 1200×630 PNG), drawn at build time: one per specialism and per
// grouping (its name, its grouping's colour and its one-line summary) and one for every other page.
// An SVG template is drawn to PNG by resvg with the Liberation Sans files in scripts/fonts (OFL), so
// the images are the same on every machine and need no system font, no service and no network.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Resvg } from '@resvg/resvg-js'
import { fontMetrics, type FontMetrics } from './fontMetrics.ts'
import type { AllData } from '../src/lib/types.ts'
import { groupingImagePath, siteImagePath, specialismImagePath } from '../src/router/paths.ts'
import { SITE_NAME } from '../src/lib/site.ts'

export const OG_WIDTH = 1200
export const OG_HEIGHT = 630
const INK = '#1b1f24'
const INK_SOFT = '#4a5260'
const BRAND = '#1f5aa6'
const FONT_DIR = fileURLToPath(new URL('./fonts/', import.meta.url))
const FONT_FILES = { regular: join(FONT_DIR, 'LiberationSans-Regular.ttf'), bold: join(FONT_DIR, 'LiberationSans-Bold.ttf') }

export interface Fonts {
  regular: FontMetrics
  bold: FontMetrics
}

export function loadFonts(): Fonts {
  return { regular: fontMetrics(readFileSync(FONT_FILES.regular)), bold: fontMetrics(readFileSync(FONT_FILES.bold)) }
}

/** Greedy word wrap into at most `maxLines` lines of at most `maxWidth` px; an overflow ends in "…". */
export function wrapText(text: string, font: FontMetrics, size: number, maxWidth: number, maxLines: number): { lines: string[]; fits: boolean } {
  const words = text.trim().split(/\s+/)
  const lines: string[] = []
  let line = ''
  for (let i = 0; i < words.length; i++) {
    const tryLine = line ? `${line} ${words[i]}` : words[i]!
    if (font.width(tryLine, size) <= maxWidth || !line) {
      line = tryLine
      continue
    }
    lines.push(line)
    line = words[i]!
    if (lines.length === maxLines) {
      // No room for the rest: end the last line with an ellipsis that fits.
      let last = lines[maxLines - 1]!
      while (last.includes(' ') && font.width(`${last}…`, size) > maxWidth) last = last.slice(0, last.lastIndexOf(' '))
      lines[maxLines - 1] = `${last.replace(/[\s,;:.]+$/, '')}…`
      return { lines, fits: false }
    }
  }
  if (line) lines.push(line)
  return { lines, fits: lines.every((l) => font.width(l, size) <= maxWidth) }
}

/** As many whole sentences as fit; only a first sentence too long on its own is cut with "…". */
export function wrapSentences(text: string, font: FontMetrics, size: number, maxWidth: number, maxLines: number): { lines: string[]; fits: boolean } {
  const sentences = text.trim().match(/[^.!?]+[.!?]+(?=\s|$)|[^.!?]+$/g) ?? [text]
  for (let n = sentences.length; n > 0; n--) {
    const wrapped = wrapText(sentences.slice(0, n).join('').trim(), font, size, maxWidth, maxLines)
    if (wrapped.fits) return wrapped
  }
  return wrapText(text, font, size, maxWidth, maxLines)
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

export interface Card {
  /** Small coloured line above the title, e.g. the grouping's name. */
  label: string
  title: string
  /** One plain line under the title (wrapped to at most three). */
  line: string
  colour: string
  /** Colours of the band along the bottom; the card's colour when left out. */
  band?: string[]
}

const PAD = 80
const TEXT_WIDTH = OG_WIDTH - 2 * PAD

/** The SVG of one preview image. Exported for tests; `renderPng` draws it. */
export function cardSvg(card: Card, fonts: Fonts): string {
  // The title takes two lines at most: the largest size from this list at which it fits.
  let titleSize = 84
  let title = wrapText(card.title, fonts.bold, titleSize, TEXT_WIDTH, 2)
  for (const size of [76, 68, 60, 54]) {
    if (title.fits) break
    titleSize = size
    title = wrapText(card.title, fonts.bold, size, TEXT_WIDTH, 2)
  }
  const lineSize = 36
  const line = wrapSentences(card.line, fonts.regular, lineSize, TEXT_WIDTH, title.lines.length > 1 ? 2 : 3)
  const labelY = 116
  const titleY = labelY + 24 + titleSize
  const titleStep = Math.round(titleSize * 1.1)
  const lineY = titleY + (title.lines.length - 1) * titleStep + 40 + lineSize
  const band = card.band ?? [card.colour]
  const bandWidth = OG_WIDTH / band.length
  const tspans = (lines: string[], x: number, y: number, step: number) =>
    lines.map((l, i) => `<tspan x="${x}" y="${y + i * step}">${escapeXml(l)}</tspan>`).join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">
<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#ffffff"/>
<rect width="20" height="${OG_HEIGHT}" fill="${card.colour}"/>
${band.map((c, i) => `<rect x="${i * bandWidth}" y="${OG_HEIGHT - 20}" width="${bandWidth}" height="20" fill="${c}"/>`).join('')}
<text font-family="Liberation Sans" font-weight="700" font-size="32" fill="${card.colour}">${tspans([card.label], PAD, labelY, 0)}</text>
<text font-family="Liberation Sans" font-weight="700" font-size="${titleSize}" fill="${INK}">${tspans(title.lines, PAD, titleY, titleStep)}</text>
<text font-family="Liberation Sans" font-size="${lineSize}" fill="${INK_SOFT}">${tspans(line.lines, PAD, lineY, Math.round(lineSize * 1.35))}</text>
${logo(PAD, OG_HEIGHT - 116, 56, card.colour)}
<text font-family="Liberation Sans" font-weight="700" font-size="30" fill="${INK}"><tspan x="${PAD + 76}" y="${OG_HEIGHT - 77}">${escapeXml(SITE_NAME)}</tspan></text>
</svg>`
}

/** The site's mark (the shape of public/favicon.svg), `size` px square at (x, y). */
export function logo(x: number, y: number, size: number, colour = BRAND, corner = 8): string {
  return `<svg x="${x}" y="${y}" width="${size}" height="${size}" viewBox="0 0 32 32"><rect width="32" height="32" rx="${corner}" fill="${colour}"/><circle cx="16" cy="9" r="3.5" fill="#fff"/><circle cx="8" cy="23" r="3.5" fill="#fff"/><circle cx="24" cy="23" r="3.5" fill="#fff"/><path d="M16 12v5M16 17l-7 4M16 17l7 4" stroke="#fff" stroke-width="2" fill="none"/></svg>`
}

/** Draws an SVG to PNG with the committed fonts only (font files load far faster than font buffers). */
export function renderPng(svg: string, width?: number): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles: Object.values(FONT_FILES), loadSystemFonts: false, defaultFontFamily: 'Liberation Sans' },
    ...(width ? { fitTo: { mode: 'width' as const, value: width } } : {}),
  })
  return resvg.render().asPng()
}

/** Every preview image: where it goes (a path from src/router/paths.ts) and what it shows. */
export function ogCards(data: AllData): { path: string; card: Card }[] {
  const colourOf = new Map(data.groupings.map((g) => [g.id, g.colour]))
  const nameOf = new Map(data.groupings.map((g) => [g.id, g.shortName]))
  const site: Card = {
    label: 'NHS careers for students, teachers and advisers',
    title: 'Healthcare science careers',
    line: `Explore more than ${Math.floor(data.specialisms.length / 10) * 10} jobs in NHS healthcare science: what the work is like, how to get in and what it pays.`,
    colour: BRAND,
    band: data.groupings.map((g) => g.colour),
  }
  return [
    { path: siteImagePath(), card: site },
    ...data.groupings.map((g) => ({
      path: groupingImagePath(g.id),
      card: { label: `Healthcare science grouping · ${data.specialisms.filter((s) => s.grouping === g.id).length} specialisms`, title: g.name, line: g.summary, colour: g.colour },
    })),
    ...data.specialisms.map((s) => ({
      path: specialismImagePath(s.id),
      card: { label: nameOf.get(s.grouping) ?? '', title: s.name, line: s.summary, colour: colourOf.get(s.grouping) ?? BRAND },
    })),
  ]
}

/** Draws every preview image into dist/; returns how many, their total size and the time taken. */
export function writeOgImages(dist: string, data: AllData): { count: number; bytes: number; ms: number } {
  const started = performance.now()
  const fonts = loadFonts()
  let bytes = 0
  const cards = ogCards(data)
  for (const { path, card } of cards) {
    const png = renderPng(cardSvg(card, fonts))
    const file = join(dist, path.slice(1))
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, png)
    bytes += png.length
  }
  return { count: cards.length, bytes, ms: Math.round(performance.now() - started) }
}
