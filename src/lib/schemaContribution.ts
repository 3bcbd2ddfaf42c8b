// Part of the one schema (schema.ts re-exports it): a real person's answers, as the /contribute/
// form writes them and the build reads them from data/contributions/. A module of its own so the
// form does not load the schema of everything else (nor the fixed lists it uses).
import * as v from 'valibot'
import { date, id, text, url } from './schemaBasics'

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

