// The decks of present mode, built from the catalogue: plain slide records that one component
// renders. Each slide carries its speaker notes. Deck ids are stable: they are URLs.
import type { Catalogue } from './catalogue'
import { INTRO_SOURCES, type DeckExtras } from './deckVoices'
import { specialismSlide, type SpecialismSlide } from './deckSpecialism'
import { firstSentence } from './specialismLabels'

export const INTRO_DECK = 'what-is-healthcare-science'
export const QUESTIONS_DECK = 'seven-questions'
export const SELECTION_DECK = 'selection'
/** The titles of the decks that are not a grouping's (a grouping's deck is named after it). */
const TITLES = { [INTRO_DECK]: 'What is healthcare science?', [QUESTIONS_DECK]: 'The seven questions', [SELECTION_DECK]: 'Your selection' }

export interface CoverSlide {
  kind: 'cover'
  title: string
  subtitle: string
  points: string[]
  notes: string
}
export interface FigureSlide {
  kind: 'figure'
  figure: string
  title: string
  text: string
  sources: string[]
  notes: string
}
export interface GroupingsSlide {
  kind: 'groupings'
  title: string
  groupings: { id: string; name: string; colour: string; count: number }[]
  sources: string[]
  notes: string
}
export interface ExamplesSlide {
  kind: 'examples'
  title: string
  colour: string
  items: { id: string; name: string; text: string }[]
  notes: string
}
export interface AnswerSlide {
  kind: 'answer'
  title: string
  eyebrow: string
  specialism: string
  grouping: string
  colour: string
  text: string
  by: string | null
  sources: string[]
  notes: string
}
/** Where the end slide's QR code leads; the component turns it into a path (src/router/paths.ts). */
export type EndTarget = { page: 'explore' } | { page: 'grouping'; id: string } | { page: 'shortlist'; ids: string[] }
export interface EndSlide {
  kind: 'end'
  title: string
  text: string
  link: EndTarget
  notes: string
}
export type Slide = CoverSlide | FigureSlide | GroupingsSlide | ExamplesSlide | AnswerSlide | SpecialismSlide | EndSlide

export interface Deck {
  id: string
  title: string
  description: string
  slides: Slide[]
}

/** Three specialisms per grouping that surprise people (an editorial choice, from the data's summaries). */
export const SURPRISES: Record<string, readonly string[]> = {
  'laboratory-sciences': ['anatomical-pathology', 'clinical-embryology', 'histocompatibility-and-immunogenetics'],
  'physiological-sciences': ['clinical-perfusion-science', 'neurophysiology', 'respiratory-and-sleep-science'],
  'medical-physics-and-clinical-engineering': ['reconstructive-science', 'rehabilitation-engineering', 'medical-illustration'],
  bioinformatics: ['pathogen-genomics', 'clinical-bioinformatics-genomics', 'clinical-scientific-computing'],
}

const exploreEnd = (link: EndTarget, text: string): EndSlide => ({
  kind: 'end',
  title: 'Explore on your phone',
  text,
  link,
  notes: 'Leave this up while students scan the code. The link opens the same view on any phone, no login.',
})

function introDeck(catalogue: Catalogue): Deck {
  const count = catalogue.specialisms.length
  const examples = catalogue.groupings.map((g): ExamplesSlide => {
    const picked = (SURPRISES[g.id] ?? []).map((id) => catalogue.specialism(id)).filter((s) => s !== undefined)
    const items = (picked.length ? picked : catalogue.specialismsIn(g.id).slice(0, 3)).map((s) => ({ id: s.id, name: s.name, text: firstSentence(s.summary) }))
    return { kind: 'examples', title: g.name, colour: g.colour, items, notes: `${g.summary} Ask: which of these would you have guessed was a science job?` }
  })
  return {
    id: INTRO_DECK,
    title: TITLES[INTRO_DECK],
    description: 'The NHS science workforce in a few slides: how many, how many specialisms, and some surprising jobs.',
    slides: [
      { kind: 'cover', title: TITLES[INTRO_DECK], subtitle: 'The scientists behind most NHS diagnoses', points: [], notes: 'Ask the class: who works in a hospital? Collect answers, then show that many of the staff are scientists.' },
      { kind: 'figure', figure: 'Over 50,000', title: 'healthcare scientists', text: 'work in the NHS and public health services.', sources: [...INTRO_SOURCES.workforce], notes: 'This is the figure the NHS uses in Healthcare Science Week material. It is a long-standing estimate, not a recent count.' },
      { kind: 'groupings', title: `More than 50 specialisms in four groupings`, groupings: catalogue.groupings.map((g) => ({ id: g.id, name: g.name, colour: g.colour, count: catalogue.specialismsIn(g.id).length })), sources: [...INTRO_SOURCES.specialisms], notes: `Counts differ with how specialisms are grouped; this explorer lists ${count}.` },
      { kind: 'figure', figure: 'About 80%', title: 'of diagnoses', text: 'are underpinned by the work of healthcare scientists.', sources: [...INTRO_SOURCES.diagnoses], notes: 'Other sources say 80% of clinical decisions. Like the workforce figure, it is an estimate the NHS repeats.' },
      ...examples,
      exploreEnd({ page: 'explore' }, 'Search with any word you know, like “heart”, “babies” or “x-ray”.'),
    ],
  }
}

