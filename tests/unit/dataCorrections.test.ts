// Each correction from review (issue 10), pinned to the data: routes carry their scope and their own
// citation, and nothing is named for a specialism that its source does not name.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadData } from '../../scripts/readData'
import type { AllData, Specialism } from '@/lib/types'

const root = fileURLToPath(new URL('../..', import.meta.url))
const result = loadData(root)
if (!result.ok) throw new Error(`data/ is invalid:\n${result.errors.join('\n')}`)
const data: AllData = result.data
const spec = (id: string): Specialism => data.specialisms.find((s) => s.id === id)!
const routeIds = (id: string, scope?: 'named' | 'theme') => spec(id).routes.filter((r) => !scope || r.scope === scope).map((r) => r.id)
const allText = (s: Specialism) => [s.summary, ...s.whatYouDo, ...Object.values(s.answers).map((a) => a.text)].join(' ')

/**
 * Where a source names a route for particular specialisms (reference §3.3, §3.4, §2, §9.3, §9.5).
 * A route entry marked "named" must cite one of these sources, and that source must name it.
 * Routes not in this table (L7, HSST, equivalence) are named for no specialism in particular.
 */
const NAMED_BY: Record<string, Record<string, readonly string[]>> = {
  'apprenticeship-l2': {
    a11: ['audiology', 'cardiac-science', 'respiratory-and-sleep-science', 'clinical-engineering', 'radiation-engineering'],
    a07: ['cardiac-science', 'respiratory-and-sleep-science'],
  },
  'apprenticeship-l4': {
    a08: ['respiratory-and-sleep-science', 'cardiac-science', 'ophthalmic-and-vision-science', 'decontamination-science'],
  },
  'degree-apprenticeship': { a05: ['cardiac-science', 'neurophysiology', 'respiratory-and-sleep-science'] },
  ptp: {
    w04: [
      'cardiac-science', 'respiratory-and-sleep-science', 'audiology', 'neurophysiology', 'ophthalmic-and-vision-science',
      'radiotherapy-physics', 'radiation-safety-physics', 'nuclear-medicine',
      'medical-engineering', 'radiation-engineering', 'renal-technology', 'rehabilitation-engineering',
    ],
    h16: ['biomedical-science'],
  },
  'biomedical-science-degree': {
    h16: ['biomedical-science'],
    x13: ['haematology', 'transfusion-science', 'clinical-biochemistry', 'clinical-immunology', 'clinical-microbiology', 'virology', 'histopathology', 'cytopathology'],
  },
  'biomedical-scientist-apprenticeship': { n22: ['biomedical-science'] },
  'trainee-post': { n40: ['anatomical-pathology'] },
  'perfusion-training': { n14: ['clinical-perfusion-science'] },
  'genetic-counselling-msc': { n32: ['genomic-counselling'] },
  'hearing-aid-dispenser-programme': { d01: ['hearing-aid-dispensing', 'audiology'] },
  'hearing-aid-dispenser-apprenticeship': { d02: ['hearing-aid-dispensing', 'audiology'] },
  stp: {
    // The 2022 STP list names these (haematology and transfusion science as one).
    s01: data.specialisms.filter((s) => s.stp === 'yes').map((s) => s.id).concat('transfusion-science'),
  },
}

describe('every route on a specialism carries its scope and its own citation', () => {
  it.each(data.specialisms.map((s) => [s.id, s] as const))('%s', (_id, s) => {
    for (const entry of s.routes) {
      expect(entry.sources.length, `${s.id} ${entry.id}`).toBeGreaterThan(0)
      for (const key of entry.sources) expect(s.sources, `${s.id} ${entry.id} cites ${key}`).toContain(key)
      if (entry.scope === 'theme') expect(entry.theme, `${s.id} ${entry.id}`).toMatch(/\S/)
    }
  })
})

