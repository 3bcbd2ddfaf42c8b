// Checks raw data files against the schema and against each other. Pure: the caller reads
// the files (scripts/validate.ts, the Vite data plugin, tests) and passes them in.
import * as v from 'valibot'
import {
  CITED_FIELDS,
  GlossarySchema,
  GroupingsSchema,
  LevelsSchema,
  NationsSchema,
  PaySchema,
  QuestionsSchema,
  RegistrationsSchema,
  RoutesSchema,
  SourcesSchema,
  ContributionFileSchema,
  SpecialismSchema,
  SynonymsSchema,
} from './schema'
import { CONTRIBUTION_FILE, sortContributions, toContribution } from './contributions'
import type { AllData, Contribution, Specialism } from './types'

/** file path (as shown to the editor) -> parsed JSON */
export type RawFiles = Map<string, unknown>
export type ValidationResult = { ok: true; data: AllData } | { ok: false; errors: string[] }

const SINGLE_FILES = {
  groupings: ['data/groupings.json', GroupingsSchema],
  levels: ['data/levels.json', LevelsSchema],
  routes: ['data/routes.json', RoutesSchema],
  registrations: ['data/registrations.json', RegistrationsSchema],
  pay: ['data/pay.json', PaySchema],
  nations: ['data/nations.json', NationsSchema],
  questions: ['data/questions.json', QuestionsSchema],
  sources: ['data/sources.json', SourcesSchema],
  synonyms: ['data/synonyms.json', SynonymsSchema],
  glossary: ['data/glossary.json', GlossarySchema],
} as const

function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  const json = JSON.stringify(value)
  return json.length > 60 ? `${json.slice(0, 57)}...` : json
}

function formatIssue(file: string, issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue) ?? '(file)'
  if (issue.expected === 'never') return `${file}: ${path}: is not a known field (remove it or check its spelling)`
  if (issue.input === undefined) return `${file}: ${path}: is required but missing`
  const message = issue.message.startsWith('Invalid') ? `expected ${issue.expected}` : issue.message
  return `${file}: ${path}: ${message} (got ${describe(issue.input)})`
}

function parse<T>(file: string, schema: v.GenericSchema<unknown, T>, raw: unknown, errors: string[]) {
  const result = v.safeParse(schema, raw)
  if (!result.success) errors.push(...result.issues.map((issue) => formatIssue(file, issue)))
  return result.success ? result.output : undefined
}

export function validateData(files: RawFiles): ValidationResult {
  const errors: string[] = []
  const single: Record<string, unknown> = {}
  for (const [key, [file, schema]] of Object.entries(SINGLE_FILES)) {
    if (!files.has(file)) errors.push(`${file}: file is missing`)
    else single[key] = parse(file, schema as v.GenericSchema, files.get(file), errors)
  }
  const specialisms: Specialism[] = []
  const seen = new Map<string, string>()
  const questions = (single.questions as { id: string }[] | undefined)?.map((q) => q.id) ?? []
  const contributions = readContributions(files, questions, errors)
  for (const [file, raw] of files) {
    const match = /^data\/specialisms\/([^/]+)\.json$/.exec(file)
    if (!match) continue
    const file_ = parse(file, SpecialismSchema, raw, errors)
    if (!file_) continue
    const parsed: Specialism = { ...file_, contributions: sortContributions(contributions.get(file_.id)?.map((c) => c.contribution) ?? []) }
    contributions.delete(file_.id)
    if (parsed.id !== match[1]) errors.push(`${file}: id: must match the file name "${match[1]}" (got "${parsed.id}")`)
    const earlier = seen.get(parsed.id)
    if (earlier) errors.push(`${file}: id: "${parsed.id}" is already used by ${earlier}`)
    seen.set(parsed.id, file)
    specialisms.push(parsed)
  }
  for (const [folder, list] of contributions) {
    for (const { file } of list) errors.push(`${file}: is in data/contributions/${folder}/, but there is no specialism "${folder}" (check the folder name)`)
  }
  if (specialisms.length === 0 && errors.length === 0) errors.push('data/specialisms: no specialism files found')
  if (errors.length > 0) return { ok: false, errors }
  const data = { ...single, specialisms: specialisms.sort((a, b) => a.id.localeCompare(b.id)) } as AllData
  const referenceErrors = checkReferences(data)
  return referenceErrors.length > 0 ? { ok: false, errors: referenceErrors } : { ok: true, data }
}

