import { describe, expect, it } from 'vitest'
import { createCatalogue } from '@/lib/catalogue'
import { buildDeck, deckIds, deckTitle, INTRO_DECK, QUESTIONS_DECK, SELECTION_DECK, slideTitle, type Slide } from '@/lib/deck'
import { payLine, specialismSlide, wayInFromSchool } from '@/lib/deckSpecialism'
import type { DeckExtras } from '@/lib/deckVoices'
import { fixtureSite } from '../fixtures/site'

const catalogue = createCatalogue(fixtureSite)
const extras: DeckExtras = {
  voices: [
    { questionId: 'introduce', specialismId: 'audiology', text: 'I test hearing.', by: 'Sam Lee, trainee audiologist, A Trust', sources: [] },
    { questionId: 'introduce', specialismId: 'haematology', text: 'You test blood.', by: null, sources: ['src-a'] },
    { questionId: 'average-day', specialismId: 'nuclear-medicine', text: 'Scans.', by: null, sources: ['src-a'] },
  ],
  sources: {},
}
const kinds = (slides: Slide[]) => slides.map((s) => s.kind)

describe('specialism slides', () => {
  it('says the way in from GCSEs and A levels in one line, from the pathway', () => {
    expect(wayInFromSchool(catalogue, catalogue.specialism('haematology')!)).toBe('After GCSEs: APPRENTICESHIP-L2. After A levels: PTP.')
  })
  it('says when no route starts at school, and when no route is known', () => {
    expect(wayInFromSchool(catalogue, catalogue.specialism('clinical-perfusion-science')!)).toBe(
      'No route straight from school: most start after a degree, through the TRAINEE-POST.',
    )
    expect(wayInFromSchool(catalogue, { ...catalogue.specialism('audiology')!, routes: [] })).toBe('Our sources do not say how you train for this one.')
  })
  it('gives pay from the lowest to the highest band of its levels, with year and nation', () => {
    // assistant (2, 3), practitioner (5, 6), clinical scientist (7, 8a): figures for 2, 5, 6 and 7 only.
    expect(payLine(catalogue, catalogue.specialism('haematology')!)).toBe('£24,465 to £54,710 a year (2025/26, England)')
    expect(payLine(catalogue, catalogue.specialism('clinical-perfusion-science')!)).toBe('£47,810 to £54,710 a year (2025/26, England)')
  })
  it('carries name, grouping colour, one-line summary, contact and settings', () => {
    expect(specialismSlide(catalogue, catalogue.specialism('audiology')!)).toMatchObject({
      kind: 'specialism',
      title: 'Audiology',
      grouping: 'Physiological',
      colour: '#b3203b',
      summary: 'Audiology in a sentence.',
      contact: 'Lots of patient contact',
      settings: 'Clinic · Community',
    })
  })
})

describe('buildDeck', () => {
  it('lists the intro deck, a deck per grouping and the questions deck', () => {
    expect(deckIds(catalogue)).toEqual([INTRO_DECK, 'laboratory-sciences', 'physiological-sciences', 'medical-physics-and-clinical-engineering', 'bioinformatics', QUESTIONS_DECK])
  })
  it('makes a grouping deck of a cover, one slide per specialism in catalogue order, and an end slide', () => {
    const deck = buildDeck(catalogue, 'physiological-sciences', extras)!
    expect(kinds(deck.slides)).toEqual(['cover', 'specialism', 'specialism', 'specialism', 'end'])
    expect(deck.slides.slice(1, 4).map(slideTitle)).toEqual(['Audiology', 'Cardiac science', 'Clinical perfusion science'])
    expect(deck.slides.at(-1)).toMatchObject({ kind: 'end', link: { page: 'grouping', id: 'physiological-sciences' } })
  })
  it('names each slide\'s part of the grouping, not the grouping the deck is already titled with', () => {
    const deck = buildDeck(catalogue, 'physiological-sciences', extras)!
    const eyebrows = deck.slides.flatMap((s) => (s.kind === 'specialism' ? [s.grouping] : []))
    expect(eyebrows).not.toContain(deck.title)
    expect(eyebrows[0]).toBe('Neurosensory sciences')
  })
  it('puts a source on every figure of the intro deck', () => {
    const deck = buildDeck(catalogue, INTRO_DECK, extras)!
    const figures = deck.slides.filter((s) => s.kind === 'figure' || s.kind === 'groupings')
    expect(figures.map((s) => slideTitle(s))).toEqual(['Over 50,000 healthcare scientists', 'More than 50 specialisms in four groupings', 'About 80% of diagnoses'])
    for (const slide of figures) expect('sources' in slide && slide.sources.length).toBeGreaterThan(0)
    expect(deck.slides.filter((s) => s.kind === 'examples')).toHaveLength(4)
  })
  it('answers each question with the voices picked for it, real contributors named', () => {
    const deck = buildDeck(catalogue, QUESTIONS_DECK, extras)!
    const answers = deck.slides.filter((s) => s.kind === 'answer')
    expect(answers.map((s) => [s.title, s.specialism, s.by])).toEqual([
      ['What do you do?', 'Audiology', 'Sam Lee, trainee audiologist, A Trust'],
      ['What do you do?', 'Haematology', null],
      ['What is an average day like?', 'Nuclear medicine', null],
    ])
  })
  it('makes a selection deck of exactly the known ids, in the order given', () => {
    const deck = buildDeck(catalogue, SELECTION_DECK, extras, ['nuclear-medicine', 'nope', 'audiology'])!
    expect(deck.slides.filter((s) => s.kind === 'specialism').map(slideTitle)).toEqual(['Nuclear medicine', 'Audiology'])
    expect(deck.slides.at(-1)).toMatchObject({ link: { page: 'shortlist', ids: ['nuclear-medicine', 'audiology'] } })
    expect(kinds(buildDeck(catalogue, SELECTION_DECK, extras, [])!.slides)).toEqual(['cover', 'end'])
  })
  it('has no deck for an unknown id', () => {
    expect(buildDeck(catalogue, 'not-a-deck', extras)).toBeNull()
  })
})

describe('deckTitle', () => {
  it('names every deck as building it would, without building it', () => {
    for (const id of [...deckIds(catalogue), SELECTION_DECK]) expect(deckTitle(catalogue, id)).toBe(buildDeck(catalogue, id, extras)?.title)
  })

  it('knows no deck that does not exist, even one named like an object property', () => {
    for (const id of ['no-such-deck', 'constructor', '__proto__', 'toString']) expect(deckTitle(catalogue, id)).toBeUndefined()
  })
})
