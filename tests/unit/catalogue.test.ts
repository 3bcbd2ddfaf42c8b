import { describe, expect, it } from 'vitest'
import { createCatalogue } from '@/lib/catalogue'
import { fixtureSite } from '../fixtures/site'

describe('createCatalogue', () => {
  const catalogue = createCatalogue(fixtureSite)

  it('orders specialisms by grouping, then by name', () => {
    expect(catalogue.specialisms.map((s) => s.id)).toEqual([
      'clinical-microbiology',
      'haematology',
      'audiology',
      'cardiac-science',
      'clinical-perfusion-science',
      'nuclear-medicine',
      'radiotherapy-physics',
      'clinical-bioinformatics-genomics',
    ])
    expect(catalogue.specialismsIn('physiological-sciences').map((s) => s.id)).toEqual([
      'audiology',
      'cardiac-science',
      'clinical-perfusion-science',
    ])
    expect(catalogue.specialismsIn('no-such-grouping')).toEqual([])
  })

  it('indexes by id and answers undefined for unknown ids', () => {
    expect(catalogue.specialism('audiology')?.name).toBe('Audiology')
    expect(catalogue.specialism('audiolgy')).toBeUndefined()
    expect(catalogue.grouping('bioinformatics')?.colour).toBe('#17703f')
    expect(catalogue.level('practitioner')?.bands).toEqual(['5', '6'])
    expect(catalogue.route('stp')?.kind).toBe('graduate')
    expect(catalogue.registration('hcpc-clinical-scientist')?.statutory).toBe(true)
  })

  it("uses a specialism's own bands where the data gives them, else the level's", () => {
    const perfusion = catalogue.specialism('clinical-perfusion-science')!
    const audiology = catalogue.specialism('audiology')!
    expect(catalogue.bandsFor(perfusion, 'clinical-scientist')).toEqual(['7'])
    expect(catalogue.bandsFor(audiology, 'clinical-scientist')).toEqual(['7', '8a'])
    expect(catalogue.bandsFor(audiology, 'no-such-level')).toEqual([])
    expect(catalogue.payFor('5')).toEqual([31049, 33487, 37796])
    expect(catalogue.payFor('9')).toBeUndefined()
  })

  it('is frozen, and does not share objects with its input', () => {
    expect(Object.isFrozen(catalogue.specialisms)).toBe(true)
    expect(Object.isFrozen(catalogue.specialism('audiology'))).toBe(true)
    expect(() => {
      ;(catalogue.specialism('audiology') as { name: string }).name = 'x'
    }).toThrow(TypeError)
    expect(fixtureSite.specialisms[2]!.name).toBe('Audiology')
    expect(Object.isFrozen(fixtureSite.specialisms[0])).toBe(false)
  })
})
