// The quiz answers in a URL: ?quiz=subjects:biology,physics.focus:people.start:16
// Questions in QUIZ_CODES order, options in their listed order, "not sure" left out, so one
// set of answers has one link. Parsing drops what it does not know and reports it; it never throws.
import { QUIZ_CODES, type QuizAnswers } from './quizCodes'

const MAX_RAW = 1000

export function parseQuizAnswers(raw: unknown): { answers: QuizAnswers; ignored: string[] } {
  const answers: QuizAnswers = {}
  const ignored: string[] = []
  const text = (Array.isArray(raw) ? raw.find((v) => typeof v === 'string') : raw) ?? ''
  if (typeof text !== 'string') return { answers, ignored }
  for (const part of text.slice(0, MAX_RAW).split('.').filter(Boolean)) {
    const [key = '', values = ''] = part.split(':')
    const question = QUIZ_CODES.find((q) => q.id === key.trim().toLowerCase())
    if (!question) {
      ignored.push(`quiz: ${part.slice(0, 30)}`)
      continue
    }
    const asked = values.split(',').map((v) => v.trim().toLowerCase()).filter(Boolean)
    const known = question.options.filter((id) => asked.includes(id))
    for (const value of asked) if (!known.includes(value)) ignored.push(`quiz ${question.id}: ${value.slice(0, 30)}`)
    const kept = known.slice(0, question.pick === 'one' ? 1 : (question.max ?? Infinity))
    if (kept.length) answers[question.id] = kept
  }
  return { answers, ignored }
}

export function toQuizParam(answers: QuizAnswers): string {
  return QUIZ_CODES.flatMap((question) => {
    const chosen = answers[question.id] ?? []
    const values = question.options.filter((id) => chosen.includes(id))
    const kept = values.slice(0, question.pick === 'one' ? 1 : (question.max ?? Infinity))
    return kept.length ? [`${question.id}:${kept.join(',')}`] : []
  }).join('.')
}

/** How many questions have an answer (for the progress line and the result's summary). */
export const answeredCount = (answers: QuizAnswers) => QUIZ_CODES.filter((q) => (answers[q.id]?.length ?? 0) > 0).length