function groupingDeck(catalogue: Catalogue, id: string): Deck | null {
  const grouping = catalogue.grouping(id)
  if (!grouping) return null
  const members = catalogue.specialismsIn(id)
  return {
    id,
    title: grouping.name,
    description: `${members.length} specialisms in ${grouping.name.toLowerCase()}: what they do, patient contact, the way in from school and pay.`,
    slides: [
      { kind: 'cover', title: grouping.name, subtitle: firstSentence(grouping.summary), points: [`${members.length} specialisms`], notes: grouping.description },
      // The deck's title already names the grouping: each slide names its part of it instead.
      ...members.map((s) => ({
        ...specialismSlide(catalogue, s),
        grouping: grouping.subThemes.find((t) => t.id === s.subTheme)?.name ?? grouping.shortName,
      })),
      exploreEnd({ page: 'grouping', id }, `Every ${grouping.shortName.toLowerCase()} specialism, with pay and the way in.`),
    ],
  }
}

function questionsDeck(catalogue: Catalogue, extras: DeckExtras): Deck {
  const questions = [...catalogue.data.questions].sort((a, b) => a.order - b.order)
  const answers = questions.flatMap((q) =>
    extras.voices
      .filter((v) => v.questionId === q.id)
      .flatMap((v): AnswerSlide[] => {
        const s = catalogue.specialism(v.specialismId)
        const g = s && catalogue.grouping(s.grouping)
        if (!s || !g) return []
        const notes = `${q.prompt} ${v.by ? `A real answer from ${v.by}.` : 'An editorial answer written from the sources named on the slide, not a quote from a person.'}`
        return [{ kind: 'answer', title: q.question, eyebrow: `Question ${q.order} of ${questions.length}`, specialism: s.name, grouping: g.shortName, colour: g.colour, text: v.text, by: v.by, sources: v.sources, notes }]
      }),
  )
  return {
    id: QUESTIONS_DECK,
    title: TITLES[QUESTIONS_DECK],
    description: 'The seven Healthcare Science Week “Day in the life” questions, answered for specialisms from all four groupings.',
    slides: [
      { kind: 'cover', title: TITLES[QUESTIONS_DECK], subtitle: 'Healthcare Science Week “Day in the life”', points: questions.map((q) => q.question), notes: 'Each question is answered for one specialism from each of the four groupings. Real contributors come first where a trust has added them; the rest are editorial answers, labelled so.' },
      ...answers,
      exploreEnd({ page: 'explore' }, 'Open any specialism for all seven answers.'),
    ],
  }
}

function selectionDeck(catalogue: Catalogue, ids: readonly string[]): Deck {
  const chosen = ids.map((id) => catalogue.specialism(id)).filter((s) => s !== undefined)
  const link: EndTarget = chosen.length ? { page: 'shortlist', ids: chosen.map((s) => s.id) } : { page: 'explore' }
  return {
    id: SELECTION_DECK,
    title: TITLES[SELECTION_DECK],
    description: 'A deck of specialisms chosen in the explorer, a shortlist or a comparison.',
    slides: [
      { kind: 'cover', title: TITLES[SELECTION_DECK], subtitle: chosen.length ? `${chosen.length} ${chosen.length === 1 ? 'specialism' : 'specialisms'}` : 'Nothing chosen yet', points: chosen.length ? [] : ['Search or filter in the explorer, then choose “Present this selection”.'], notes: 'A deck made from the explorer: the link keeps the selection, so it can be shared and reopened.' },
      ...chosen.map((s) => specialismSlide(catalogue, s)),
      exploreEnd(link, chosen.length ? 'The same specialisms, to open and keep on your phone.' : 'Search with any word you know.'),
    ],
  }
}

/** Deck ids in the order /present/ lists them (the selection deck is made from the explorer). */
export function deckIds(catalogue: Pick<Catalogue, 'groupings'>): string[] {
  return [INTRO_DECK, ...catalogue.groupings.map((g) => g.id), QUESTIONS_DECK]
}

/** A deck's title without building it (a list of decks needs only their names); undefined for no deck. */
export function deckTitle(catalogue: Pick<Catalogue, 'grouping'>, id: string): string | undefined {
  return Object.hasOwn(TITLES, id) ? TITLES[id as keyof typeof TITLES] : catalogue.grouping(id)?.name
}

export function buildDeck(catalogue: Catalogue, id: string, extras: DeckExtras, selection: readonly string[] = []): Deck | null {
  if (id === INTRO_DECK) return introDeck(catalogue)
  if (id === QUESTIONS_DECK) return questionsDeck(catalogue, extras)
  if (id === SELECTION_DECK) return selectionDeck(catalogue, selection)
  return groupingDeck(catalogue, id)
}

/** A slide's title in words, for the progress announcement and the presenter's "next" line. */
export function slideTitle(slide: Slide): string {
  return slide.kind === 'figure' ? `${slide.figure} ${slide.title}` : slide.kind === 'answer' ? `${slide.title} (${slide.specialism})` : slide.title
}
