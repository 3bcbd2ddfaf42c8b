import { describe, expect, it } from 'vitest'
import { DEFAULT_NATION, NATION_LABELS, parseNationQuery, toNationQuery } from '@/lib/nationQuery'
import { NATIONS } from '@/lib/schema'
import type { Nation } from '@/lib/types'

describe('parseNationQuery', () => {
  it.each<[string, unknown, Nation, string[]]>([
    ['nothing', {}, 'england', []],
    ['no query at all', undefined, 'england', []],
    ['scotland', { nation: 'scotland' }, 'scotland', []],
    ['wales', { nation: 'wales' }, 'wales', []],
    ['northern-ireland', { nation: 'northern-ireland' }, 'northern-ireland', []],
    ['england, the default', { nation: 'england' }, 'england', []],
    ['any case and spaces', { nation: '  Northern Ireland ' }, 'northern-ireland', []],
    ['an underscore', { nation: 'northern_ireland' }, 'northern-ireland', []],
    ['the first of repeated values', { nation: ['wales', 'scotland'] }, 'wales', []],
    ['a null inside a list', { nation: [null, 'wales'] }, 'wales', []],
    ['an empty value', { nation: '' }, 'england', []],
    ['a bare ?nation', { nation: null }, 'england', []],
    ['an unknown nation, reported', { nation: 'mars' }, 'england', ['nation=mars']],
    ['markup, reported as text', { nation: '<b>x</b>' }, 'england', ['nation=<b>x</b>']],
    ['a number', { nation: 7 }, 'england', []],
    ['other parameters are not its business', { for: 'audiology', q: 'x' }, 'england', []],
  ])('%s', (_label, query, nation, ignored) => {
    expect(parseNationQuery(query)).toEqual({ nation, ignored })
  })

  it('shortens a very long unknown value in the report', () => {
    expect(parseNationQuery({ nation: 'x'.repeat(100) }).ignored).toEqual([`nation=${'x'.repeat(40)}…`])
  })
})

describe('toNationQuery', () => {
  it('leaves the default (England) out, so one view has one URL', () => {
    expect(DEFAULT_NATION).toBe('england')
    expect(toNationQuery('england')).toEqual({})
    expect(toNationQuery('wales')).toEqual({ nation: 'wales' })
  })

  it.each(NATIONS.map((n) => [n]))('round-trips %s: parsing what it writes gives the same nation', (nation) => {
    expect(parseNationQuery(toNationQuery(nation))).toEqual({ nation, ignored: [] })
  })

  it('has a label for every nation', () => {
    expect(NATIONS.map((n) => NATION_LABELS[n])).toEqual(['England', 'Scotland', 'Wales', 'Northern Ireland'])
  })
})
