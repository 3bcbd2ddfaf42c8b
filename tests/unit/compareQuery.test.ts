import { describe, expect, it } from 'vitest'
import { COMPARE_MAX, MAX_LIST_VALUES, parseCompareQuery, parseIdList, toIdListQuery } from '@/lib/compareQuery'

const known = new Set(['audiology', 'cardiac-science', 'haematology', 'virology'])
const isKnown = (id: string) => known.has(id)

describe('parseCompareQuery', () => {
  it.each([
    ['nothing', undefined, [], [], []],
    ['an empty string', '', [], [], []],
    ['one id', 'audiology', ['audiology'], [], []],
    ['spaces and empty parts', ' audiology , ,cardiac-science,', ['audiology', 'cardiac-science'], [], []],
    ['duplicates, in any case', 'audiology,AUDIOLOGY,audiology', ['audiology'], [], []],
    ['unknown ids, reported', 'audiology,nope,<b>x</b>', ['audiology'], ['nope', '<b>x</b>'], []],
    ['more than three', 'audiology,cardiac-science,haematology,virology', ['audiology', 'cardiac-science', 'haematology'], [], ['virology']],
    ['an array (repeated ?s=)', ['audiology', 'haematology,virology'], ['audiology', 'haematology', 'virology'], [], []],
    ['nulls in an array', [null, 'virology'], ['virology'], [], []],
  ])('%s', (_name, s, ids, dropped, overflow) => {
    expect(parseCompareQuery({ s }, isKnown)).toEqual({ ids, dropped, overflow })
  })

  it('caps at three and ignores other parameters', () => {
    expect(COMPARE_MAX).toBe(3)
    expect(parseCompareQuery({ q: 'audiology' }, isKnown).ids).toEqual([])
  })

  it('shortens very long unknown values in the report', () => {
    const long = 'x'.repeat(100)
    expect(parseIdList(long, isKnown).dropped).toEqual([`${'x'.repeat(40)}…`])
  })

  it('reads a bounded number of values from a hostile 10,000-character list, keeping the known ones first', () => {
    const junk = Array.from({ length: 2000 }, (_, i) => `x${i}`).join(',')
    const list = parseIdList(`audiology,${junk}`, isKnown)
    expect(list.ids).toEqual(['audiology'])
    expect(list.dropped.length).toBeLessThanOrEqual(MAX_LIST_VALUES)
    expect(parseIdList(['a'.repeat(10_000), 'audiology'], isKnown).ids).toEqual(['audiology'])
  })

  it('does not treat non-strings as ids', () => {
    expect(parseIdList({ toString: () => 'audiology' }, isKnown)).toEqual({ ids: [], dropped: [], overflow: [] })
  })
})

describe('toIdListQuery', () => {
  it('leaves the default (no ids) out', () => {
    expect(toIdListQuery([])).toEqual({})
  })

  it('round-trips: parsing what it writes gives the same ids', () => {
    const ids = ['haematology', 'audiology', 'virology']
    expect(parseCompareQuery(toIdListQuery(ids), isKnown).ids).toEqual(ids)
  })
})
