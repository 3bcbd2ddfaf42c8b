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
  PaySchema,
  QuestionSchema,
  RegistrationSchema,
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
export type SubTheme = InferOutput<typeof SubThemeSchema>
export type Grouping = InferOutput<typeof GroupingSchema>
export type Level = InferOutput<typeof LevelSchema>
export type Route = InferOutput<typeof RouteSchema>
export type Registration = InferOutput<typeof RegistrationSchema>
export type Pay = InferOutput<typeof PaySchema>
export type Question = InferOutput<typeof QuestionSchema>
export type Answer = InferOutput<typeof AnswerSchema>
export type Contribution = InferOutput<typeof ContributionSchema>
export type ContributionFile = InferOutput<typeof ContributionFileSchema>
export type Story = InferOutput<typeof StorySchema>
/** A specialism file as it is written in data/specialisms/. */
export type SpecialismFile = InferOutput<typeof SpecialismSchema>
/** A specialism with its real contributors' answers (data/contributions/<id>/), newest first. */
export type Specialism = SpecialismFile & { contributions: Contribution[] }
export type GlossaryTerm = InferOutput<typeof GlossaryTermSchema>

/** Fields that load with a specialism's own page (and compare), not with the first view. */
export type DetailField = 'answers' | 'contributions' | 'stories' | '$schema' | 'whatYouDo' | 'skills' | 'cite' | 'inferred' | 'sources' | 'related' | 'stp'
export const DETAIL_FIELDS: readonly DetailField[] = ['answers', 'contributions', 'stories', '$schema', 'whatYouDo', 'skills', 'cite', 'inferred', 'sources', 'related', 'stp']

/** What every view needs about a specialism: search, filters, the tree, cards and pathways. */
export type SpecialismSummary = Omit<Specialism, DetailField>

/** The first view's data. Sources load separately (src/data/sources.ts). */
export interface SiteData {
  groupings: Grouping[]
  specialisms: SpecialismSummary[]
  levels: Level[]
  routes: Route[]
  registrations: Registration[]
  pay: Pay
  questions: Question[]
}

export interface AllData extends Omit<SiteData, 'specialisms'> {
  specialisms: Specialism[]
  sources: Record<string, Source>
  synonyms: Record<string, string[]>
  glossary: GlossaryTerm[]
}
