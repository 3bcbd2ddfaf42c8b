// The one schema for everything in data/. Types are inferred from it (see types.ts), the
// validator and the build use it, and scripts/export-schema.ts writes it out as JSON Schema.
import * as v from 'valibot'
import { BANDS, CITED_FIELDS, CONTACT, ROUTE_KINDS, SETTINGS, STAGES, STP_STATUS, SUBJECTS } from './vocabulary'

// The lists live in vocabulary.ts so the first view can use them without loading valibot.
export { BANDS, CITED_FIELDS, CONTACT, ROUTE_KINDS, SETTINGS, STAGES, STP_STATUS, SUBJECTS }

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const DATE = /^\d{4}-\d{2}-\d{2}$/

const text = v.pipe(v.string(), v.regex(/\S/, 'must not be blank'))
const id = v.pipe(v.string(), v.regex(KEBAB, 'must be a kebab-case id like "cardiac-science"'))
const ids = v.array(id)
const date = v.pipe(v.string(), v.regex(DATE, 'must be a date like 2026-11-27'))
const url = v.pipe(v.string(), v.url('must be a full URL'))
const sourceKeys = v.pipe(v.array(id), v.minLength(1, 'must name at least one source'))
const band = v.picklist(BANDS)

export const SourceSchema = v.strictObject({
  title: text,
  url,
  alsoAt: v.optional(v.array(url)),
  publisher: text,
  official: v.boolean(),
  read: date,
  note: v.optional(text),
})
export const SourcesSchema = v.record(id, SourceSchema)

export const SubThemeSchema = v.strictObject({ id, name: text, summary: text })
export const GroupingSchema = v.strictObject({
  id,
  name: text,
  shortName: text,
  otherNames: v.array(text),
  summary: text,
  description: text,
  colour: v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'must be a hex colour like #1f5aa6')),
  subThemes: v.pipe(v.array(SubThemeSchema), v.minLength(1)),
  sources: sourceKeys,
})
export const GroupingsSchema = v.pipe(v.array(GroupingSchema), v.minLength(1))

export const LevelSchema = v.strictObject({
  id,
  name: text,
  order: v.number(),
  summary: text,
  entry: text,
  bands: v.array(band),
  bandsNote: v.optional(text),
  routes: ids,
  cite: v.strictObject({ summary: sourceKeys, entry: sourceKeys, bands: sourceKeys }),
  sources: sourceKeys,
})
export const LevelsSchema = v.array(LevelSchema)

export const RouteSchema = v.strictObject({
  id,
  name: text,
  shortName: text,
  kind: v.picklist(ROUTE_KINDS),
  from: v.picklist(STAGES),
  leadsTo: id,
  qualificationLevel: text,
  duration: v.nullable(text),
  summary: text,
  entry: text,
  paid: v.nullable(text),
  bands: v.array(band),
  registration: ids,
  cite: v.record(v.string(), sourceKeys),
  sources: sourceKeys,
})
export const RoutesSchema = v.array(RouteSchema)

export const RegistrationSchema = v.strictObject({
  id,
  name: text,
  body: text,
  statutory: v.boolean(),
  protectedTitle: v.nullable(text),
  summary: text,
  sources: sourceKeys,
})
export const RegistrationsSchema = v.array(RegistrationSchema)

export const PaySchema = v.strictObject({
  year: text,
  effectiveFrom: date,
  country: text,
  summary: text,
  sources: sourceKeys,
  official: v.boolean(),
  officialNote: text,
  bands: v.array(
    v.strictObject({
      band,
      points: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(10000))), v.minLength(1)),
    }),
  ),
  londonNote: text,
  next: v.optional(
    v.strictObject({
      year: text,
      effectiveFrom: date,
      uplift: v.number(),
      note: text,
      sources: sourceKeys,
    }),
  ),
})

export const QuestionSchema = v.strictObject({
  id,
  order: v.number(),
  question: text,
  short: text,
  prompt: text,
  /** The editorial answer may be left out where no source can answer it (the pandemic question). */
  editorialOptional: v.optional(v.boolean()),
})
export const QuestionsSchema = v.array(QuestionSchema)

export const AnswerSchema = v.strictObject({ text, sources: sourceKeys })

