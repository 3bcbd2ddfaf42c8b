import type { InferOutput } from 'valibot'
import type {
  AnswerSchema,
  BANDS,
  CONTACT,
  ContributionFileSchema,
  ContributionSchema,
  GlossaryTermSchema,
  GroupingSchema,
  LevelSchema,
  NATIONS,
  NationPaySchema,
  NationPayTableSchema,
  NationSchema,
  PayAwardSchema,
  PaySchema,
  QuestionSchema,
  RegistrationSchema,
  RouteEntrySchema,
  RouteSchema,
  SETTINGS,
  SourceSchema,
  SpecialismSchema,
  StorySchema,
  SUBJECTS,
  SubThemeSchema,
} from './schema'

export type Band = (typeof BANDS)[number]
export type Setting = (typeof SETTINGS)[number]
export type Contact = (typeof CONTACT)[number]
export type Subject = (typeof SUBJECTS)[number]

export type Source = InferOutput<typeof SourceSchema>
/** A source as pages get it (src/data/sources.ts): what they show, no more. */
export type ShownSource = Omit<Source, 'note' | 'alsoAt' | 'official'>
export type SubTheme = InferOutput<typeof SubThemeSchema>
export type Grouping = InferOutput<typeof GroupingSchema>
export type Level = InferOutput<typeof LevelSchema>
export type Route = InferOutput<typeof RouteSchema>
/** A route on a specialism: its scope (named for it, or only for its theme) and its citation. */
export type RouteEntry = InferOutput<typeof RouteEntrySchema>
/** A route entry without its citation. The first view carries only the named ones (see siteData.ts). */
export type RouteRef = Omit<RouteEntry, 'sources'>
export type Registration = InferOutput<typeof RegistrationSchema>
export type Pay = InferOutput<typeof PaySchema>
export type Nation = (typeof NATIONS)[number]
export type PayAward = InferOutput<typeof PayAwardSchema>
export type NationPayTable = InferOutput<typeof NationPayTableSchema>
export type NationPay = InferOutput<typeof NationPaySchema>
export type NationInfo = InferOutput<typeof NationSchema>
/** The first view's pay: the main table without the other nations (they load with the pages that show them). */
export type MainPay = Omit<Pay, 'nations'>
export type Question = InferOutput<typeof QuestionSchema>
export type Answer = InferOutput<typeof AnswerSchema>
export type Contribution = InferOutput<typeof ContributionSchema>
export type ContributionFile = InferOutput<typeof ContributionFileSchema>
export type Story = InferOutput<typeof StorySchema>
/** A specialism file as it is written in data/specialisms/. */
export type SpecialismFile = InferOutput<typeof SpecialismSchema>
/** A specialism with its real contributors' answers (data/contributions/<id>/), newest first. */
export type Specialism = SpecialismFile & {
  contributions: Contribution[]
  /** As the app loads it: the sources only its answers cite (the sources module leaves them out). */
  answerSources?: Record<string, ShownSource>
}
export type GlossaryTerm = InferOutput<typeof GlossaryTermSchema>

/** Fields that load with a specialism's own page (and compare), not with the first view. */
export type DetailField = 'answers' | 'contributions' | 'answerSources' | 'stories' | '$schema' | 'whatYouDo' | 'skills' | 'cite' | 'inferred' | 'sources' | 'related' | 'stp'
export const DETAIL_FIELDS: readonly DetailField[] = ['answers', 'contributions', 'answerSources', 'stories', '$schema', 'whatYouDo', 'skills', 'cite', 'inferred', 'sources', 'related', 'stp']

/** What every view needs about a specialism: search, filters, the tree, cards and pathways. */
export type SpecialismSummary = Omit<Specialism, DetailField | 'routes'> & { routes: RouteRef[] }

/** A record as the first view carries it: without its citations (they load with the sources). */
export type Uncited<T> = Omit<T, 'sources' | 'cite'>

/** The first view's data. Sources and citations load separately (src/data/sources.ts). */
export interface SiteData {
  groupings: Grouping[]
  specialisms: SpecialismSummary[]
  levels: Uncited<Level>[]
  routes: Uncited<Route>[]
  registrations: Uncited<Registration>[]
  pay: MainPay
  questions: Question[]
}

/** Loaded with the pages that show the other nations (src/data/nations.ts). */
export interface NationData {
  pay: NationPay[]
  nations: NationInfo[]
  /** The sources the nations' pay and facts cite. */
  sources: Record<string, Source>
}

export interface AllData extends Omit<SiteData, 'specialisms' | 'levels' | 'routes' | 'registrations' | 'pay'> {
  levels: Level[]
  routes: Route[]
  registrations: Registration[]
  specialisms: Specialism[]
  pay: Pay
  nations: NationInfo[]
  sources: Record<string, Source>
  synonyms: Record<string, string[]>
  glossary: GlossaryTerm[]
}
