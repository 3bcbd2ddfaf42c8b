import { describe, expect, it } from 'vitest'
import { createTermMatcher } from '@/lib/glossary'
import type { GlossaryTerm } from '@/lib/types'

const term = (id: string, word: string, extra: Partial<GlossaryTerm> = {}): GlossaryTerm => ({ id, term: word, definition: `${word}.`, sources: ['s'], ...extra })
const matcher = createTermMatcher([
  term('stp', 'STP', { full: 'Scientist Training Programme' }),
  term('ecg', 'ECG', { full: 'electrocardiogram', match: ['ECGs', 'ECG'] }),
  term('h-and-i', 'H&I', { full: 'histocompatibility and immunogenetics' }),
  term('band', 'Band', { match: ['bands', 'band'] }),
  term('afc', 'Agenda for Change'),
])
const marked = (text: string) => matcher.split(text).map((p) => (p.term ? `[${p.text}:${p.term.id}]` : p.text)).join('')

describe('createTermMatcher', () => {
  it.each([
    ['Then the STP (three years).', 'Then the [STP:stp] (three years).'],
    ['You record ECGs and an ECG.', 'You record [ECGs:ecg] and an [ECG:ecg].'],
    ['Bands 7 to 8c on the Agenda for Change scale; band 6 in training.', '[Bands:band] 7 to 8c on the [Agenda for Change:afc] scale; [band:band] 6 in training.'],
    ['H&I labs match donors.', '[H&I:h-and-i] labs match donors.'],
    ['stp in lower case, STPs, bandwidth and a husband are not terms.', 'stp in lower case, STPs, bandwidth and a husband are not terms.'],
    ['', ''],
  ])('%s', (text, expected) => {
    expect(marked(text)).toBe(expected)
  })

  it('gives back the text unchanged, in order', () => {
    const text = 'The STP pays band 6 (Agenda for Change), and ECGs are done daily.'
    expect(matcher.split(text).map((p) => p.text).join('')).toBe(text)
  })
})