/** data/contributions/<specialism-id>/<slug>.json, grouped by folder, each checked on its own. */
function readContributions(files: RawFiles, questionIds: string[], errors: string[]) {
  const byFolder = new Map<string, { file: string; contribution: Contribution }[]>()
  for (const [file, raw] of files) {
    const match = CONTRIBUTION_FILE.exec(file)
    if (!match) {
      if (file.startsWith('data/contributions/')) errors.push(`${file}: must be data/contributions/<specialism-id>/<name>.json`)
      continue
    }
    const parsed = parse(file, ContributionFileSchema, raw, errors)
    if (!parsed) continue
    const folder = match[1]!
    Object.keys(parsed.answers).forEach((q) => oneOf(file, 'answers', q, questionIds, errors))
    if (parsed.specialism !== folder) {
      errors.push(`${file}: specialism: must match its folder "${folder}" (got "${parsed.specialism}")`)
      continue
    }
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), { file, contribution: toContribution(parsed) }])
  }
  return byFolder
}

function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    row = next
  }
  return row[b.length]!
}

function oneOf(file: string, field: string, value: string, allowed: Iterable<string>, errors: string[]) {
  const list = [...allowed]
  if (list.includes(value)) return
  if (list.length <= 12) {
    errors.push(`${file}: ${field} "${value}" is not one of ${list.join(', ')}`)
    return
  }
  const nearest = [...list].sort((a, b) => distance(value, a) - distance(value, b))[0]
  errors.push(`${file}: ${field} "${value}" is not one of the ${list.length} known ids (nearest: "${nearest}")`)
}

function checkSources(file: string, field: string, keys: string[], data: AllData, errors: string[]) {
  for (const key of keys) {
    if (!(key in data.sources)) errors.push(`${file}: ${field} names source "${key}", which is not in data/sources.json`)
  }
}

/** Each route on a specialism: a known route, listed once, with its scope's theme and its own citation. */
function checkRouteEntries(file: string, s: Specialism, routeIds: string[], errors: string[]) {
  s.routes.forEach((entry, i) => {
    const field = `routes[${i}]`
    oneOf(file, `${field}.id`, entry.id, routeIds, errors)
    if (s.routes.findIndex((other) => other.id === entry.id) !== i) errors.push(`${file}: ${field}.id: "${entry.id}" is listed twice`)
    if (entry.scope === 'theme' && !entry.theme)
      errors.push(`${file}: ${field}.theme: is required when scope is "theme" (the theme the source names, e.g. "blood sciences")`)
    if (entry.scope === 'named' && entry.theme) errors.push(`${file}: ${field}.theme: only a "theme" route has a theme; a named route must not`)
  })
}

/** The other nations' pay (not the main table's nation, each once) and the four nations' facts, with their sources. */
function checkNations(data: AllData, errors: string[]) {
  const pay = 'data/pay.json'
  const payNations = data.pay.nations.map((n) => n.nation)
  payNations.forEach((nation, i) => {
    if (nation === data.pay.nation) errors.push(`${pay}: nations[${i}].nation: "${nation}" is the main table's nation already`)
    else if (payNations.indexOf(nation) !== i) errors.push(`${pay}: nations[${i}].nation: "${nation}" appears twice`)
  })
  data.pay.nations.forEach((n, i) => {
    const field = `nations[${i}]`
    if (n.table && n.table.nation !== n.nation) errors.push(`${pay}: ${field}.table.nation: must be "${n.nation}" (got "${n.table.nation}")`)
    checkSources(pay, `${field}.lookUp`, [n.lookUp], data, errors)
    checkSources(pay, `${field}.table.sources`, n.table?.sources ?? [], data, errors)
    n.awards.forEach((a, j) => checkSources(pay, `${field}.awards[${j}].sources`, a.sources, data, errors))
  })
  const file = 'data/nations.json'
  const ids = data.nations.map((n) => n.id)
  ids.forEach((id, i) => ids.indexOf(id) !== i && errors.push(`${file}: id "${id}" appears twice`))
  data.nations.forEach((n, i) => {
    for (const part of ['same', 'differs', 'apply'] as const) {
      n[part].forEach((fact, j) => checkSources(file, `[${i}].${part}[${j}].sources`, fact.sources, data, errors))
    }
  })
}

