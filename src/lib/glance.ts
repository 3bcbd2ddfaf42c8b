// What a student asks first about a specialism, from the catalogue: the ways in that a source names
// for it, by the stage you start from, and how many more routes exist only in its wider field.
import type { Catalogue } from './catalogue'
import { STAGES } from './vocabulary'
import type { Route, RouteRef } from './types'

export interface GlanceStage {
  stage: Route['from']
  routes: { id: string; name: string }[]
}

export interface WaysIn {
  /** Named for this specialism, earliest stage first. */
  stages: GlanceStage[]
  /** Routes named only for its wider field ("ask a local trust"). */
  toAskAbout: number
}

export function waysIn(catalogue: Pick<Catalogue, 'route'>, routes: readonly RouteRef[]): WaysIn {
  const named = routes
    .filter((ref) => ref.scope === 'named')
    .map((ref) => catalogue.route(ref.id))
    .filter((route) => route !== undefined)
  const stages = STAGES.map((stage) => ({
    stage,
    // Short names ("PTP degree"), so the top of the page stays short on a phone; the pathway below
    // gives each route in full.
    routes: named.filter((route) => route.from === stage).map(({ id, shortName }) => ({ id, name: shortName })),
  })).filter((group) => group.routes.length > 0)
  const toAskAbout = routes.filter((ref) => ref.scope === 'theme' && catalogue.route(ref.id) !== undefined).length
  return { stages, toAskAbout }
}
