import { describe, expect, it } from 'vitest'
import { EMULATED_BENCHMARK, EXCEPTIONS, PERF_BUDGETS, heldTo, whyNotHeld, judge, measureAgain, slowdownFor } from '../../scripts/lighthouseBudget'
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

  it('holds every page type to every budget: EXCEPTIONS names none', () => {
    const types = pageTypes().map((p) => p.type)
    expect(types.length).toBe(17)
    for (const type of types) for (const budget of [...PERF_BUDGETS, 'lcpRatio', 'seo'] as const) expect(heldTo(type, budget), `${type} ${budget}`).toBe(true)
    expect(Object.keys(EXCEPTIONS)).toEqual([])
    const slow = { ...good, scores: { ...good.scores, performance: 90, seo: 92 }, lcp: 1400, floorLcp: 1000, tbt: 260 }
    for (const type of types) {
      expect(judge(type, { ...good, tbt: 260 }).missed.map((m) => m.budget), type).toEqual(['tbt'])
      expect(judge(type, slow).missed.map((m) => m.budget), type).toEqual(['performance', 'seo', 'lcpRatio', 'tbt'])
    }
    expect(whyNotHeld('/quiz/')).toBe('held to every budget')
  })

  it('reports, without failing, a budget an exception names for a page type, and holds it to the rest', () => {
    const exceptions = { '/present/*/': { budgets: ['lcpRatio' as const], why: 'the slide a link asks for is drawn by the app' } }
    const verdict = judge('/present/*/', { ...good, lcp: 2000, scores: { ...good.scores, seo: 92 } }, exceptions)
    expect(verdict.reported).toEqual(['LCP 2000 ms is 2.11x the script-less 950 ms (max 1.3x)'])
    expect(verdict.missed.map((m) => m.budget)).toEqual(['seo'])
    expect(measureAgain(verdict)).toBe(false)
    expect(judge('/present/*/', { ...good, lcp: 2000 }, exceptions)).toEqual({ missed: [], reported: [verdict.reported[0]] })
    expect(judge('/compare/', { ...good, lcp: 2000 }, exceptions).missed.map((m) => m.budget)).toEqual(['lcpRatio'])
    expect(whyNotHeld('/present/*/', exceptions)).toMatch(/slide/)
    expect(heldTo('/present/*/', 'tbt', exceptions)).toBe(true)
  })

  it('fails a page whose floor was not measured rather than passing it', () => {
    expect(judge('/', { ...good, floorLcp: Number.NaN }).missed.map((m) => m.budget)).toEqual(['lcpRatio'])
  })

  it('measures again a page that missed only what moves with the machine, never one that missed accessibility', () => {
    expect(measureAgain(judge('/', { ...good, tbt: 250 }))).toBe(true)
    expect(measureAgain(judge('/', { ...good, lcp: 2000 }))).toBe(true)
    expect(measureAgain(judge('/', { ...good, tbt: 250, scores: { ...good.scores, accessibility: 98 } }))).toBe(false)
    expect(measureAgain(judge('/', good))).toBe(false)
    expect(measureAgain(judge('/compare/', { ...good, tbt: 250 }))).toBe(true)
    expect(measureAgain(judge('/groupings/', { ...good, tbt: 250 }))).toBe(true)
    expect(measureAgain(judge('/quiz/', { ...good, tbt: 250 }))).toBe(true)
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