/** Every id that one file uses must exist in another: the rules no per-file schema can see. */
export function checkReferences(data: AllData): string[] {
  const errors: string[] = []
  const groupingIds = data.groupings.map((g) => g.id)
  const levelIds = data.levels.map((l) => l.id)
  const routeIds = data.routes.map((r) => r.id)
  const registrationIds = data.registrations.map((r) => r.id)
  const questionIds = data.questions.map((q) => q.id)
  const requiredAnswers = data.questions.filter((q) => !q.editorialOptional).map((q) => q.id)
  const specialismIds = data.specialisms.map((s) => s.id)
  const unique = (file: string, list: string[]) => {
    const dup = list.find((item, i) => list.indexOf(item) !== i)
    if (dup) errors.push(`${file}: id "${dup}" appears twice`)
  }
  unique('data/groupings.json', groupingIds)
  unique('data/levels.json', levelIds)
  unique('data/routes.json', routeIds)
  unique('data/registrations.json', registrationIds)
  unique('data/questions.json', questionIds)
  unique('data/glossary.json', data.glossary.map((t) => t.id))
  data.glossary.forEach((t, i) => checkSources('data/glossary.json', `[${i}].sources`, t.sources, data, errors))

  data.groupings.forEach((g, i) => checkSources('data/groupings.json', `[${i}].sources`, g.sources, data, errors))
  data.levels.forEach((level, i) => {
    const file = 'data/levels.json'
    level.routes.forEach((r) => oneOf(file, `[${i}].routes`, r, routeIds, errors))
    level.only?.forEach((id) => oneOf(file, `[${i}].only`, id, specialismIds, errors))
    checkSources(file, `[${i}].sources`, [...level.sources, ...Object.values(level.cite).flat()], data, errors)
  })
  data.routes.forEach((route, i) => {
    const file = 'data/routes.json'
    oneOf(file, `[${i}].leadsTo`, route.leadsTo, levelIds, errors)
    route.registration.forEach((r) => oneOf(file, `[${i}].registration`, r, registrationIds, errors))
    checkSources(file, `[${i}].sources`, [...route.sources, ...Object.values(route.cite).flat()], data, errors)
  })
  data.registrations.forEach((r, i) => checkSources('data/registrations.json', `[${i}].sources`, r.sources, data, errors))
  checkSources('data/pay.json', 'sources', [...data.pay.sources, ...(data.pay.next?.sources ?? [])], data, errors)
  checkNations(data, errors)
  for (const [word, targets] of Object.entries(data.synonyms)) {
    targets.forEach((t) => oneOf('data/synonyms.json', `"${word}"`, t, specialismIds, errors))
  }

  for (const s of data.specialisms) {
    const file = `data/specialisms/${s.id}.json`
    const grouping = data.groupings.find((g) => g.id === s.grouping)
    oneOf(file, 'grouping', s.grouping, groupingIds, errors)
    if (grouping) oneOf(file, 'subTheme', s.subTheme, grouping.subThemes.map((t) => t.id), errors)
    s.levels.forEach((l) => {
      oneOf(file, 'levels', l, levelIds, errors)
      const only = data.levels.find((level) => level.id === l)?.only
      if (only && !only.includes(s.id)) errors.push(`${file}: levels: "${l}" is the own level of ${only.join(', ')}, not of this specialism`)
    })
    checkRouteEntries(file, s, routeIds, errors)
    for (const field of CITED_FIELDS) {
      const value = s[field]
      const hasContent = Array.isArray(value) ? value.length > 0 : typeof value === 'object' ? Object.keys(value).length > 0 : true
      if (hasContent && !s.cite[field]) errors.push(`${file}: cite.${field}: is required, because ${field} has content (name its sources)`)
    }
    Object.keys(s.bands).forEach((l) => oneOf(file, 'bands', l, s.levels, errors))
    s.registration.forEach((r) => oneOf(file, 'registration', r, registrationIds, errors))
    s.related.forEach((r) => {
      if (r === s.id) errors.push(`${file}: related: must not name the specialism itself`)
      else oneOf(file, 'related', r, specialismIds, errors)
    })
    for (const q of requiredAnswers) {
      if (!s.answers[q]) errors.push(`${file}: answers.${q}: every question needs an answer (missing)`)
    }
    for (const q of Object.keys(s.answers)) oneOf(file, 'answers', q, questionIds, errors)
    const used = [
      ...Object.values(s.cite).flatMap((keys) => keys ?? []),
      ...Object.values(s.answers).flatMap((a) => a.sources),
      ...s.routes.flatMap((r) => r.sources),
    ]
    checkSources(file, 'sources', s.sources, data, errors)
    for (const key of used) {
      if (!s.sources.includes(key)) errors.push(`${file}: sources: must list "${key}", which the file cites`)
    }
  }
  return errors
}
