import { describe, expect, it } from 'vitest'
import { readableDate } from '@/lib/dates'

describe('readableDate', () => {
  it('writes the date as people say it, the same as en-GB Intl would', () => {
    for (const iso of ['2026-11-23', '2026-01-01', '2025-12-31', '2024-02-29', '2026-03-09']) {
      const intl = new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      })
      expect(readableDate(iso)).toBe(intl)
    }
    expect(readableDate('2026-11-03')).toBe('3 November 2026')
  })

  it('leaves anything that is not a whole ISO date as it is', () => {
    expect(readableDate('2026-13-01')).toBe('2026-13-01')
    expect(readableDate('2026-11')).toBe('2026-11')
    expect(readableDate('')).toBe('')
  })
})
