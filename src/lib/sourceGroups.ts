// The sources list of a specialism page, sorted so a reader can tell what each source backs: first
// the sources about this specialism (its summary, its work, the answers), then the ones about
// healthcare science in general (levels, pay bands, routes, registration), which may be another
// specialism's page or a general one. In each part, one heading per publisher.
import type { ShownSource, Specialism } from './types'

type Cited = Pick<Specialism, 'sources' | 'cite' | 'answers' | 'routes'>

export interface SourceUse extends ShownSource {
  key: string
  /** What on the page it backs, in words ("the pay bands"). */
  usedFor: string[]
}
export interface PublisherGroup {
  publisher: string
  kind: ShownSource['kind']
  items: SourceUse[]
}
export interface SourceSection {
  about: 'specialism' | 'field'
  publishers: PublisherGroup[]
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

export function sourceSections(specialism: Cited, lookup: (key: string) => ShownSource | undefined): SourceSection[] {
  const uses = new Map<string, Set<string>>()
  const use = (key: string, field: string) => (uses.get(key) ?? uses.set(key, new Set()).get(key)!).add(field)
  for (const [field, keys] of Object.entries(specialism.cite)) for (const key of keys ?? []) use(key, field)
  for (const answer of Object.values(specialism.answers)) for (const key of answer?.sources ?? []) use(key, 'answers')
  for (const route of specialism.routes) for (const key of route.sources) use(key, 'routes')

  const sections: Record<SourceSection['about'], Map<string, PublisherGroup>> = { specialism: new Map(), field: new Map() }
  for (const key of new Set(specialism.sources)) {
    const source = lookup(key)
    if (!source) continue
    const fields = [...(uses.get(key) ?? [])]
    const specific = fields.length === 0 || fields.some((f) => !(f in GENERAL))
    const usedFor = [...Object.entries(SPECIFIC), ...Object.entries(GENERAL)].filter(([f]) => fields.includes(f)).map(([, w]) => w)
    const groups = sections[specific ? 'specialism' : 'field']
    const group = groups.get(source.publisher) ?? { publisher: source.publisher, kind: source.kind, items: [] }
    group.items.push({ key, ...source, usedFor })
    groups.set(source.publisher, group)
  }
  return (['specialism', 'field'] as const)
    .map((about) => ({ about, publishers: [...sections[about].values()] }))
    .filter((section) => section.publishers.length > 0)
}
