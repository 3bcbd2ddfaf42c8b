// One entry point for the quiz result (loaded on demand): the URL's answers, ranked on a catalogue.
import { parseQuizAnswers, toQuizParam } from './quizQuery'
import { quizSpecialisms, rankSpecialisms, type QuizCatalogue, type QuizMatch, type QuizSpecialism } from './quizScore'

const prepared = new WeakMap<QuizCatalogue, QuizSpecialism[]>()

export function rankQuiz(param: string, catalogue: QuizCatalogue): QuizMatch[] {
  let specialisms = prepared.get(catalogue)
  if (!specialisms) prepared.set(catalogue, (specialisms = quizSpecialisms(catalogue)))
  return rankSpecialisms(parseQuizAnswers(param).answers, specialisms)
}

export { parseQuizAnswers, toQuizParam }

export interface WayIn {
  id: string
  shortName: string
  from: string
  kind: string
}

/** The ways in that fit when the student wants to start (16, 18, university); all of them for "not sure". */
export function waysInFor<T extends WayIn>(start: string | undefined, routes: readonly T[]): T[] {
  if (start === '16') return routes.filter((r) => r.from === 'gcse')
  if (start === '18') return routes.filter((r) => r.from === 'a-level')
  if (start === 'university') return routes.filter((r) => r.kind === 'degree' || r.kind === 'graduate')
  return [...routes]
}
