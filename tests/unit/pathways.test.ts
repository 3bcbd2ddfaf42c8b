import { describe, expect, it } from 'vitest'
import { createCatalogue } from '@/lib/catalogue'
import { buildPathway, type LevelStep, type PathwayInput, type SchoolStep } from '@/lib/pathways'
import { formatBands, formatPayRange, formatPounds, payRangeForBands, rangeOf } from '@/lib/pay'
import type { SiteData } from '@/lib/types'
import { fixtureSite, named } from '../fixtures/site'

const catalogue = createCatalogue(fixtureSite)
const input = (id: string): PathwayInput => catalogue.specialism(id)!
const levels = (steps: ReturnType<typeof buildPathway>['steps']) => steps.filter((s): s is LevelStep => s.kind === 'level')

describe('buildPathway', () => {
  it('starts at school, then climbs the levels the specialism names, in order', () => {
    const { steps } = buildPathway(catalogue, input('haematology'))
    expect(steps.map((s) => s.id)).toEqual(['school', 'assistant', 'practitioner', 'clinical-scientist'])
    const school = steps[0] as SchoolStep
    expect(school.subjects).toEqual(['biology', 'chemistry'])
    expect(school.next.map((g) => [g.from, g.routes.map((r) => r.id)])).toEqual([
      ['gcse', ['apprenticeship-l2']],
      ['a-level', ['ptp']],
    ])
  })

  it('gives each level its routes, the stage they start from, bands and pay', () => {
    const [assistant, practitioner, scientist] = levels(buildPathway(catalogue, input('haematology')).steps)
    expect(assistant).toMatchObject({ from: 'gcse', entry: 'assistant entry', pay: { min: 24465, max: 24465 } })
    expect(assistant?.routes.map((r) => r.id)).toEqual(['apprenticeship-l2'])
    // Band 3 has no figure in the fixture's pay table: it stays a band only.
    expect(assistant?.bands).toEqual([{ band: '2', pay: { min: 24465, max: 24465 } }, { band: '3' }])
    expect(practitioner).toMatchObject({ from: 'a-level', pay: { min: 31049, max: 46580 } })
    expect(practitioner?.bands.map((b) => b.band)).toEqual(['5', '6'])
    expect(scientist).toMatchObject({ from: 'degree', pay: { min: 47810, max: 54710 } })
    expect(scientist?.routes.map((r) => r.id)).toEqual(['stp'])
  })

  it("uses the specialism's own bands where the data gives them", () => {
    const [only] = levels(buildPathway(catalogue, input('clinical-perfusion-science')).steps)
    expect(only?.bands).toEqual([{ band: '7', pay: { min: 47810, max: 54710 } }])
    expect(only?.routes.map((r) => r.id)).toEqual(['trainee-post'])
  })

  it('puts a route whose level the specialism lacks on the nearest step above it', () => {
    const { steps } = buildPathway(catalogue, {
      levels: ['consultant', 'practitioner'],
      routes: named('stp', 'apprenticeship-l2', 'hsst'),
      bands: {},
      registration: [],
      subjects: [],
    })
    expect(levels(steps).map((s) => [s.id, s.routes.map((r) => r.id)])).toEqual([
      ['practitioner', ['apprenticeship-l2']],
      ['consultant', ['stp', 'hsst']],
    ])
  })

  it('shows a register on the step whose route leads to it, and the rest apart', () => {
    const site: SiteData = structuredClone(fixtureSite)
    const stp = site.routes.find((r) => r.id === 'stp')!
    stp.registration = ['hcpc-clinical-scientist']
    stp.bands = ['6']
    site.registrations.push({ ...site.registrations[0]!, id: 'ahcs-practitioner', name: 'AHCS practitioner' })
    const withRegisters = createCatalogue(site)
    const { steps, otherRegistration } = buildPathway(withRegisters, {
      ...input('audiology'),
      registration: ['hcpc-clinical-scientist', 'ahcs-practitioner', 'unknown-register'],
    })
    const scientist = levels(steps).find((s) => s.id === 'clinical-scientist')
    expect(scientist?.registration.map((r) => r.id)).toEqual(['hcpc-clinical-scientist'])
    expect(scientist?.routes[0]?.trainingBands).toEqual([{ band: '6', pay: { min: 38682, max: 46580 } }])
    expect(otherRegistration.map((r) => r.id)).toEqual(['ahcs-practitioner'])
  })

  it('ignores ids the catalogue does not know', () => {
    const { steps } = buildPathway(catalogue, { levels: ['wizard', 'practitioner'], routes: named('nope', 'ptp'), bands: {}, registration: [], subjects: [] })
    expect(steps.map((s) => s.id)).toEqual(['school', 'practitioner'])
    expect(levels(steps)[0]?.routes.map((r) => r.id)).toEqual(['ptp'])
  })
})

describe('buildPathway: routes named only for the theme', () => {
  const input: PathwayInput = {
    levels: ['assistant', 'practitioner'],
    routes: [
      { id: 'apprenticeship-l2', scope: 'theme', theme: 'blood sciences' },
      { id: 'ptp', scope: 'named', note: 'Only in some places.' },
    ],
    bands: {},
    registration: [],
    subjects: [],
  }

  it('never shows a theme-level route as a way in, at school or on a step', () => {
    const { steps, themeRoutes, hasLevels, hasNamedRoutes } = buildPathway(catalogue, input)
    expect((steps[0] as SchoolStep).next.map((g) => g.routes.map((r) => r.id))).toEqual([['ptp']])
    expect(levels(steps).map((s) => [s.id, s.routes.map((r) => r.id)])).toEqual([
      ['assistant', []],
      ['practitioner', ['ptp']],
    ])
    expect(themeRoutes.map((r) => [r.id, r.theme])).toEqual([['apprenticeship-l2', 'blood sciences']])
    expect([hasLevels, hasNamedRoutes]).toEqual([true, true])
  })

  it("carries a named route's own note for this specialism", () => {
    const practitioner = levels(buildPathway(catalogue, input).steps).find((s) => s.id === 'practitioner')
    expect(practitioner?.routes[0]?.note).toBe('Only in some places.')
  })

  it('says when no source names a level or a way in', () => {
    const gap = buildPathway(catalogue, { ...input, levels: [], routes: [input.routes[0]!] })
    expect(gap.steps.map((s) => s.id)).toEqual(['school'])
    expect([gap.hasLevels, gap.hasNamedRoutes]).toEqual([false, false])
    expect(gap.themeRoutes).toHaveLength(1)
  })
})

describe('pay', () => {
  it('formats pounds and ranges as plain words', () => {
    expect(formatPounds(31049)).toBe('£31,049')
    expect(formatPayRange({ min: 31049, max: 46580 })).toBe('£31,049 to £46,580')
    expect(formatPayRange({ min: 24465, max: 24465 })).toBe('£24,465')
    expect(rangeOf([])).toBeUndefined()
    expect(payRangeForBands(['5', '6', '9'], catalogue.payFor)).toEqual({ min: 31049, max: 46580 })
    expect(payRangeForBands(['9'], catalogue.payFor)).toBeUndefined()
  })

  it.each([
    [[], ''],
    [['5'], 'Band 5'],
    [['6', '5'], 'Bands 5 and 6'],
    [['7', '8a', '8b', '8c'], 'Bands 7 to 8c'],
    [['5', '7', '9'], 'Bands 5, 7 and 9'],
  ] as const)('formatBands(%j) is %j', (bands, expected) => {
    expect(formatBands(bands)).toBe(expected)
  })
})
