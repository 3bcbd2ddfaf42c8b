// What search says beside its results, for words no specialism is named by: a neighbouring job
// ("nurse": not healthcare science, the nearest specialisms, the NHS careers site for the job
// itself), an illness no specialism is named for ("dementia": the part of the body it affects)
// and money words ("pay", "salary": where pay is explained). Pure tables and one function.
export interface NeighbourJob {
  /** Stable id, used in tests and keys. */
  id: string
  /** The career as NHS Health Careers names it, lower case to sit inside a sentence. */
  job: string
  /** Words (lower case, singular) that name it. */
  words: readonly string[]
  /** The healthcare science specialisms nearest to it, best first. */
  near: readonly string[]
  /** Why those are near, finishing "These healthcare science specialisms ..." */
  nearWhy: string
}

/** The job itself is described on NHS Health Careers; we link its home page (no deep link we have not checked). */
export const HEALTH_CAREERS_URL = 'https://www.healthcareers.nhs.uk/'

export const NEIGHBOUR_JOBS: readonly NeighbourJob[] = [
  {
    id: 'nursing',
    job: 'nursing',
    words: ['nurse', 'nursing'],
    near: ['cardiac-science', 'phlebotomy', 'critical-care-science'],
    nearWhy: 'also work with patients on wards and in clinics',
  },
  {
    id: 'doctor',
    job: 'being a doctor',
    words: ['doctor', 'gp', 'gps', 'surgeon', 'physician'],
    near: ['cardiac-science', 'neurophysiology', 'histopathology'],
    nearWhy: 'run the tests that help doctors find out what is wrong',
  },
  {
    id: 'paramedic',
    job: 'being a paramedic',
    words: ['paramedic', 'ambulance'],
    near: ['critical-care-science', 'cardiac-science', 'respiratory-and-sleep-science'],
    nearWhy: 'also care for people who are very ill, or check their heart and breathing',
  },
  {
    id: 'pharmacist',
    job: 'pharmacy',
    words: ['pharmacist', 'chemist'],
    near: ['clinical-pharmaceutical-science', 'analytical-toxicology'],
    nearWhy: 'work with medicines and drugs in a lab',
  },
  {
    id: 'physiotherapist',
    job: 'physiotherapy',
    words: ['physiotherapist', 'physiotherapy', 'physio'],
    near: ['rehabilitation-engineering', 'clinical-measurement'],
    nearWhy: 'help people move and live with a disability',
  },
  {
    id: 'midwife',
    job: 'midwifery',
    words: ['midwife', 'midwive', 'midwifery'],
    near: ['clinical-embryology', 'genomics', 'andrology'],
    nearWhy: 'work with fertility, pregnancy and babies',
  },
  {
    id: 'dentist',
    job: 'dentistry',
    words: ['dentist', 'dentistry'],
    near: ['reconstructive-science', 'medical-engineering'],
    nearWhy: 'make and look after things for the mouth, teeth and face',
  },
  {
    id: 'radiographer',
    job: 'radiography',
    words: ['radiographer', 'radiography'],
    near: ['diagnostic-radiology-physics', 'non-ionising-imaging', 'radiotherapy-physics'],
    nearWhy: 'look after the scanners and X-ray and radiotherapy machines, and keep them safe',
  },
]

/** Illnesses no specialism is named for, and the part of the body they affect (general knowledge). */
export interface SearchTopic {
  id: string
  words: readonly string[]
  /** "dementia affects the brain" */
  affects: string
  near: readonly string[]
}

export const TOPICS: readonly SearchTopic[] = [
  { id: 'dementia', words: ['dementia', 'alzheimer', 'alzheimers'], affects: 'the brain', near: ['neurophysiology'] },
]

/** Words for money: they lead to the pay section of /pathways/. */
export const PAY_WORDS: ReadonlySet<string> = new Set([
  'money', 'pay', 'paid', 'salary', 'wage', 'earn', 'earning', 'income', 'cash', 'rich', 'band',
])

