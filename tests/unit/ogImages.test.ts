import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { Resvg } from '@resvg/resvg-js'
import { cardSvg, loadFonts, ogCards, renderPng, wrapSentences, wrapText } from '../../scripts/ogImages'
import { loadData } from '../../scripts/readData'
import { siteOrigin, siteUrl } from '@/lib/site'

const root = fileURLToPath(new URL('../..', import.meta.url))
const fonts = loadFonts()
const data = loadData(root)
if (!data.ok) throw new Error(data.errors.join('\n'))

describe('wrapText', () => {
  it('breaks between words within the width, and ends an overflow with an ellipsis', () => {
    const { lines, fits } = wrapText('one two three four five six seven eight', fonts.regular, 36, 200, 2)
    expect(fits).toBe(false)
    expect(lines).toHaveLength(2)
    expect(lines[1]).toMatch(/…$/)
    for (const line of lines) expect(fonts.regular.width(line, 36)).toBeLessThanOrEqual(200)
  })

  it('keeps whole sentences where it can', () => {
    const text = 'A short first sentence. Then a second sentence that is far too long to fit in the lines that are left over here.'
    expect(wrapSentences(text, fonts.regular, 36, 1040, 1)).toEqual({ lines: ['A short first sentence.'], fits: true })
  })

  it('measures as the renderer draws (Liberation Sans advance widths)', () => {
    // "W" is wider than "i" in any sans; the exact figures come from the committed font file.
    expect(fonts.bold.width('WWWW', 100)).toBeGreaterThan(3 * fonts.bold.width('iiii', 100))
    const text = 'Histocompatibility and immunogenetics'
    const drawn = new Resvg(
      `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="200"><text x="0" y="100" font-family="Liberation Sans" font-weight="700" font-size="80">${text}</text></svg>`,
      { font: { fontFiles: [`${root}/scripts/fonts/LiberationSans-Bold.ttf`], loadSystemFonts: false } },
    ).getBBox()!
    expect(Math.abs(fonts.bold.width(text, 80) - drawn.width - drawn.x) / drawn.width).toBeLessThan(0.01)
  })
})

describe('the preview images', () => {
  const cards = ogCards(data.data)

  it('has one image per specialism and grouping, and one for the site', () => {
    expect(cards).toHaveLength(data.data.specialisms.length + data.data.groupings.length + 1)
    expect(new Set(cards.map((c) => c.path)).size).toBe(cards.length)
    expect(cards.map((c) => c.path)).toContain('/og/specialisms/audiology.png')
    expect(cards.map((c) => c.path)).toContain('/og/groupings/bioinformatics.png')
  })

  it('never cuts a name: every title is whole, on at most two lines', () => {
    for (const { card } of cards) {
      const svg = cardSvg(card, fonts)
      const title = [...svg.matchAll(/font-size="(\d+)" fill="#1b1f24">(.*?)<\/text>/g)][0]!
      const shown = [...title[2]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(' ')
      expect(shown.replace(/&#38;/g, '&'), card.title).toBe(card.title)
      expect(Number(title[1]), card.title).toBeGreaterThanOrEqual(54)
    }
  })

  it('escapes text for XML', () => {
    const svg = cardSvg({ label: 'A & B', title: '<script>', line: '"quoted"', colour: '#000000' }, fonts)
    expect(svg).not.toContain('<script>')
    expect(svg).toContain('&#60;script&#62;')
  })

  it('draws a 1200×630 PNG', () => {
    const png = renderPng(cardSvg(cards[0]!.card, fonts))
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630])
  })
})

describe('site addresses', () => {
  it('reads only an http(s) origin from SITE_URL', () => {
    expect(siteOrigin('https://careers.example.org/some/path/')).toBe('https://careers.example.org')
    expect(siteOrigin(' http://localhost:8080 ')).toBe('http://localhost:8080')
    expect(siteOrigin(undefined)).toBe('')
    expect(siteOrigin('')).toBe('')
    expect(siteOrigin('javascript:alert(1)')).toBe('')
    expect(siteOrigin('not a url')).toBe('')
  })

  it('is absolute with an origin and base-path correct without one', () => {
    expect(siteUrl('https://x.org', '/careers/', '/og/site.png')).toBe('https://x.org/careers/og/site.png')
    expect(siteUrl('', '/careers/', '/og/site.png')).toBe('/careers/og/site.png')
    expect(siteUrl('', '/', '/og/site.png')).toBe('/og/site.png')
  })
})
