// Scoring for the interest quiz (issue 14): a pure function from a student's answers and the
// specialism data. No hidden weights: every point comes with a reason in plain words, and the
// rules are listed on the result page (QUIZ_RULES). "Not sure" (no answer) scores nothing.
//
// Points, per question:
//   subjects  +1 for each enjoyed subject the specialism uses (up to 3); -1 if it uses none of them
//   focus     +2 when the work is mostly with what they chose, -1 when it is mostly not (data: +2 when
//             the computer is its only setting, +1 when it is one of several)
//   places    +2 when the specialism works in a place they ticked; -1 when in none of them
//   patients  +2 for the same amount of patient contact; -2 for the opposite end
//   blood     +1 (fine) or -4 (rather not: a strong dislike outweighs two liked things) for work
//             with samples from the body
//   hospital  +1 (fine) or -4 (rather not) for work on hospital wards
//   ages      +2 when the specialism's own words mention that age group
//   style     +2 for a match (making: workshops, design and technology; puzzles: labs, computers)
//   start     +2 when a way in at that age is named for this specialism; -2 when none is
//   topics    +3 for each chosen topic the specialism is about
import type { QuizAnswers, TopicId } from './quizCodes'
import { QUIZ_TOPICS, topicWord, type TopicText } from './quizTopics'
import type { Contact, Setting, Subject } from './types'
import { SUBJECT_LABELS, listInWords } from './specialismLabels'

export interface QuizSpecialism extends TopicText {
  id: string
  grouping: string
  settings: readonly Setting[]
  patientContact: Contact
  subjects: readonly Subject[]
  /** The stages a named way in starts from (gcse, a-level, degree, work). */
  entryFrom: readonly string[]
  /** The kinds of those ways in (apprenticeship, degree, graduate, workplace). */
  entryKinds: readonly string[]
}

export interface QuizMatch {
  id: string
  score: number
  reasons: string[]
  mismatches: string[]
}

const SAMPLE_GROUPINGS = new Set(['laboratory-sciences'])
const KIDS = ['baby', 'babies', 'newborn', 'child', 'children', 'kids', 'young people', 'pregnan', 'fertility', 'ivf', 'embryo']
const OLDER = ['older people', 'elderly', 'dementia', 'stroke', 'falls']

const mentions = (s: QuizSpecialism, words: readonly string[]) => {
  const text = [s.name, s.summary, ...s.otherNames, ...s.everydayWords].join(' ').toLowerCase()
  return words.some((w) => text.includes(w))
}
/** Work with samples from the body: the laboratory sciences, where samples are tested in a lab. */
const handlesSamples = (s: QuizSpecialism) => SAMPLE_GROUPINGS.has(s.grouping) && s.settings.includes('lab')
const PLACE_SETTINGS: Record<string, readonly Setting[]> = {
  lab: ['lab'],
  hospital: ['ward', 'clinic'],
  community: ['community'],
  workshop: ['workshop'],
  computer: ['computer'],
}
const PLACE_WORDS: Record<Setting, string> = {
  lab: 'in a laboratory',
  ward: 'on hospital wards',
  clinic: 'in clinics',
  community: 'in the community',
  workshop: 'in a workshop',
  computer: 'at a computer',
}

type Point = readonly [points: number, why: string]
type Rule = (chosen: readonly string[], s: QuizSpecialism) => Point | Point[] | null

const when = (test: boolean, yes: Point | null, no: Point | null = null) => (test ? yes : no)
const doesWorkshop = (s: QuizSpecialism) => s.settings.includes('workshop') || s.subjects.includes('design-technology')
const doesComputer = (s: QuizSpecialism) => s.settings.includes('computer')
const CONTACT_OF: Record<string, Contact> = { lots: 'high', some: 'some', little: 'little' }
const CONTACT_WORDS: Record<Contact, string> = { high: 'you see patients every day', some: 'you see some patients', little: 'you see few patients' }
const STAGE_OF: Record<string, string> = { '16': 'gcse', '18': 'a-level' }

