// The sources list of a specialism page: one heading per publisher (named once), and under each
// source what on the page it backs. A source used only for what is the same across healthcare
// science (levels, pay bands, routes, registration) may be another specialism's page or a general
// one: it is marked as such and listed after the sources about this specialism.
import type { ShownSource, Specialism } from './types'

type Cited = Pick<Specialism, 'sources' | 'cite' | 'answers' | 'routes'>

export interface SourceUse extends ShownSource {
  key: string
  /** What on the page it backs, in words ("the pay bands"). */
  usedFor: string[]
  /** Used only for what healthcare science shares, not for anything about this specialism itself. */
  general: boolean
}
export interface PublisherGroup {
  publisher: string
  kind: ShownSource['kind']
  items: SourceUse[]
}

const SPECIFIC: Record<string, string> = {
  summary: 'the summary',
  whatYouDo: 'what you do',
  settings: 'where you work',
  patientContact: 'patient contact',
  answers: 'the answers',
}
const GENERAL: Record<string, string> = {
  routes: 'the ways in',
  levels: 'the levels',
  bands: 'the pay bands',
  registration: 'registration',
}
const WORDS = { ...SPECIFIC, ...GENERAL }

export function sourcesByPublisher(specialism: Cited, lookup: (key: string) => ShownSource | undefined): PublisherGroup[] {
  const uses = new Map<string, Set<string>>()
  const use = (key: string, field: string) => (uses.get(key) ?? uses.set(key, new Set()).get(key)!).add(field)
  for (const [field, keys] of Object.entries(specialism.cite)) for (const key of keys ?? []) use(key, field)
  for (const answer of Object.values(specialism.answers)) for (const key of answer?.sources ?? []) use(key, 'answers')
  for (const route of specialism.routes) for (const key of route.sources) use(key, 'routes')

  const groups = new Map<string, PublisherGroup>()
  for (const key of new Set(specialism.sources)) {
    const source = lookup(key)
    if (!source) continue
    const fields = uses.get(key) ?? new Set<string>()
    const general = fields.size > 0 && [...fields].every((f) => f in GENERAL)
    const usedFor = Object.entries(WORDS).flatMap(([field, words]) => (fields.has(field) ? [words] : []))
    const group = groups.get(source.publisher) ?? { publisher: source.publisher, kind: source.kind, items: [] }
    group.items.push({ key, ...source, usedFor, general })
    groups.set(source.publisher, group)
  }
  // About this specialism first: in each publisher, and publishers with such a source before the rest.
  const list = [...groups.values()]
  for (const group of list) group.items.sort((a, b) => Number(a.general) - Number(b.general))
  const allGeneral = (group: PublisherGroup) => Number(group.items.every((item) => item.general))
  return list.sort((a, b) => allGeneral(a) - allGeneral(b))
}
