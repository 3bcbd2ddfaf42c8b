import { describe, expect, it } from 'vitest'
import { nationPayView, payTableLabel } from '@/lib/nationPay'
import type { MainPay, NationPay } from '@/lib/types'

const main = { nation: 'england', year: '2025/26', effectiveFrom: '2025-04-01', sources: ['p02'], bands: [{ band: '5', points: [31049, 37796] }] } as Pick<
  MainPay,
  'nation' | 'year' | 'effectiveFrom' | 'sources' | 'bands'
>
const award = { year: '2026/27', effectiveFrom: '2026-04-01', uplift: 3.75, confirmed: true, note: 'Agreed.', sources: ['s1'] }
const others: NationPay[] = [
  { nation: 'scotland', awards: [award], note: 'No table here.', lookUp: 's2' },
  {
    nation: 'wales',
    table: { nation: 'wales', year: '2026/27', effectiveFrom: '2026-04-01', sources: ['w9'], official: true, officialNote: 'Official.', bands: [{ band: '5', points: [33000] }] },
    awards: [],
    note: 'Own table.',
    lookUp: 'w9',
  },
]

describe('nationPayView', () => {
  it('shows the main table for its own nation', () => {
    const view = nationPayView(main, others, 'england')
    expect(view.kind).toBe('table')
    if (view.kind !== 'table') return
    expect(view.table.payFor('5')).toEqual([31049, 37796])
    expect(payTableLabel(view.table)).toBe('England, 2025/26')
  })

  it('shows a nation’s own table where one is sourced, never England’s', () => {
    const view = nationPayView(main, others, 'wales')
    expect(view.kind).toBe('table')
    if (view.kind !== 'table') return
    expect(view.table.payFor('5')).toEqual([33000])
    expect(payTableLabel(view.table)).toBe('Wales, 2026/27')
  })

  it('shows no figures, with the awards and where to look, where no table is sourced', () => {
    expect(nationPayView(main, others, 'scotland')).toEqual({
      kind: 'not-sourced',
      nation: 'scotland',
      awards: [award],
      note: 'No table here.',
      lookUp: 's2',
    })
  })

  it('says so for a nation the data does not mention', () => {
    expect(nationPayView(main, others, 'northern-ireland')).toEqual({
      kind: 'not-sourced',
      nation: 'northern-ireland',
      awards: [],
      note: 'We have no sourced pay figures for Northern Ireland.',
    })
  })
})
