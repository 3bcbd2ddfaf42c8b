import { describe, expect, it } from 'vitest'
import { describeSame, diffCompareRow, sameForAll, splitCompareRows } from '@/lib/compareDiff'
import type { CompareRow } from '@/lib/compareRows'

const row = (id: string, ...cells: string[][]): CompareRow => ({ id, label: id, cells: cells.map((texts) => texts.map((text) => ({ text }))) })
const texts = (cells: { text: string }[][]) => cells.map((cell) => cell.map((line) => line.text))

describe('diffCompareRow', () => {
  it.each([
    ['two equal cells', [['Clinic'], ['Clinic']], true],
    ['three equal cells', [['Band 2'], ['Band 2'], ['Band 2']], true],
    ['the same lines in another order', [['Clinic', 'Community'], ['Community', 'Clinic']], true],
    ['spacing and case aside', [['  Lots of   patient contact'], ['lots of patient contact ']], true],
    ['one line more in one cell', [['Clinic'], ['Clinic', 'Community']], false],
    ['two of three equal', [['Clinic'], ['Clinic'], ['Laboratory']], false],
    ['a row missing for one', [['Band 2'], []], false],
    ['a row missing for one of three', [['Band 2'], ['Band 2'], []], false],
    ['a row missing for every one', [[], []], true],
    ['a repeated line is still the same line', [['Clinic', 'Clinic'], ['Clinic']], true],
  ])('%s', (_name, cells, same) => {
    expect(diffCompareRow(row('r', ...cells)).same).toBe(same)
  })

  it('keeps every line in the cells of a same row, and lists them once as shared', () => {
    const diff = diffCompareRow(row('setting', ['Clinic', 'Community'], ['community', 'Clinic']))
    expect(diff).toMatchObject({ same: true, split: false })
    expect(diff.shared.map((l) => l.text)).toEqual(['Clinic', 'Community'])
    expect(texts(diff.cells)).toEqual([['Clinic', 'Community'], ['community', 'Clinic']])
  })

  it('shows whole cells when a differing row shares two lines or fewer', () => {
    const diff = diffCompareRow(row('pay', ['To start: band 2', 'Qualified: band 7'], ['To start: band 2', 'Qualified: band 3']))
    expect(diff).toMatchObject({ same: false, split: false })
    expect(texts(diff.cells)).toEqual([['To start: band 2', 'Qualified: band 7'], ['To start: band 2', 'Qualified: band 3']])
  })

  it('splits a differing row that shares more than two lines: each cell keeps what differs', () => {
    const diff = diffCompareRow(row('routes', ['STP', 'PTP', 'HSST', 'Hearing aid dispenser'], ['PTP', 'stp', 'Degree apprenticeship', 'HSST']))
    expect(diff).toMatchObject({ same: false, split: true })
    expect(diff.shared.map((l) => l.text)).toEqual(['STP', 'PTP', 'HSST'])
    expect(texts(diff.cells)).toEqual([['Hearing aid dispenser'], ['Degree apprenticeship']])
  })

  it('shares only what all three have', () => {
    const diff = diffCompareRow(row('routes', ['A', 'B', 'C', 'D'], ['A', 'B', 'C'], ['A', 'B', 'C', 'D', 'E']))
    expect(diff.shared.map((l) => l.text)).toEqual(['A', 'B', 'C'])
    expect(texts(diff.cells)).toEqual([['D'], [], ['D', 'E']])
  })

  it('shares nothing with a specialism that has no entry', () => {
    const diff = diffCompareRow(row('registration', ['A', 'B', 'C'], []))
    expect(diff).toMatchObject({ same: false, split: false, shared: [] })
    expect(texts(diff.cells)).toEqual([['A', 'B', 'C'], []])
  })
})

describe('short rows', () => {
  it.each([
    ['one short line each', [['Lots of patient contact'], ['Little patient contact']], true],
    ['two short lines each', [['Clinic', 'Community'], ['Clinic', 'Laboratory']], true],
    ['an empty cell', [['Clinic'], []], true],
    ['three lines in one cell', [['Clinic', 'Community', 'Home visits'], ['Clinic']], false],
    ['a long line', [['Healthcare science practitioner degree apprenticeship (level 6)'], ['Clinic']], false],
    ['three specialisms: too narrow side by side', [['Clinic'], ['Clinic'], ['Laboratory']], false],
  ])('%s', (_name, cells, short) => {
    expect(diffCompareRow(row('r', ...cells)).short).toBe(short)
  })

  it('judges a split row by what its cells show', () => {
    const diff = diffCompareRow(row('routes', ['A', 'B', 'C', 'D'], ['A', 'B', 'C', 'E']))
    expect(diff).toMatchObject({ split: true, short: true })
  })
})

describe('splitCompareRows', () => {
  it('puts differing facts first in their order, then the same facts, and keeps questions apart', () => {
    const split = splitCompareRows([
      row('grouping', ['Physiological sciences'], ['Physiological sciences']),
      row('contact', ['Lots'], ['Little']),
      row('pay', ['Band 2'], ['Band 2 ']),
      row('setting', ['Clinic'], ['Laboratory']),
      row('q-day', ['An answer'], ['An answer']),
      row('q-advice', ['One answer'], []),
    ])
    expect(split.compared).toBe(true)
    expect(split.differ.map((d) => d.row.id)).toEqual(['contact', 'setting'])
    expect(split.same.map((d) => d.row.id)).toEqual(['grouping', 'pay'])
    expect(split.answers.map((r) => r.id)).toEqual(['q-day', 'q-advice'])
  })

  it('marks nothing and folds nothing for one specialism', () => {
    const split = splitCompareRows([row('grouping', ['Physiological sciences']), row('routes', ['A', 'B', 'C', 'D']), row('q-day', ['An answer'])])
    expect(split.compared).toBe(false)
    expect(split.same).toEqual([])
    expect(split.differ.map((d) => [d.row.id, d.same, d.split, d.short, texts(d.cells)])).toEqual([
      ['grouping', false, false, false, [['Physiological sciences']]],
      ['routes', false, false, false, [['A', 'B', 'C', 'D']]],
    ])
  })
})

describe('sameForAll', () => {
  it.each([
    [2, 'Same for both'],
    [3, 'Same for all three'],
  ])('%i specialisms: %s', (count, label) => {
    expect(sameForAll(count)).toBe(label)
  })

  it('names the rows that are the same, in words', () => {
    expect(describeSame(['Grouping', 'Patient contact', 'Pay (England, 2025/26)'], 2)).toBe('Same for both: grouping, patient contact and pay (England, 2025/26)')
    expect(describeSame(['Registration'], 3)).toBe('Same for all three: registration')
  })
})
