// The interest quiz's questions in words (issue 14), built on the answer codes in quizCodes.ts.
// Every question may be left as "not sure".
import { QUIZ_CODES, type QuizCode } from './quizCodes'
import { QUIZ_TOPICS } from './quizTopics'
import { SUBJECT_LABELS } from './specialismLabels'

export { MAX_TOPICS, type QuizAnswers } from './quizCodes'

export interface QuizOption {
  id: string
  label: string
}

export interface QuizQuestion extends Omit<QuizCode, 'options'> {
  legend: string
  hint?: string
  options: readonly QuizOption[]
}

const WORDS: Record<string, { legend: string; hint?: string; labels: Record<string, string> }> = {
  subjects: { legend: 'Which school subjects do you enjoy?', hint: 'Tick as many as you like.', labels: SUBJECT_LABELS },
  focus: {
    legend: 'What would you rather work with most of the day?',
    labels: { people: 'People', machines: 'Machines and equipment', data: 'Computers and data', samples: 'Samples, tests and microscopes' },
  },
  places: {
    legend: 'Where would you like to work?',
    hint: 'Tick as many as you like.',
    labels: { lab: 'In a laboratory', hospital: 'On hospital wards and in clinics', community: 'Out in the community', workshop: 'In a workshop', computer: 'At a computer' },
  },
  patients: {
    legend: 'How much time would you like to spend with patients?',
    labels: { lots: 'Lots: I want to meet patients every day', some: 'Some', little: 'Very little' },
  },
  blood: { legend: 'Are you OK working with blood and other samples from the body?', labels: { fine: 'Yes, that is fine', 'rather-not': 'I would rather not' } },
  hospital: { legend: 'Are you OK working in a busy hospital, around people who are ill?', labels: { fine: 'Yes, that is fine', 'rather-not': 'I would rather not' } },
  ages: { legend: 'Who would you most like to help?', labels: { babies: 'Babies and children', older: 'Older people', anyone: 'People of any age' } },
  style: { legend: 'Which sounds more like you?', labels: { making: 'Making and fixing things with my hands', puzzles: 'Solving puzzles and finding out why' } },
  start: {
    legend: 'When would you like to start work?',
    labels: { '16': 'At 16, learning on the job', '18': 'At 18, after A levels or college', university: 'After going to university' },
  },
  topics: {
    legend: 'Which of these would you like to find out more about?',
    hint: 'Tick up to three.',
    labels: Object.fromEntries(Object.entries(QUIZ_TOPICS).map(([id, t]) => [id, t.label])),
  },
}

export const QUIZ_QUESTIONS: readonly QuizQuestion[] = QUIZ_CODES.map((code) => {
  const words = WORDS[code.id]!
  return { ...code, legend: words.legend, hint: words.hint, options: code.options.map((id) => ({ id, label: words.labels[id] ?? id })) }
})
