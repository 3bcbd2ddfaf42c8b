// Which pay figures a page may show for a UK nation: its own sourced table, or none, with the
// nation's sourced pay rises and a note saying so (England's figures never stand in for another nation's).
import { NATION_LABELS } from './nationQuery'
import type { Band, MainPay, Nation, NationPay, PayAward } from './types'

export interface PayTableView {
  nation: Nation
  year: string
  effectiveFrom: string
  sources: readonly string[]
  payFor(band: Band): readonly number[] | undefined
}

export type NationPayView =
  | { kind: 'table'; nation: Nation; table: PayTableView }
  | { kind: 'not-sourced'; nation: Nation; awards: readonly PayAward[]; note: string; lookUp?: string }

type TableLike = Pick<MainPay, 'nation' | 'year' | 'effectiveFrom' | 'sources' | 'bands'>

export function toPayTableView(table: TableLike): PayTableView {
  const points = new Map(table.bands.map((b) => [b.band, b.points]))
  return {
    nation: table.nation,
    year: table.year,
    effectiveFrom: table.effectiveFrom,
    sources: table.sources,
    payFor: (band) => points.get(band),
  }
}

/** The pay a page shows for a nation: the main table for its own nation, a nation's own table where
 * one is sourced, and otherwise no figures, with what is known. */
export function nationPayView(main: TableLike, others: readonly NationPay[], nation: Nation): NationPayView {
  if (nation === main.nation) return { kind: 'table', nation, table: toPayTableView(main) }
  const own = others.find((n) => n.nation === nation)
  if (own?.table) return { kind: 'table', nation, table: toPayTableView(own.table) }
  if (own) return { kind: 'not-sourced', nation, awards: own.awards, note: own.note, lookUp: own.lookUp }
  return { kind: 'not-sourced', nation, awards: [], note: `We have no sourced pay figures for ${NATION_LABELS[nation]}.` }
}

/** "England, 2025/26": every pay figure says which nation and year it is for. */
export function payTableLabel(table: Pick<PayTableView, 'nation' | 'year'>): string {
  return `${NATION_LABELS[table.nation]}, ${table.year}`
}