/** One rule per question; each returns the points it gives and why. */
const RULES: Record<string, Rule> = {
  subjects(chosen, s) {
    const liked = chosen.filter((x): x is Subject => (s.subjects as readonly string[]).includes(x))
    const words = liked.map((x) => SUBJECT_LABELS[x].toLowerCase())
    return when(liked.length > 0, [Math.min(liked.length, 3), `uses ${listInWords(words)}, which you enjoy`], [-1, 'uses none of the subjects you picked'])
  },
  focus([focus], s) {
    if (focus === 'people') return when(s.patientContact === 'high', [2, 'you work with people all day'], when(s.patientContact === 'little', [-1, 'most of the work is away from people']))
    if (focus === 'machines') return when(doesWorkshop(s), [2, 'you work with machines and equipment'], [-1, 'the work is not mostly with machines'])
    if (focus === 'data') {
      if (!doesComputer(s)) return [-1, 'the work is not mostly with data']
      return s.settings.length === 1 ? [2, 'most of the work is with computers and data'] : [1, 'some of the work is with computers and data']
    }
    return when(handlesSamples(s), [2, 'you test samples in a laboratory'], [-1, 'the work is not mostly testing samples'])
  },
  places(chosen, s) {
    const wanted = chosen.flatMap((p) => PLACE_SETTINGS[p] ?? [])
    const shared = s.settings.filter((x) => wanted.includes(x))
    const where = (settings: readonly Setting[]) => listInWords(settings.map((x) => PLACE_WORDS[x]))
    return when(shared.length > 0, [2, `you work ${where(shared)}, where you want to be`], [-1, `most of the work is ${where(s.settings)}`])
  },
  patients([amount], s) {
    const level = CONTACT_OF[amount ?? '']
    if (!level) return null
    if (level === s.patientContact) return [2, CONTACT_WORDS[level]]
    return when(level !== 'some' && s.patientContact !== 'some', [-2, CONTACT_WORDS[s.patientContact]])
  },
  blood([answer], s) {
    return when(handlesSamples(s), answer === 'fine' ? [1, 'you are fine with blood and other samples'] : [-4, 'you work with blood and other samples'])
  },
  hospital([answer], s) {
    return when(s.settings.includes('ward'), answer === 'fine' ? [1, 'you are fine with busy wards'] : [-4, 'some of the work is on hospital wards'])
  },
  ages([age], s) {
    if (age === 'babies') return when(mentions(s, KIDS), [2, 'it helps babies or children'])
    return when(age === 'older' && mentions(s, OLDER), [2, 'it helps older people'])
  },
  style([style], s) {
    if (style === 'making') return when(doesWorkshop(s), [2, 'you make and fix things'])
    return when(doesComputer(s) || s.settings.includes('lab'), [2, 'you solve puzzles and find out why'])
  },
  start([start], s) {
    if (start === 'university') {
      const named = s.entryKinds.some((k) => k === 'degree' || k === 'graduate')
      return when(named, [2, 'there is a way in through university'], [-2, 'no way in through university is named'])
    }
    const stage = STAGE_OF[start ?? '']
    return when(stage !== undefined && s.entryFrom.includes(stage ?? ''), [2, `there is a way in at ${start}`], [-2, `no way in at ${start} is named`])
  },
  topics(chosen, s) {
    const about = chosen.map((id) => QUIZ_TOPICS[id as TopicId]).filter((t) => t && topicWord(t, s))
    return about.map((t) => [3, `it is about ${t.label.toLowerCase()}`] as const)
  },
}

export function scoreSpecialism(answers: QuizAnswers, s: QuizSpecialism): QuizMatch {
  const match: QuizMatch = { id: s.id, score: 0, reasons: [], mismatches: [] }
  for (const [question, rule] of Object.entries(RULES)) {
    const chosen = answers[question]
    if (!chosen?.length) continue
    const given = rule(chosen, s)
    const points = given === null ? [] : typeof given[0] === 'number' ? [given as Point] : (given as Point[])
    for (const [value, why] of points) {
      match.score += value
      ;(value > 0 ? match.reasons : match.mismatches).push(why)
    }
  }
  return match
}

/** Every specialism scored, best first; ties keep catalogue order. Only positive scores count as matches. */
export function rankSpecialisms(answers: QuizAnswers, specialisms: readonly QuizSpecialism[]): QuizMatch[] {
  return specialisms
    .map((s, i) => ({ match: scoreSpecialism(answers, s), i }))
    .filter(({ match }) => match.score > 0)
    .sort((a, b) => b.match.score - a.match.score || a.i - b.i)
    .map(({ match }) => match)
}

/** What scoring needs from the catalogue; a Catalogue fits. */
export interface QuizCatalogue {
  readonly specialisms: readonly (Omit<QuizSpecialism, 'entryFrom' | 'entryKinds'> & { readonly routes: readonly { id: string; scope: string }[] })[]
  route(id: string): { readonly from: string; readonly kind: string } | undefined
}

/** The catalogue's specialisms with the stages and kinds of their named ways in (a route a source names
 * only for the wider theme does not count: the page tells students to ask a local trust about it). */
export function quizSpecialisms(catalogue: QuizCatalogue): QuizSpecialism[] {
  return catalogue.specialisms.map((s) => {
    const routes = s.routes.filter((r) => r.scope === 'named').map((r) => catalogue.route(r.id)).filter((r) => r !== undefined)
    return { ...s, entryFrom: [...new Set(routes.map((r) => r.from))], entryKinds: [...new Set(routes.map((r) => r.kind))] }
  })
}
