import { describe, expect, it } from 'vitest'
import { EMULATED_BENCHMARK, slowdownFor } from '../../scripts/lighthouseBudget'

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