describe('no specialism lists a route as named unless its source names it', () => {
  const named = data.specialisms.flatMap((s) => s.routes.filter((r) => r.scope === 'named').map((r) => [s.id, r.id, r.sources] as const))
  it.each(named)('%s: %s', (specialism, route, sources) => {
    const table = NAMED_BY[route] ?? {}
    const naming = sources.filter((key) => table[key]?.includes(specialism))
    expect(naming, `no cited source names ${route} for ${specialism} (cites ${sources.join(', ')})`).not.toEqual([])
  })

  it('names the degree apprenticeship only for cardiac, neurophysiology and respiratory and sleep', () => {
    const namedFor = data.specialisms.filter((s) => routeIds(s.id, 'named').includes('degree-apprenticeship')).map((s) => s.id)
    expect(namedFor.sort()).toEqual(['cardiac-science', 'neurophysiology', 'respiratory-and-sleep-science'])
  })

  it('does not list the degree apprenticeship at all for the eight physics and engineering specialisms', () => {
    const eight = ['radiotherapy-physics', 'nuclear-medicine', 'clinical-engineering', 'radiation-safety-physics', 'medical-engineering', 'rehabilitation-engineering', 'radiation-engineering', 'renal-technology']
    for (const id of eight) expect(routeIds(id), id).not.toContain('degree-apprenticeship')
  })
})

describe('clinical perfusion science', () => {
  it('has its own level, route and register: not clinical scientist, not HCPC', () => {
    const s = spec('clinical-perfusion-science')
    expect(s.levels).toEqual(['clinical-perfusion-scientist'])
    expect(s.registration).toEqual(['perfusion-register'])
    expect(s.routes).toEqual([{ id: 'perfusion-training', scope: 'named', sources: ['n14'] }])
    const route = data.routes.find((r) => r.id === 'perfusion-training')!
    expect(route.leadsTo).toBe('clinical-perfusion-scientist')
    expect(route.registration).toEqual(['perfusion-register'])
    expect(data.routes.find((r) => r.id === 'trainee-post')!.registration).not.toContain('perfusion-register')
  })
})

describe('hearing aid dispensers', () => {
  it('have sourced routes to the HCPC register, in hearing aid dispensing and in audiology', () => {
    for (const id of ['hearing-aid-dispensing', 'audiology']) {
      expect(routeIds(id, 'named')).toEqual(expect.arrayContaining(['hearing-aid-dispenser-programme', 'hearing-aid-dispenser-apprenticeship']))
      expect(spec(id).registration).toContain('hcpc-hearing-aid-dispenser')
    }
    for (const id of ['hearing-aid-dispenser-programme', 'hearing-aid-dispenser-apprenticeship'])
      expect(data.routes.find((r) => r.id === id)!.registration).toEqual(['hcpc-hearing-aid-dispenser'])
  })
})

describe('biomedical science', () => {
  it('lists the biomedical scientist degree apprenticeship (ST1314, to HCPC), not the practitioner one', () => {
    expect(routeIds('biomedical-science', 'named')).toContain('biomedical-scientist-apprenticeship')
    expect(routeIds('biomedical-science')).not.toContain('degree-apprenticeship')
    const route = data.routes.find((r) => r.id === 'biomedical-scientist-apprenticeship')!
    expect(route.name).toContain('ST1314')
    expect(route.registration).toEqual(['hcpc-biomedical-scientist'])
  })
})

describe('genomic counselling', () => {
  it('has the genetic counsellor register (GCRB, under the AHCS) and the accredited MSc route', () => {
    const s = spec('genomic-counselling')
    expect(s.registration[0]).toBe('ahcs-genetic-counsellor')
    expect(s.levels).toContain('genetic-counsellor')
    expect(routeIds('genomic-counselling', 'named')).toContain('genetic-counselling-msc')
    const msc = data.routes.find((r) => r.id === 'genetic-counselling-msc')!
    expect([msc.leadsTo, msc.registration]).toEqual(['genetic-counsellor', ['ahcs-genetic-counsellor']])
  })
})

describe('support-only careers that no source describes', () => {
  it.each(['medical-illustration', 'autonomic-neurovascular-function', 'external-quality-assurance', 'tissue-banking', 'pathogen-genomics'])(
    '%s names no level and no route as a plain way in',
    (id) => {
      expect(spec(id).levels).toEqual([])
      expect(routeIds(id, 'named')).toEqual([])
      expect(routeIds(id, 'theme').length).toBeGreaterThan(0)
    },
  )

  it('decontamination science starts at associate (level 4), with no level 2 start', () => {
    expect(spec('decontamination-science').levels).toEqual(['associate'])
    expect(routeIds('decontamination-science')).toEqual(['apprenticeship-l4'])
  })

  it('reconstructive science: the STP for registered dental technicians, apprenticeships only at theme level', () => {
    const stp = spec('reconstructive-science').routes.find((r) => r.id === 'stp')!
    expect(stp.scope).toBe('named')
    expect(stp.note).toMatch(/General Dental Council/)
    expect(routeIds('reconstructive-science', 'theme')).toEqual(expect.arrayContaining(['apprenticeship-l2', 'apprenticeship-l4']))
  })
})

