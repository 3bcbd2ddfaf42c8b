import { toJsonSchema } from '@valibot/to-json-schema'
import * as s from '../src/lib/schema.ts'

export function jsonSchemas(): Record<string, unknown> {
  const schemas = {
    specialism: s.SpecialismSchema,
    contribution: s.ContributionFileSchema,
    groupings: s.GroupingsSchema,
    levels: s.LevelsSchema,
    routes: s.RoutesSchema,
    registrations: s.RegistrationsSchema,
    pay: s.PaySchema,
    nations: s.NationsSchema,
    questions: s.QuestionsSchema,
    sources: s.SourcesSchema,
    synonyms: s.SynonymsSchema,
    glossary: s.GlossarySchema,
  }
  // The few checks JSON Schema cannot express (plain text, at least one answer) are left to the validator.
  return Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, toJsonSchema(schema, { errorMode: 'ignore' })]))
}
