// The one schema for everything in data/. Types are inferred from it (see types.ts), the
// validator and the build use it, and scripts/export-schema.ts writes it out as JSON Schema.
import * as v from 'valibot'
import { BANDS, CITED_FIELDS, CONTACT, NATIONS, ROUTE_KINDS, ROUTE_SCOPES, SETTINGS, SOURCE_KINDS, STAGES, STP_STATUS, SUBJECTS } from './vocabulary'

export { BANDS, CITED_FIELDS, CONTACT, NATIONS, ROUTE_KINDS, ROUTE_SCOPES, SETTINGS, SOURCE_KINDS, STAGES, STP_STATUS, SUBJECTS }

import { date, id, text, url } from './schemaBasics'
import { CONTRIBUTION_LIMITS, ContributionFileSchema, ContributionSchema } from './schemaContribution'

export { CONTRIBUTION_LIMITS, ContributionFileSchema, ContributionSchema }

const ids = v.array(id)
const sourceKeys = v.pipe(v.array(id), v.minLength(1, 'must name at least one source'))
const band = v.picklist(BANDS)

export const SourceSchema = v.strictObject({
  title: text,
  url,
  alsoAt: v.optional(v.array(url)),
  publisher: text,
  /** NHS, government or a regulator. */
  official: v.boolean(),
  /** official; professional-body (a professional or registration body); third-party (anything else). */
  kind: v.picklist(SOURCE_KINDS),
  /** The site is gone (e.g. the retired NHS Careers domain): the page is older and may be out of date. */
  retired: v.optional(v.strictObject({ note: text, archive: v.optional(url) })),
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
  /** Set for a specialism's own level outside the five-level framework (e.g. clinical perfusion scientist). */
  only: v.optional(v.pipe(ids, v.minLength(1))),
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

const payPoints = v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(10000))), v.minLength(1))
const payBands = v.array(v.strictObject({ band, points: payPoints }))
const nation = v.picklist(NATIONS)

/** A yearly pay rise for a nation: "3.75% from 1 April 2026". */
export const PayAwardSchema = v.strictObject({
  year: text,
  effectiveFrom: date,
  uplift: v.number(),
  /** False while it is only announced or proposed (the note says what is known). */
  confirmed: v.boolean(),
  note: text,
  sources: sourceKeys,
})

/** A nation's own full pay table, with the year it is for and where the figures come from. */
export const NationPayTableSchema = v.strictObject({
  nation,
  year: text,
  effectiveFrom: date,
  sources: sourceKeys,
  official: v.boolean(),
  officialNote: text,
  bands: payBands,
})

/** Pay in a nation other than the main table's: its own table where one is sourced, else its awards
 * and a note that says the table is not given here, with a source to look it up. */
export const NationPaySchema = v.strictObject({
  nation,
  table: v.optional(NationPayTableSchema),
  awards: v.array(PayAwardSchema),
  note: text,
  lookUp: id,
})

export const PaySchema = v.strictObject({
  nation,
  year: text,
  effectiveFrom: date,
  summary: text,
  sources: sourceKeys,
  official: v.boolean(),
  officialNote: text,
  bands: payBands,
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
  /** The other nations: loaded with the pages that show them, not with the first view. */
  nations: v.array(NationPaySchema),
})

/** One fact about a nation, with the sources that state it. */
export const NationFactSchema = v.strictObject({ text, sources: sourceKeys })
export const NationSchema = v.strictObject({
  id: nation,
  name: text,
  summary: text,
  same: v.pipe(v.array(NationFactSchema), v.minLength(1)),
  differs: v.pipe(v.array(NationFactSchema), v.minLength(1)),
  apply: v.pipe(v.array(NationFactSchema), v.minLength(1)),
})
export const NationsSchema = v.pipe(v.array(NationSchema), v.minLength(1))

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

export const RouteEntrySchema = v.strictObject({
  id,
  scope: v.picklist(ROUTE_SCOPES),
  /** For scope "theme": the theme the source names it for, read after "exists in" ("blood sciences"). */
  theme: v.optional(text),
  /** Something true of this route for this specialism only, e.g. who may apply. */
  note: v.optional(text),
  sources: sourceKeys,
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
  // Either may be empty where no source names a level or a way in: the page then says so.
  levels: ids,
  routes: v.array(RouteEntrySchema),
  bands: v.record(id, v.array(band)),
  registration: ids,
  related: ids,
  stp: v.picklist(STP_STATUS),
  // A cited field that has content must name its sources (checked in validate.ts); an empty one may not.
  cite: v.strictObject(
    Object.fromEntries(CITED_FIELDS.map((field) => [field, v.optional(sourceKeys)])) as Record<
      (typeof CITED_FIELDS)[number],
      v.OptionalSchema<typeof sourceKeys, undefined>
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