export type SearchAdvice =
  | { kind: 'neighbour-job'; word: string; job: NeighbourJob }
  | { kind: 'topic'; word: string; topic: SearchTopic }
  | { kind: 'pay'; word: string }

const byWord = new Map(NEIGHBOUR_JOBS.flatMap((job) => job.words.map((word) => [word, job] as const)))
const topicByWord = new Map(TOPICS.flatMap((topic) => topic.words.map((word) => [word, topic] as const)))

/** Lower-case words with a plural "s" or "ies" folded. Not the search tokeniser: this runs on the first
 * view, before the search engine has loaded, and the tables hold plain words only. */
function plainWords(query: string): string[] {
  const words = query.slice(0, 200).toLowerCase().match(/[a-z]+/g) ?? []
  return words.map((w) => (w.length > 4 && w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.length > 3 && /[^su]s$/.test(w) ? w.slice(0, -1) : w))
}

/** What to say beside the results of `query`: one notice per job or topic named, and one for money words. */
export function adviseQuery(query: string): SearchAdvice[] {
  const advice: SearchAdvice[] = []
  if (typeof query !== 'string') return advice
  for (const term of plainWords(query)) {
    const job = byWord.get(term)
    if (job && !advice.some((a) => a.kind === 'neighbour-job' && a.job === job)) advice.push({ kind: 'neighbour-job', word: term, job })
    const topic = topicByWord.get(term)
    if (topic && !advice.some((a) => a.kind === 'topic' && a.topic === topic)) advice.push({ kind: 'topic', word: term, topic })
    if (PAY_WORDS.has(term) && !advice.some((a) => a.kind === 'pay')) advice.push({ kind: 'pay', word: term })
  }
  return advice
}

/** The synonyms table with every neighbouring job's and topic's words pointing at the nearest specialisms. */
export function withNeighbourJobs(synonyms: Readonly<Record<string, readonly string[]>>): Record<string, readonly string[]> {
  const merged: Record<string, readonly string[]> = { ...synonyms }
  for (const { words, near } of [...NEIGHBOUR_JOBS, ...TOPICS]) {
    for (const word of words) merged[word] = [...new Set([...(merged[word] ?? []), ...near])]
  }
  return merged
}

/** A piece of a notice: plain text, a link inside the app (`to`) or to another site (`href`). */
export type NotePart = string | { text: string; to: string } | { text: string; href: string }
export interface AdviceNote {
  /** The plain statement, shown in bold. */
  lead: string
  parts: NotePart[]
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** The notices as text and links, so the page renders them without knowing the tables. `link`
 * gives a specialism's name and page; `payTo` is the pay section of the pathways page. */
export function adviceNotes(
  query: string,
  link: (id: string) => { text: string; to: string } | undefined,
  payTo: string,
): AdviceNote[] {
  const nearest = (ids: readonly string[]): NotePart[] =>
    ids.flatMap((id, i) => {
      const to = link(id)
      return to ? [...(i > 0 ? [', '] : []), to] : []
    })
  return adviseQuery(query).map((a): AdviceNote => {
    if (a.kind === 'pay') {
      return { lead: 'Looking for pay?', parts: [' Every job here is paid on the NHS Agenda for Change pay bands. ', { text: 'See what each band pays', to: payTo }, '.'] }
    }
    if (a.kind === 'topic') {
      const { affects, near } = a.topic
      return { lead: `No specialism is named for ${a.word}.`, parts: [` It affects ${affects}. These specialisms work with ${affects}: `, ...nearest(near), '.'] }
    }
    return {
      lead: `${capital(a.job.job)} is a different NHS career, not healthcare science.`,
      parts: [
        ' Read about it on ',
        { text: 'NHS Health Careers (healthcareers.nhs.uk)', href: HEALTH_CAREERS_URL },
        `. These healthcare science specialisms ${a.job.nearWhy}: `,
        ...nearest(a.job.near),
        '.',
      ],
    }
  })
}
