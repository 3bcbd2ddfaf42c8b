// The quiz's answer codes: just the ids the URL codec needs (small, so the explore page's first view
// can read ?quiz= without the questions' words). Ids are used in links forever: add, never rename.
import { SUBJECTS } from './vocabulary'

export const TOPIC_IDS = [
  'heart-lungs',
  'brain',
  'senses',
  'blood',
  'germs',
  'genes',
  'cancer',
  'babies',
  'cells',
  'body-chemistry',
  'immune',
  'gut-kidneys',
  'scans',
  'machines',
  'coding',
  'surgery',
  'design',
  'safety',
] as const
export type TopicId = (typeof TOPIC_IDS)[number]

export const MAX_TOPICS = 3

export interface QuizCode {
  id: string
  /** "many": tick any number (checkboxes, up to max); "one": pick one (radios). */
  pick: 'one' | 'many'
  options: readonly string[]
  max?: number
}

/** In the order the questions are asked and written in the URL. */
export const QUIZ_CODES: readonly QuizCode[] = [
  { id: 'subjects', pick: 'many', options: SUBJECTS },
  { id: 'focus', pick: 'one', options: ['people', 'machines', 'data', 'samples'] },
  { id: 'places', pick: 'many', options: ['lab', 'hospital', 'community', 'workshop', 'computer'] },
  { id: 'patients', pick: 'one', options: ['lots', 'some', 'little'] },
  { id: 'blood', pick: 'one', options: ['fine', 'rather-not'] },
  { id: 'hospital', pick: 'one', options: ['fine', 'rather-not'] },
  { id: 'ages', pick: 'one', options: ['babies', 'older', 'anyone'] },
  { id: 'style', pick: 'one', options: ['making', 'puzzles'] },
  { id: 'start', pick: 'one', options: ['16', '18', 'university'] },
  { id: 'topics', pick: 'many', options: TOPIC_IDS, max: MAX_TOPICS },
]

/** Answers by question id: the chosen option ids (one for "one" questions). Missing = not sure. */
export type QuizAnswers = Partial<Record<string, readonly string[]>>
