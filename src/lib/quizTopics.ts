// Topics for the quiz's last question. A specialism is about a topic when one of the topic's words
// appears in its name, other names, everyday words or summary (all in data/, all shown on its page).
import type { TopicId } from './quizCodes'

export interface QuizTopic {
  label: string
  /** Whole words or phrases, lower case; a trailing * matches any ending ("genetic*": genetics). */
  words: readonly string[]
}

export const QUIZ_TOPICS: Record<TopicId, QuizTopic> = {
  'heart-lungs': { label: 'The heart and lungs', words: ['heart', 'lung*', 'breath*', 'cardiac', 'sleep'] },
  brain: { label: 'The brain and nerves', words: ['brain', 'nerve*', 'epilepsy', 'neuro*'] },
  senses: { label: 'Hearing, balance and sight', words: ['hearing', 'ear', 'ears', 'eye*', 'sight', 'vision', 'balance'] },
  blood: { label: 'Blood', words: ['blood'] },
  germs: { label: 'Germs and infections', words: ['germ', 'germs', 'infection*', 'bacteria', 'virus*', 'viral'] },
  genes: { label: 'Genes and DNA', words: ['gene', 'genes', 'genetic*', 'dna', 'genom*', 'chromosome*'] },
  cancer: { label: 'Cancer', words: ['cancer*', 'tumour*'] },
  babies: { label: 'Babies and fertility', words: ['bab*', 'fertility', 'ivf', 'embryo*', 'sperm', 'pregnan*'] },
  cells: { label: 'Cells and tissue under the microscope', words: ['cell*', 'tissue*', 'microscope*'] },
  'body-chemistry': { label: 'Body chemistry, drugs and poisons', words: ['chemical*', 'chemistry', 'drug*', 'poison*', 'medicines', 'hormone*'] },
  immune: { label: 'The immune system and transplants', words: ['immun*', 'allerg*', 'transplant*', 'donor*', 'donat*'] },
  'gut-kidneys': { label: 'The gut, kidneys and bladder', words: ['gut', 'stomach', 'bowel', 'kidney*', 'bladder', 'dialysis', 'swallow*'] },
  scans: { label: 'X-rays, scans and radiation', words: ['x-ray*', 'scan*', 'radiation', 'radioactive', 'ultrasound', 'mri'] },
  machines: { label: 'Medical machines and devices', words: ['machine*', 'device*', 'equipment', 'engineer*'] },
  coding: { label: 'Coding and data', words: ['coding', 'code', 'data', 'software', 'computer*', 'programming'] },
  surgery: { label: 'Operations and surgery', words: ['surgery', 'operation*', 'theatre*', 'post-mortem*'] },
  design: { label: 'Art, photos and design', words: ['art', 'photo*', 'design*', 'drawing*', 'prosthe*', 'face*'] },
  safety: { label: 'Keeping hospitals safe and clean', words: ['safe*', 'safety', 'clean*', 'steril*', 'quality'] },
}

export interface TopicText {
  name: string
  otherNames: readonly string[]
  everydayWords: readonly string[]
  summary: string
}

const patterns = new Map<string, RegExp>()
function pattern(word: string): RegExp {
  let re = patterns.get(word)
  if (!re) {
    const stem = word.replace(/\*$/, '').replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')
    re = new RegExp(`(^|[^a-z])${stem}${word.endsWith('*') ? '[a-z-]*' : ''}($|[^a-z])`)
    patterns.set(word, re)
  }
  return re
}

/** The first of the topic's words that the text contains, or null. */
export function topicWord(topic: QuizTopic, text: TopicText): string | null {
  const haystacks = [text.name, ...text.otherNames, ...text.everydayWords, text.summary].map((t) => t.toLowerCase())
  for (const word of topic.words) {
    const re = pattern(word)
    const hit = haystacks.find((h) => re.test(h))
    if (hit !== undefined) return word.replace(/\*$/, '')
  }
  return null
}
