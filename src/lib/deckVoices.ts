// The answers on "The seven questions" deck, picked at build time from the full data so the deck
// does not load 55 specialisms' details: for each question, one specialism from each grouping.
// Real contributions come first; otherwise the editorial answer, labelled as such. The choice
// rotates through each grouping's specialisms, so each question shows different people's work.
import { contributorLine } from './contributions'
import type { AllData, Source } from './types'

export interface SourceRef {
  key: string
  title: string
  publisher: string
  url: string
  read: string
  note?: string
}

export interface DeckVoice {
  questionId: string
  specialismId: string
  text: string
  /** "Name, role, employer" for a real contribution; null for an editorial answer. */
  by: string | null
  date?: string
  sources: string[]
}

export interface DeckExtras {
  voices: DeckVoice[]
  sources: Record<string, SourceRef>
}

/** The sources the "What is healthcare science?" deck cites for its figures (reference §10.1). */
export const INTRO_SOURCES = { workforce: ['e02', 'x21'], diagnoses: ['e02', 'x21'], specialisms: ['x21', 'e03'] } as const
/** The sources the teacher guide cites for the names of the Gatsby benchmarks 2, 4 and 5. */
export const GATSBY_SOURCES = { 2: 'g01', 4: 'g02', 5: 'g03' } as const
/** Every source key the decks and the teacher guide cite outside the specialisms' own data. */
export const PRESENT_SOURCE_KEYS: readonly string[] = [...new Set([...Object.values(INTRO_SOURCES).flat(), ...Object.values(GATSBY_SOURCES)])]

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en-GB')

export function pickVoices(all: Pick<AllData, 'questions' | 'groupings' | 'specialisms'>): DeckVoice[] {
  const questions = [...all.questions].sort((a, b) => a.order - b.order)
  return questions.flatMap((question, qi) =>
    all.groupings.flatMap((grouping): DeckVoice[] => {
      const members = all.specialisms.filter((s) => s.grouping === grouping.id).sort(byName)
      const real = members.flatMap((s) =>
        s.contributions
          .filter((c) => c.answers[question.id])
          .map((c) => ({ questionId: question.id, specialismId: s.id, text: c.answers[question.id]!, by: contributorLine(c), date: c.date, sources: [] })),
      )
      if (real.length) return [real[qi % real.length]!]
      const answered = members.filter((s) => s.answers[question.id])
      const chosen = answered[(qi * 3) % Math.max(1, answered.length)]
      const answer = chosen?.answers[question.id]
      return chosen && answer ? [{ questionId: question.id, specialismId: chosen.id, text: answer.text, by: null, sources: [...answer.sources] }] : []
    }),
  )
}

function toSourceRef(key: string, source: Source): SourceRef {
  const { title, publisher, url, read, note } = source
  return { key, title, publisher, url, read, ...(note ? { note } : {}) }
}

/** What the decks need beyond the first view's data: the voices and the sources they all cite. */
export function toDeckExtras(all: AllData): DeckExtras {
  const voices = pickVoices(all)
  const keys = new Set([...PRESENT_SOURCE_KEYS, ...all.pay.sources, ...voices.flatMap((v) => v.sources)])
  const sources = Object.fromEntries(
    [...keys].flatMap((key) => (all.sources[key] ? [[key, toSourceRef(key, all.sources[key])]] : [])),
  )
  return { voices, sources }
}