describe('judgement calls are marked inferred', () => {
  it.each([
    ['critical-care-science', 'registration'],
    ['gastrointestinal-physiology', 'registration'],
    ['urodynamic-science', 'registration'],
    ['ophthalmic-and-vision-science', 'registration'],
    ['vascular-science', 'registration'],
    ['neurophysiology', 'registration'],
    ['critical-care-science', 'subTheme'],
    ['anatomical-pathology', 'subTheme'],
    ['external-quality-assurance', 'subTheme'],
    ['biomedical-science', 'subTheme'],
    ['medical-engineering', 'stp'],
    ['radiotherapy-physics', 'settings'],
    ['decontamination-science', 'grouping'],
  ])('%s: %s', (id, field) => {
    expect(spec(id).inferred).toContain(field)
  })

  it('pathology services are not described as taking blood (phlebotomy sits under blood sciences)', () => {
    const services = data.groupings[0]!.subThemes.find((t) => t.id === 'pathology-services')!
    expect(services.summary).not.toMatch(/blood/i)
    expect(spec('phlebotomy').subTheme).toBe('blood-sciences')
  })
})

describe('sources', () => {
  it('have whole URLs on live hosts: no truncated address, no staging host', () => {
    for (const [key, s] of Object.entries(data.sources)) {
      expect(s.url, key).not.toMatch(/\.\.\.|…|frank-digital|staging/)
    }
  })

  it('mark the retired NHS Careers pages (o01 to o06) as retired', () => {
    for (const key of ['o01', 'o02', 'o03', 'o04', 'o05', 'o06']) {
      expect(data.sources[key]!.retired?.note, key).toMatch(/closed/)
      expect(data.sources[key]!.publisher, key).toMatch(/closed site/)
    }
  })

  it('say what kind each is, and only NHS, government and regulator pages are official', () => {
    for (const [key, s] of Object.entries(data.sources)) expect(s.official, key).toBe(s.kind === 'official')
    expect(data.sources.n04!.official).toBe(false)
    expect(data.pay.official).toBe(false)
  })
})

describe('wording', () => {
  it('uses "80%" only of diagnoses, or attributed to NHS Scotland for clinical decisions', () => {
    for (const s of data.specialisms) {
      const text = allText(s)
      if (/80%/.test(text)) expect(text, s.id).toMatch(/80% of (all )?diagnoses|Scotland[^.]*80%|80%[^.]*Scotland/)
      expect(text, s.id).not.toMatch(/80% of clinical decisions/)
    }
  })

  it('does not state the old 20% off-the-job rule as current', () => {
    for (const s of data.specialisms) expect(allText(s), s.id).not.toMatch(/20% of (their|your) time/)
  })
})

describe('headline facts', () => {
  const view = (name: string) => readFileSync(fileURLToPath(new URL(`../../src/views/${name}`, import.meta.url)), 'utf8')
  it('state over 50,000 and about 80% of diagnoses, as estimates, on / and /about/, with their source', () => {
    for (const name of ['ExploreView.vue', 'AboutView.vue']) {
      const text = view(name).replace(/\s+/g, ' ')
      expect(text, name).toMatch(/Over 50,000 healthcare scientists/)
      expect(text, name).toMatch(/about 80% of (all )?diagnoses/)
      expect(text, name).not.toMatch(/80% of clinical decisions/)
    }
    expect(view('ExploreView.vue')).toMatch(/estimated/)
    expect(view('ExploreView.vue')).toMatch(/aboutPath\('facts'\)/)
    expect(view('AboutView.vue')).toMatch(/id="facts"/)
    expect(view('AboutView.vue')).toMatch(/source\('e02'\)/)
    expect(data.sources.e02!.url).toMatch(/^https:\/\/www\.hee\.nhs\.uk\//)
    expect(view('AboutView.vue')).toMatch(/third-party pay tables/)
  })
})
