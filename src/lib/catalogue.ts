// One frozen, indexed view of the validated data. Built once; everything else reads from it.
import { compareNames } from './names'
import type { Band, Grouping, SiteData, SpecialismSummary, Uncited } from './types'
import type { Level as CitedLevel, Registration as CitedRegistration, Route as CitedRoute } from './types'

// The first view carries levels, routes and registers without their citations.
type Level = Uncited<CitedLevel>
type Route = Uncited<CitedRoute>
type Registration = Uncited<CitedRegistration>

export interface Catalogue {
  readonly data: SiteData
  readonly groupings: readonly Grouping[]
  /** In grouping order, then by name: the order of the tree, lists and slides. */
  readonly specialisms: readonly SpecialismSummary[]
  grouping(id: string): Grouping | undefined
  specialism(id: string): SpecialismSummary | undefined
  level(id: string): Level | undefined
  route(id: string): Route | undefined
  registration(id: string): Registration | undefined
  specialismsIn(groupingId: string): readonly SpecialismSummary[]
  /** The specialism's own bands for a level where the data gives them, else the level's usual bands. */
  bandsFor(specialism: Pick<SpecialismSummary, 'bands'>, levelId: string): readonly Band[]
  payFor(band: Band): readonly number[] | undefined
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

function indexBy<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((item) => [item.id, item]))
}

/**
 * `check` (the default, and in development): the data copied and frozen, so code that would change it
 * fails where it is written. The built app passes false: its data is its own module's, nobody else holds
 * it, nothing in the app puts it in reactive state, and copying and freezing it cost a phone about
 * 60 ms as each page starts (issue 11).
 */
export function createCatalogue(input: SiteData, { check = true }: { check?: boolean } = {}): Catalogue {
  // Only the first view's fields: answers, sources and the rest load with the pages that show them.
  const data = check ? deepFreeze(structuredClone(input)) : input
  const groupingOrder = new Map(data.groupings.map((g, i) => [g.id, i]))
  const specialisms = [...data.specialisms].sort(
    (a, b) =>
      (groupingOrder.get(a.grouping) ?? 99) - (groupingOrder.get(b.grouping) ?? 99) || compareNames(a.name, b.name),
  )
  const groupings = indexBy(data.groupings)
  const byId = indexBy(specialisms)
  const levels = indexBy(data.levels)
  const routes = indexBy(data.routes)
  const registrations = indexBy(data.registrations)
  const pay = new Map(data.pay.bands.map((b) => [b.band, b.points]))
  const byGrouping = new Map(data.groupings.map((g) => [g.id, specialisms.filter((s) => s.grouping === g.id)]))
  return Object.freeze({
    data,
    groupings: data.groupings,
    specialisms: Object.freeze(specialisms),
    grouping: (id: string) => groupings.get(id),
    specialism: (id: string) => byId.get(id),
    level: (id: string) => levels.get(id),
    route: (id: string) => routes.get(id),
    registration: (id: string) => registrations.get(id),
    specialismsIn: (id: string) => byGrouping.get(id) ?? [],
    bandsFor: (s: Pick<SpecialismSummary, 'bands'>, levelId: string) => s.bands[levelId] ?? levels.get(levelId)?.bands ?? [],
    payFor: (band: Band) => pay.get(band),
  })
}
