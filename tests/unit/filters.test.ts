import { describe, expect, it } from 'vitest'
import { createCatalogue } from '@/lib/catalogue'
import { defaultExploreState, type ExploreState } from '@/lib/exploreQuery'
import { facetValues, filterSpecialisms, matches, valuesOf } from '@/lib/filters'
import { createSearch } from '@/lib/search'
import { fixtureSite, fixtureSynonyms as synonyms } from '../fixtures/site'

const catalogue = createCatalogue(fixtureSite)
const search = createSearch(catalogue.specialisms, { synonyms, groupings: catalogue.groupings })
const state = (patch: Partial<ExploreState> = {}): ExploreState => ({ ...defaultExploreState(), ...patch })
const run = (patch: Partial<ExploreState> = {}) => filterSpecialisms(catalogue, state(patch), search)

describe('valuesOf', () => {
  it('reads each facet from the specialism, and entry from its routes’ kinds', () => {
    const haematology = catalogue.specialism('haematology')!
    expect(valuesOf(haematology, catalogue)).toEqual({
      group: ['laboratory-sciences'],
      contact: ['little'],
      setting: ['lab'],
      subject: ['biology', 'chemistry'],
      entry: ['apprenticeship', 'degree', 'graduate'],
    })
    expect(valuesOf(catalogue.specialism('clinical-perfusion-science')!, catalogue).entry).toEqual(['workplace'])
  })
})

describe('entry counts only routes a source names for the specialism', () => {
  it('leaves out a route named only for the theme', () => {
    const site = structuredClone(fixtureSite)
    const audiology = site.specialisms.find((s) => s.id === 'audiology')!
    audiology.routes = [
      { id: 'apprenticeship-l2', scope: 'theme', theme: 'physiological sciences' },
      { id: 'ptp', scope: 'named' },
    ]
    const own = createCatalogue(site)
    expect(valuesOf(own.specialism('audiology')!, own).entry).toEqual(['degree'])
    const result = filterSpecialisms(own, state({ entry: ['apprenticeship'] }), search)
    expect(result.ids).not.toContain('audiology')
    expect(result.ids).toContain('haematology')
  })
})

describe('filterSpecialisms', () => {
  it('without a search or filters, keeps everything in catalogue order with full counts', () => {
    const result = run()
    expect(result.ids).toEqual(catalogue.specialisms.map((s) => s.id))
    expect(result.counts.group).toEqual({
      'laboratory-sciences': 2,
      'physiological-sciences': 3,
      'medical-physics-and-clinical-engineering': 2,
      bioinformatics: 1,
    })
    expect(result.counts.contact).toEqual({ high: 4, some: 1, little: 3 })
    expect(result.counts.entry).toEqual({ apprenticeship: 2, degree: 7, graduate: 7, workplace: 1 })
    expect(result.active).toBe(0)
    expect(result.hits.size).toBe(0)
  })

  it('ORs values within a facet', () => {
    expect(run({ group: ['bioinformatics', 'laboratory-sciences'] }).ids).toEqual([
      'clinical-microbiology',
      'haematology',
      'clinical-bioinformatics-genomics',
    ])
    expect(run({ entry: ['apprenticeship', 'workplace'] }).ids).toEqual(['haematology', 'audiology', 'clinical-perfusion-science'])
  })

  it('ANDs across facets', () => {
    const result = run({ contact: ['high'], setting: ['ward'] })
    expect(result.ids).toEqual(['cardiac-science', 'clinical-perfusion-science'])
    expect([...result.matching]).toEqual(result.ids)
    expect(result.active).toBe(2)
  })

  it('counts each value as what choosing it would leave, ignoring its own facet’s choices', () => {
    const result = run({ contact: ['high'], setting: ['ward'] })
    // setting counts respect contact=high only
    expect(result.counts.setting).toEqual({ lab: 0, clinic: 3, ward: 2, community: 1, workshop: 0, computer: 0 })
    // contact counts respect setting=ward only
    expect(result.counts.contact).toEqual({ high: 2, some: 0, little: 0 })
    // other facets respect both
    expect(result.counts.group).toEqual({
      'laboratory-sciences': 0,
      'physiological-sciences': 2,
      'medical-physics-and-clinical-engineering': 0,
      bioinformatics: 0,
    })
  })

  it('orders by relevance when searching, and filters the hits', () => {
    const searched = run({ q: 'heart' })
    expect(searched.ids[0]).toBe('cardiac-science')
    expect(searched.ids).toEqual(search('heart').map((h) => h.id))
    expect(searched.hits.get('cardiac-science')?.matches.length).toBeGreaterThan(0)
    expect(searched.counts.group['physiological-sciences']).toBe(2)
    expect(run({ q: 'heart', setting: ['clinic'] }).ids).toEqual(['cardiac-science'])
  })

  it('leaves nothing, and zero counts, when the search finds nothing', () => {
    const result = run({ q: 'qqqqzzzz', contact: ['high'] })
    expect(result.ids).toEqual([])
    expect(Object.values(result.counts).flatMap((c) => Object.values(c)).every((n) => n === 0)).toBe(true)
  })

  it('has a count for every facet value', () => {
    const values = facetValues(catalogue)
    const counts = run().counts
    for (const facet of Object.keys(values) as (keyof typeof values)[]) {
      expect(Object.keys(counts[facet]).sort()).toEqual([...values[facet]].sort())
    }
  })
})

describe('matches', () => {
  const audiology = catalogue.specialism('audiology')!
  it.each<[Partial<ExploreState>, boolean]>([
    [{}, true],
    [{ group: ['physiological-sciences'] }, true],
    [{ group: ['bioinformatics'] }, false],
    [{ contact: ['little', 'high'] }, true],
    [{ setting: ['community'], subject: ['physics'] }, true],
    [{ setting: ['community'], subject: ['computing'] }, false],
    [{ entry: ['apprenticeship'] }, true],
    [{ entry: ['workplace'] }, false],
  ])('%j -> %s', (patch, expected) => {
    expect(matches(state(patch), audiology, null, catalogue)).toBe(expected)
  })

  it('requires the search hit when given one', () => {
    expect(matches(state(), audiology, new Set(['haematology']), catalogue)).toBe(false)
    expect(matches(state(), audiology, new Set(['audiology']), catalogue)).toBe(true)
  })
})
