// The building blocks of the schema (schema.ts): plain text, ids, dates and links. A module of its
// own so that the contribution form can check a contribution without loading the rest of the schema.
import * as v from 'valibot'

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const DATE = /^\d{4}-\d{2}-\d{2}$/

export const text = v.pipe(v.string(), v.regex(/\S/, 'must not be blank'))
export const id = v.pipe(v.string(), v.regex(KEBAB, 'must be a kebab-case id like "cardiac-science"'))
export const date = v.pipe(v.string(), v.regex(DATE, 'must be a date like 2026-11-27'))
export const url = v.pipe(v.string(), v.url('must be a full URL'))
