// Plain words for the data's ids, as a 12-year-old would read them.
import type { Contact, Route, Setting, Source, Subject } from './types'

export const CONTACT_LABELS: Record<Contact, string> = {
  high: 'Lots of patient contact',
  some: 'Some patient contact',
  little: 'Little patient contact',
}

export const SETTING_LABELS: Record<Setting, string> = {
  lab: 'Laboratory',
  clinic: 'Clinic',
  ward: 'Wards and theatres',
  community: 'Community',
  workshop: 'Workshop',
  computer: 'Computer',
}

export const SUBJECT_LABELS: Record<Subject, string> = {
  biology: 'Biology',
  chemistry: 'Chemistry',
  physics: 'Physics',
  maths: 'Maths',
  computing: 'Computing',
  'design-technology': 'Design and technology',
  english: 'English',
  psychology: 'Psychology',
}

export const STAGE_LABELS: Record<Route['from'], string> = {
  gcse: 'After GCSEs',
  'a-level': 'After A levels',
  degree: 'After a degree',
  work: 'While you work',
}

export const SOURCE_KIND_LABELS: Record<Source['kind'], string> = {
  official: 'Official source',
  'professional-body': 'Professional body',
  'third-party': 'Third-party source',
}

export { listInWords } from './words.ts'

/** The first sentence of a summary, for cards that have room for one line. */
export function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(\s|$)/.exec(text.trim())
  return match?.[1] ?? text.trim()
}

export { readableDate } from './dates'