/** Limits on what a contributor types (the /contribute/ form and the build use the same ones). */
export const CONTRIBUTION_LIMITS = { name: 60, role: 80, employer: 100, answer: 1200, slug: 60 } as const
const limited = (max: number) => v.pipe(text, v.maxLength(max, `must be ${max} characters or fewer`))
// Plain text only: answers are shown as text, but markup or links in them would only confuse a reader.
const plain = (max: number) =>
  v.pipe(limited(max), v.check((s) => !/[<>]/.test(s), 'must be plain text, without < or >'))

/** One person's answers, as it appears on a specialism page (the file adds its specialism). */
export const ContributionSchema = v.strictObject({
  name: plain(CONTRIBUTION_LIMITS.name),
  role: plain(CONTRIBUTION_LIMITS.role),
  employer: v.optional(plain(CONTRIBUTION_LIMITS.employer)),
  date,
  consent: v.literal(true, 'must be true: only publish answers with the person’s consent'),
  video: v.optional(v.pipe(url, v.regex(/^https:\/\//, 'must be an https:// link'))),
  answers: v.pipe(
    v.record(id, plain(CONTRIBUTION_LIMITS.answer)),
    v.check((a) => Object.keys(a).length > 0, 'must answer at least one question'),
  ),
})

/** data/contributions/<specialism-id>/<slug>.json: one contributor, one specialism. */
export const ContributionFileSchema = v.strictObject({
  $schema: v.optional(v.string()),
  specialism: id,
  ...ContributionSchema.entries,
})

/** A real person's published account of the work: linked and summarised in our words, never copied. */
export const StorySchema = v.strictObject({
  url: v.pipe(url, v.regex(/^https:\/\//, 'must be an https:// link')),
  title: text,
  /** The person's name as the page gives it. */
  person: v.optional(text),
  /** Their role as the page gives it, e.g. "trainee clinical scientist in audiology". */
  role: text,
  employer: v.optional(text),
  publisher: text,
  /** When it was published, as precisely as the page says (2024-03-11, 2024-03 or 2024); left out
   * when the page gives no date, and the page then shows the date we read it instead. */
  published: v.optional(v.pipe(v.string(), v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be a date like 2024-03-11, 2024-03 or 2024'))),
  read: date,
  /** Our own one-line summary of what the story tells a student. */
  summary: v.pipe(text, v.maxLength(240, 'must be short: 240 characters at most')),
})

export const SpecialismSchema = v.strictObject({
  $schema: v.optional(v.string()),
  id,
  name: text,
  otherNames: v.array(text),
  everydayWords: v.array(text),
  grouping: id,
  subTheme: id,
  summary: v.pipe(text, v.maxLength(280, 'must be short: 280 characters at most')),
  whatYouDo: v.pipe(v.array(text), v.minLength(1)),
  settings: v.pipe(v.array(v.picklist(SETTINGS)), v.minLength(1)),
  patientContact: v.picklist(CONTACT),
  subjects: v.array(v.picklist(SUBJECTS)),
  skills: v.array(text),
  levels: v.pipe(ids, v.minLength(1)),
  // May be empty where no source describes how you train: the page then says so.
  routes: ids,
  bands: v.record(id, v.array(band)),
  registration: ids,
  related: ids,
  stp: v.picklist(STP_STATUS),
  cite: v.strictObject(
    Object.fromEntries(CITED_FIELDS.map((field) => [field, sourceKeys])) as Record<
      (typeof CITED_FIELDS)[number],
      typeof sourceKeys
    >,
  ),
  inferred: v.array(v.string()),
  answers: v.record(id, AnswerSchema),
  // Real people's answers are files of their own (data/contributions/), added when data/ is read.
  stories: v.optional(v.array(StorySchema)),
  sources: sourceKeys,
  reviewed: date,
})

export const SynonymsSchema = v.record(v.string(), v.array(id))

/** A word a student may not know, explained where it first appears and on /glossary/. */
export const GlossaryTermSchema = v.strictObject({
  id,
  /** As written on the page: "STP", "Agenda for Change". */
  term: text,
  /** The full name of an abbreviation, shown in its <abbr title>. */
  full: v.optional(text),
  /** Words that mark it in text (case-sensitive for abbreviations, whole words); default: the term. */
  match: v.optional(v.array(text)),
  definition: v.pipe(text, v.maxLength(320, 'must be short: 320 characters at most')),
  sources: sourceKeys,
})
export const GlossarySchema = v.array(GlossaryTermSchema)
