// A specialism's career pathway: from school, up the levels its data names, each step with the
// routes in, what you need, the Agenda for Change bands and pay, and the registers that apply.
import type { Catalogue } from './catalogue'
import { payRangeForBands, type PayRange } from './pay'
import { STAGES } from './vocabulary'
import type { Band, Registration, Route, SpecialismSummary, Subject } from './types'

export type Stage = Route['from']
export type PathwayInput = Pick<SpecialismSummary, 'levels' | 'routes' | 'bands' | 'registration' | 'subjects'>
type PathwayCatalogue = Pick<Catalogue, 'level' | 'route' | 'registration' | 'bandsFor' | 'payFor'>

export interface PathwayBand {
  band: Band
  /** Undefined when the pay data has no figure for the band: show the band only. */
  pay?: PayRange
}

export interface PathwayRoute {
  id: string
  name: string
  shortName: string
  kind: Route['kind']
  from: Stage
  entry: string
  duration: string | null
  paid: string | null
  /** Bands paid while training (e.g. band 6 on the STP). */
  trainingBands: PathwayBand[]
}

export interface SchoolStep {
  kind: 'school'
  id: 'school'
  subjects: Subject[]
  /** Routes this specialism offers straight after GCSEs and after A levels. */
  next: { from: Stage; routes: PathwayRoute[] }[]
}

export interface LevelStep {
  kind: 'level'
  id: string
  name: string
  summary: string
  entry: string
  /** The earliest stage any of its routes starts from, or null when none applies. */
  from: Stage | null
  routes: PathwayRoute[]
  bands: PathwayBand[]
  pay?: PayRange
  bandsNote?: string
  registration: Registration[]
}

export type PathwayStep = SchoolStep | LevelStep

export interface Pathway {
  steps: PathwayStep[]
  /** Registers the specialism names that no route on the pathway leads to. */
  otherRegistration: Registration[]
}

const stageIndex = (stage: Stage) => STAGES.indexOf(stage)
const defined = <T>(value: T | undefined): value is T => value !== undefined

function bandsWithPay(bands: readonly Band[], catalogue: PathwayCatalogue): PathwayBand[] {
  return bands.map((band) => {
    const pay = payRangeForBands([band], catalogue.payFor)
    return pay ? { band, pay } : { band }
  })
}

function toPathwayRoute(route: Route, catalogue: PathwayCatalogue): PathwayRoute {
  const { id, name, shortName, kind, from, entry, duration, paid } = route
  return { id, name, shortName, kind, from, entry, duration, paid, trainingBands: bandsWithPay(route.bands, catalogue) }
}

/** Each route goes to the step of the level it leads to, or else the nearest step above (then below). */
function stepIndexFor(route: Route, levelOrders: number[], catalogue: PathwayCatalogue): number {
  const order = catalogue.level(route.leadsTo)?.order ?? 0
  const above = levelOrders.findIndex((o) => o >= order)
  return above >= 0 ? above : levelOrders.length - 1
}

export function buildPathway(catalogue: PathwayCatalogue, input: PathwayInput): Pathway {
  const levels = input.levels
    .map((id) => catalogue.level(id))
    .filter(defined)
    .sort((a, b) => a.order - b.order)
  const routes = input.routes.map((id) => catalogue.route(id)).filter(defined)
  const routesByStep = levels.map(() => [] as Route[])
  if (levels.length) {
    for (const route of routes) routesByStep[stepIndexFor(route, levels.map((l) => l.order), catalogue)]?.push(route)
  }
  const placed = new Set<string>()
  const steps: LevelStep[] = levels.map((level, i) => {
    const own = (routesByStep[i] ?? []).sort((a, b) => stageIndex(a.from) - stageIndex(b.from))
    const registration = input.registration
      .filter((id) => own.some((route) => route.registration.includes(id)) && !placed.has(id))
      .map((id) => catalogue.registration(id))
      .filter(defined)
    registration.forEach((r) => placed.add(r.id))
    const bands = catalogue.bandsFor(input, level.id)
    const pay = payRangeForBands(bands, catalogue.payFor)
    return {
      kind: 'level',
      id: level.id,
      name: level.name,
      summary: level.summary,
      entry: level.entry,
      from: own[0]?.from ?? null,
      routes: own.map((route) => toPathwayRoute(route, catalogue)),
      bands: bandsWithPay(bands, catalogue),
      ...(pay ? { pay } : {}),
      ...(level.bandsNote ? { bandsNote: level.bandsNote } : {}),
      registration,
    }
  })
  const school: SchoolStep = {
    kind: 'school',
    id: 'school',
    subjects: [...input.subjects],
    next: (['gcse', 'a-level'] as const)
      .map((from) => ({
        from,
        routes: routes.filter((route) => route.from === from).map((route) => toPathwayRoute(route, catalogue)),
      }))
      .filter((group) => group.routes.length > 0),
  }
  const otherRegistration = input.registration
    .filter((id) => !placed.has(id))
    .map((id) => catalogue.registration(id))
    .filter(defined)
  return { steps: [school, ...steps], otherRegistration }
}
