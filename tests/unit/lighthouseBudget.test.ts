import { describe, expect, it } from 'vitest'
import { EMULATED_BENCHMARK, EXCEPTIONS, PERF_BUDGETS, PERF_HELD, heldTo, whyNotHeld, judge, measureAgain, slowdownFor } from '../../scripts/lighthouseBudget'
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

  it('holds the page types in PERF_HELD to performance and TBT too, and reports them on the rest', () => {
    const types = pageTypes().map((p) => p.type)
    for (const type of PERF_HELD) expect(types).toContain(type)
    for (const type of ['/', '/specialisms/*/']) expect(PERF_HELD).toContain(type)
    const slow = { ...good, scores: { ...good.scores, performance: 90, seo: 92 }, lcp: 1400, floorLcp: 1000, tbt: 260 }
    expect(judge('/groupings/', slow).missed.map((m) => m.budget)).toEqual(['performance', 'seo', 'lcpRatio', 'tbt'])
    const quiz = judge('/quiz/', slow)
    expect(quiz.missed.map((m) => m.budget)).toEqual(['seo', 'lcpRatio'])
    expect(quiz.reported).toEqual(['performance 90 < 95', 'TBT 260 ms > 200 ms'])
    expect(whyNotHeld('/quiz/')).toMatch(/PERF_HELD/)
  })

  it('reports, without failing, a budget EXCEPTIONS does not hold a page type to, and holds it to the rest', () => {
    expect(EXCEPTIONS['/present/*/']?.budgets).toEqual(['lcpRatio'])
    const verdict = judge('/present/*/', { ...good, lcp: 2000, scores: { ...good.scores, seo: 92 } })
    expect(verdict.reported).toEqual(['LCP 2000 ms is 2.11x the script-less 950 ms (max 1.3x)'])
    expect(verdict.missed.map((m) => m.budget)).toEqual(['seo'])
    expect(whyNotHeld('/present/*/')).toMatch(/slide/)
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
    expect(measureAgain(judge('/groupings/', { ...good, tbt: 250 }))).toBe(true)
  })

  it('holds no exception for a page type that does not exist, nor one that changes nothing', () => {
    for (const [type, exception] of Object.entries(EXCEPTIONS)) {
      expect(pageTypes().map((p) => p.type)).toContain(type)
      expect(exception.why.length).toBeGreaterThan(20)
      // An exception for a budget PERF_HELD already leaves out would change nothing.
      for (const budget of exception.budgets) expect(!PERF_BUDGETS.has(budget) || PERF_HELD.includes(type), `${type} ${budget}`).toBe(true)
    }
    expect(heldTo('/compare/', 'lcpRatio')).toBe(true)
  })
})
