import { describe, expect, it } from 'vitest'
import { EMULATED_BENCHMARK, EXCEPTIONS, heldTo, judge, measureAgain, slowdownFor } from '../../scripts/lighthouseBudget'
import { pageTypes } from '../../scripts/pageTypes'

describe('slowdownFor (Lighthouse CPU slowdown from the machine’s benchmark)', () => {
  it('is Lighthouse’s default 4x on this machine when quiet, and never more', () => {
    expect(slowdownFor(2500)).toBe(4)
    expect(slowdownFor(9000)).toBe(4)
  })

  it('keeps the emulated CPU the same when the machine is busy: benchmark ÷ slowdown is constant', () => {
    for (const index of [1500, 1905, 2200]) expect(index / slowdownFor(index)).toBeCloseTo(EMULATED_BENCHMARK, -1)
    expect(slowdownFor(1500)).toBe(2.4)
  })

  it('never speeds the page up', () => {
    expect(slowdownFor(400)).toBe(1)
    expect(slowdownFor(0)).toBe(1)
  })
})

const good = { scores: { performance: 99, accessibility: 100, 'best-practices': 100, seo: 100 }, lcp: 1000, floorLcp: 950, tbt: 120 }

describe('judge (a page’s medians against the budgets)', () => {
  it('passes a page that meets every budget', () => {
    expect(judge('/groupings/', good)).toEqual({ missed: [], reported: [] })
  })

  it('holds a page to every budget, and says by how much it missed', () => {
    const verdict = judge('/specialisms/*/', { ...good, scores: { ...good.scores, performance: 90, seo: 92 }, lcp: 1400, floorLcp: 1000, tbt: 260 })
    expect(verdict.missed.map((m) => m.budget)).toEqual(['performance', 'seo', 'lcpRatio', 'tbt'])
    expect(verdict.missed.map((m) => m.text)).toEqual(['performance 90 < 95', 'seo 92 < 100', 'LCP 1400 ms is 1.40x the script-less 1000 ms (max 1.3x)', 'TBT 260 ms > 200 ms'])
    expect(verdict.reported).toEqual([])
  })

  it('holds every page type the issue names, and every other one, to performance and TBT too', () => {
    const types = pageTypes().map((p) => p.type)
    for (const type of ['/', '/specialisms/*/', '/groupings/', '/glossary/', '404']) expect(types).toContain(type)
    for (const type of types.filter((t) => !EXCEPTIONS[t]?.budgets.includes('tbt'))) {
      const verdict = judge(type, { ...good, scores: { ...good.scores, performance: 90 }, tbt: 260 })
      expect(verdict.missed.map((m) => m.budget), type).toEqual(['performance', 'tbt'])
    }
    // Held on most page types: the exceptions are a few, each with its reason.
    expect(types.filter((t) => heldTo(t, 'tbt')).length).toBeGreaterThanOrEqual(types.length - 4)
  })

  it('reports, without failing, a budget EXCEPTIONS does not hold a page type to, and holds it to the rest', () => {
    expect(EXCEPTIONS['/compare/']?.budgets).toEqual(['performance', 'tbt'])
    const verdict = judge('/compare/', { ...good, scores: { ...good.scores, performance: 93 }, tbt: 300, lcp: 2000 })
    expect(verdict.reported).toEqual(['performance 93 < 95', 'TBT 300 ms > 200 ms'])
    expect(verdict.missed.map((m) => m.budget)).toEqual(['lcpRatio'])
  })

  it('fails a page whose floor was not measured rather than passing it', () => {
    expect(judge('/', { ...good, floorLcp: Number.NaN }).missed.map((m) => m.budget)).toEqual(['lcpRatio'])
  })

  it('measures again a page that missed only what moves with the machine, never one that missed accessibility', () => {
    expect(measureAgain(judge('/', { ...good, tbt: 250 }))).toBe(true)
    expect(measureAgain(judge('/', { ...good, lcp: 2000 }))).toBe(true)
    expect(measureAgain(judge('/', { ...good, tbt: 250, scores: { ...good.scores, accessibility: 98 } }))).toBe(false)
    expect(measureAgain(judge('/', good))).toBe(false)
    expect(measureAgain(judge('/compare/', { ...good, tbt: 250 }))).toBe(false)
  })

  it('holds no exception for a page type that does not exist, nor one that changes nothing', () => {
    for (const [type, exception] of Object.entries(EXCEPTIONS)) {
      expect(pageTypes().map((p) => p.type)).toContain(type)
      expect(exception.why.length).toBeGreaterThan(20)
      expect(exception.budgets.length).toBeGreaterThan(0)
    }
    expect(heldTo('/compare/', 'lcpRatio')).toBe(true)
  })
})
