import { describe, expect, it } from 'vitest'
import { catalogue } from '@/data/catalogue'
import { adviseQuery, HEALTH_CAREERS_URL, NEIGHBOUR_JOBS, PAY_WORDS, TOPICS, withNeighbourJobs } from '@/lib/searchAdvice'

const kinds = (q: string) => adviseQuery(q).map((a) => (a.kind === 'neighbour-job' ? `job:${a.job.id}` : a.kind === 'topic' ? `topic:${a.topic.id}` : 'pay'))

describe('adviseQuery', () => {
  it.each([
    ['nurse', ['job:nursing']],
    ['Nurses', ['job:nursing']],
    ['i want to be a nurse or a doctor', ['job:nursing', 'job:doctor']],
    ['paramedic', ['job:paramedic']],
    ['pharmacist', ['job:pharmacist']],
    ['physiotherapist', ['job:physiotherapist']],
    ['physio', ['job:physiotherapist']],
    ['midwives', ['job:midwife']],
    ['dentist', ['job:dentist']],
    ['GPs', ['job:doctor']],
    ['dementia', ['topic:dementia']],
    ['money', ['pay']],
    ['how much pay and salary', ['pay']],
    ['salaries', ['pay']],
    ['wages', ['pay']],
    ['nurse pay', ['job:nursing', 'pay']],
  ])('%j -> %j', (query, expected) => {
    expect(kinds(query)).toEqual(expected)
  })

  it.each(['', 'heart', 'cardiac science', 'nursery', 'paying', 'pharmaceutical', undefined as unknown as string])('says nothing for %j', (query) => {
    expect(adviseQuery(query)).toEqual([])
  })
})

describe('the tables', () => {
  const known = new Set(catalogue.specialisms.map((s) => s.id))
  it('point only at real specialisms, two or three each', () => {
    for (const { id, near } of [...NEIGHBOUR_JOBS, ...TOPICS]) {
      expect(near.filter((n) => !known.has(n)), id).toEqual([])
      expect(near.length, id).toBeGreaterThanOrEqual(1)
      expect(near.length, id).toBeLessThanOrEqual(3)
    }
  })

  it('cover the jobs a student names first', () => {
    const words = new Set(NEIGHBOUR_JOBS.flatMap((j) => j.words))
    for (const word of ['nurse', 'doctor', 'paramedic', 'pharmacist', 'physiotherapist', 'midwife', 'dentist']) expect(words.has(word), word).toBe(true)
  })

  it('keep "near nursing" true to the data: those specialisms see patients on wards or in clinics', () => {
    for (const id of NEIGHBOUR_JOBS.find((j) => j.id === 'nursing')?.near ?? []) {
      const s = catalogue.specialism(id)
      expect(s?.patientContact, id).not.toBe('little')
      expect(s?.settings.some((x) => x === 'ward' || x === 'clinic'), id).toBe(true)
    }
  })

  it('never give a word two meanings', () => {
    const all = [...NEIGHBOUR_JOBS.flatMap((j) => j.words), ...TOPICS.flatMap((t) => t.words), ...PAY_WORDS]
    expect(all.length).toBe(new Set(all).size)
  })

  it('link the NHS careers site by its home page only', () => {
    expect(HEALTH_CAREERS_URL).toBe('https://www.healthcareers.nhs.uk/')
  })
})

describe('withNeighbourJobs', () => {
  it('adds each job word to the synonyms, keeping what was there', () => {
    const merged = withNeighbourJobs({ nurse: ['audiology'], heart: ['cardiac-science'] })
    expect(merged.heart).toEqual(['cardiac-science'])
    expect(merged.nurse).toEqual(['audiology', 'cardiac-science', 'phlebotomy', 'critical-care-science'])
    expect(merged.dementia).toEqual(['neurophysiology'])
  })
})
