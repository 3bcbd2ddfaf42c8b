import { describe, expect, it } from 'vitest'
import * as v from 'valibot'
import { checkContribution, emptyDraft, fieldId, type ContributionDraft } from '@/lib/contributionForm'
import { contributionSlug } from '@/lib/contributions'
import { ContributionFileSchema } from '@/lib/schema'
import type { Question } from '@/lib/types'

const questions: Question[] = [
  { id: 'introduce', order: 1, question: 'Tell us about yourself', short: 'About me', prompt: 'p' },
  { id: 'pandemic', order: 2, question: 'The pandemic?', short: 'The pandemic', prompt: 'p', editorialOptional: true },
  { id: 'younger-self', order: 3, question: 'Advice to your younger self?', short: 'To my younger self', prompt: 'p' },
]
const ids = ['audiology', 'virology']
const good: ContributionDraft = {
  ...emptyDraft('2027-03-12'),
  specialism: 'audiology',
  name: '  Priya S. ',
  role: 'Trainee clinical scientist',
  consent: true,
  answers: { introduce: 'I test hearing.', pandemic: '   ', 'younger-self': 'Ask questions.' },
}
const errorsOf = (draft: ContributionDraft) => {
  const result = checkContribution(draft, ids, questions)
  return result.ok ? [] : result.errors
}

describe('checkContribution', () => {
  it('turns a good draft into a file that passes the build schema, trimmed, blanks left out', () => {
    const result = checkContribution(good, ids, questions)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.path).toBe('data/contributions/audiology/2027-03-12-priya-s.json')
    expect(result.fileName).toBe('2027-03-12-priya-s.json')
    expect(JSON.parse(result.json)).toEqual({
      specialism: 'audiology',
      name: 'Priya S.',
      role: 'Trainee clinical scientist',
      date: '2027-03-12',
      consent: true,
      answers: { introduce: 'I test hearing.', 'younger-self': 'Ask questions.' },
    })
    expect(v.safeParse(ContributionFileSchema, JSON.parse(result.json)).success).toBe(true)
  })

  it('keeps the optional employer and video when given', () => {
    const result = checkContribution({ ...good, employer: ' Anytown NHS Trust ', video: 'https://example.org/v' }, ids, questions)
    expect(result.ok && result.file).toMatchObject({ employer: 'Anytown NHS Trust', video: 'https://example.org/v' })
  })

  it('refuses missing consent and an empty answer with a message for each field, in form order', () => {
    expect(errorsOf({ ...good, consent: false, answers: { introduce: 'x' } })).toEqual([
      { field: 'answer-younger-self', message: 'Answer “Advice to your younger self?”' },
      { field: 'contribute-consent', message: 'Tick the box to agree that your answers can be published' },
    ])
  })

  it.each([
    ['no specialism', { specialism: '' }, 'contribute-specialism', 'Choose your specialism from the list'],
    ['an unknown specialism', { specialism: 'astrology' }, 'contribute-specialism', 'Choose your specialism from the list'],
    ['a blank name', { name: '   ' }, 'contribute-name', 'Enter your name or initials'],
    ['a name too long', { name: 'x'.repeat(61) }, 'contribute-name', 'Your name or initials must be 60 characters or fewer (it has 61)'],
    ['markup in the role', { role: '<script>' }, 'contribute-role', 'Your role must be plain text: take out any < or >'],
    ['a long answer', { answers: { ...good.answers, introduce: 'a'.repeat(1201) } }, 'answer-introduce', 'Your answer to “About me” must be 1200 characters or fewer (it has 1201)'],
    ['a video that is not a link', { video: 'my video' }, 'contribute-video', 'Enter the video link as a full web address starting with https://'],
    ['a bad date', { date: '12/03/2027' }, 'contribute-date', 'Enter the date as a real date, for example 2027-03-12'],
  ])('%s', (_what, patch, field, message) => {
    expect(errorsOf({ ...good, ...patch } as ContributionDraft)).toEqual([{ field, message }])
  })

  it('names form controls the same way the summary links to them', () => {
    expect(fieldId('answers.introduce')).toBe('answer-introduce')
    expect(fieldId('consent')).toBe('contribute-consent')
  })
})

describe('contributionSlug', () => {
  it.each([
    ['Priya S.', 'priya-s'],
    ['Zoë O’Brien-Smith', 'zoe-o-brien-smith'],
    ['!!!', 'contributor'],
  ])('%s', (name, slug) => expect(contributionSlug(name, '2027-03-12')).toBe(`2027-03-12-${slug}`))
})
