import { describe, expect, it } from 'vitest'
import { formatPayStep, formatPounds, specialistPay } from '@/lib/pay'
import type { Band } from '@/lib/types'

// A tiny ladder: three levels below consultant, and consultant on top.
const LEVELS = [
  { id: 'assistant', name: 'Assistant', order: 1, bands: ['3', '2'] as Band[] },
  { id: 'practitioner', name: 'Practitioner', order: 3, bands: ['6', '5'] as Band[] },
  { id: 'clinical-scientist', name: 'Clinical scientist', order: 4, bands: ['7', '8a'] as Band[] },
  { id: 'consultant', name: 'Consultant', order: 5, bands: ['8c', '9'] as Band[] },
]
const catalogue = {
  level: (id: string) => LEVELS.find((l) => l.id === id),
  bandsFor: (s: { bands: Record<string, readonly Band[]> }, id: string) => s.bands[id] ?? LEVELS.find((l) => l.id === id)?.bands ?? [],
}
const POINTS: Partial<Record<Band, number[]>> = { '2': [20000], '5': [30000, 32000, 36000], '6': [38000, 45000], '7': [47000, 54000] }
const payFor = (band: Band) => POINTS[band]
const pay = (levels: string[], bands: Record<string, Band[]> = {}) => specialistPay(catalogue, { levels, bands }, payFor)

describe('specialistPay', () => {
  it('gives the first band of the first level, and of the highest level below consultant', () => {
    expect(pay(['consultant', 'assistant', 'clinical-scientist'])).toEqual({
      entry: { levelId: 'assistant', levelName: 'Assistant', band: '2', pay: { min: 20000, max: 20000 } },
      qualified: { levelId: 'clinical-scientist', levelName: 'Clinical scientist', band: '7', pay: { min: 47000, max: 54000 } },
    })
  })

  it('differs by specialism: a practitioner-led one qualifies at band 5', () => {
    expect(pay(['assistant', 'practitioner'])?.qualified).toEqual({
      levelId: 'practitioner',
      levelName: 'Practitioner',
      band: '5',
      pay: { min: 30000, max: 36000 },
    })
  })

  it('uses the specialism’s own bands for a level where its data gives them', () => {
    expect(pay(['assistant', 'practitioner'], { practitioner: ['8a', '6'] })?.qualified).toEqual({
      levelId: 'practitioner',
      levelName: 'Practitioner',
      band: '6',
      pay: { min: 38000, max: 45000 },
    })
  })

  it('leaves out "qualified" when the first level is the qualified one', () => {
    expect(pay(['clinical-scientist', 'consultant'])).toEqual({
      entry: { levelId: 'clinical-scientist', levelName: 'Clinical scientist', band: '7', pay: { min: 47000, max: 54000 } },
    })
  })

  it('gives a band without pay when there is no figure (a nation with no sourced table)', () => {
    expect(specialistPay(catalogue, { levels: ['practitioner'], bands: {} }, () => undefined)).toEqual({
      entry: { levelId: 'practitioner', levelName: 'Practitioner', band: '5' },
    })
  })

  it('gives nothing for unknown levels or levels without bands', () => {
    expect(pay(['wizard'])).toBeUndefined()
    expect(pay(['assistant'], { assistant: [] })).toBeUndefined()
  })
})

describe('formatPayStep', () => {
  it.each([
    [{ levelId: 'a', levelName: 'A', band: '7' as Band, pay: { min: 47000, max: 54000 } }, 'band 7, £47,000 to £54,000'],
    [{ levelId: 'a', levelName: 'A', band: '2' as Band, pay: { min: 20000, max: 20000 } }, 'band 2, £20,000'],
    [{ levelId: 'a', levelName: 'A', band: '5' as Band }, 'band 5'],
  ])('%j -> %s', (step, text) => {
    expect(formatPayStep(step)).toBe(text)
  })
})

describe('formatPounds', () => {
  const intl = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 })
  it('writes whole pounds exactly as en-GB currency formatting does', () => {
    const amounts = [0, -0, 1, 9, 10, 99, 100, 999, 1000, 1001, 9999, 24_465, 31_049, 99_999, 100_000, 123_456, 1_000_000, 12_345_678]
    const halves = [0.4, 0.5, 0.6, 999.5, 29_999.49, 29_999.5, -0.5, -1, -1234, -31_049.5]
    for (const amount of [...amounts, ...halves]) expect(formatPounds(amount), String(amount)).toBe(intl.format(amount))
  })
})
