import { describe, expect, it } from 'vitest'
import { pickVoices, toDeckExtras, INTRO_SOURCES } from '@/lib/deckVoices'
import type { AllData, Contribution, Specialism } from '@/lib/types'
import { loadData } from '../../scripts/readData'
import { fileURLToPath } from 'node:url'

type Voices = Parameters<typeof pickVoices>[0]
const answers = (prefix: string) => ({ one: { text: `${prefix} one`, sources: ['s1'] }, two: { text: `${prefix} two`, sources: ['s2'] } })
const person: Contribution = { name: 'Ana Jones', role: 'Trainee', employer: 'A Trust', date: '2026-03-10', consent: true, answers: { two: 'Real two' } }
const specialism = (id: string, grouping: string, contributions: Contribution[] = []) =>
  ({ id, name: id, grouping, answers: answers(id), contributions }) as unknown as Specialism
const data: Voices = {
  questions: [
    { id: 'two', order: 2, question: 'Two?', short: '2', prompt: '' },
    { id: 'one', order: 1, question: 'One?', short: '1', prompt: '' },
  ],
  groupings: [{ id: 'g1' }, { id: 'g2' }] as AllData['groupings'],
  specialisms: [specialism('b', 'g1'), specialism('a', 'g1'), specialism('c', 'g2', [person])],
}

describe('pickVoices', () => {
  it('answers each question, in order, once per grouping; real contributions first', () => {
    expect(pickVoices(data).map((v) => [v.questionId, v.specialismId, v.text, v.by])).toEqual([
      ['one', 'a', 'a one', null],
      ['one', 'c', 'c one', null],
      ['two', 'b', 'b two', null],
      ['two', 'c', 'Real two', 'Ana Jones, Trainee, A Trust'],
    ])
  })
  it('keeps the sources of editorial answers', () => {
    expect(pickVoices(data)[0]?.sources).toEqual(['s1'])
  })
})

describe('toDeckExtras on the real data', () => {
  const result = loadData(fileURLToPath(new URL('../..', import.meta.url)))
  if (!result.ok) throw new Error(result.errors.join('\n'))
  const extras = toDeckExtras(result.data)
  it('has every source the decks cite, with a URL', () => {
    for (const key of [...Object.values(INTRO_SOURCES).flat(), ...extras.voices.flatMap((v) => v.sources)]) {
      expect(extras.sources[key]?.url, key).toMatch(/^https?:\/\//)
    }
  })
  it('answers every question from all four groupings; the optional pandemic question only where a grouping has an answer', () => {
    for (const q of result.data.questions) {
      const groupings = extras.voices.filter((v) => v.questionId === q.id).map((v) => result.data.specialisms.find((s) => s.id === v.specialismId)?.grouping)
      expect(groupings.length, q.id).toBe(new Set(groupings).size)
      if (q.editorialOptional) expect(groupings.length, q.id).toBeGreaterThan(0)
      else expect(new Set(groupings).size, q.id).toBe(4)
    }
  })

  it('puts a real contribution first, with its name, role and date, and leaves out an employer not given', () => {
    const audiology = result.data.specialisms.find((s) => s.id === 'audiology')!
    const contribution = { name: 'Priya S.', role: 'Trainee clinical scientist', date: '2027-03-10', consent: true as const, answers: { introduce: 'I test hearing.' } }
    const specialisms = result.data.specialisms.map((s) => (s === audiology ? { ...s, contributions: [contribution] } : s))
    const voice = pickVoices({ ...result.data, specialisms }).find((v) => v.questionId === 'introduce' && v.specialismId === 'audiology')
    expect(voice).toMatchObject({ text: 'I test hearing.', by: 'Priya S., Trainee clinical scientist', date: '2027-03-10' })
  })
})
