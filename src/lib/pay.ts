// Agenda for Change pay as plain words: "£31,049 to £46,580". Bands without a figure stay bands only.
import { BANDS } from './vocabulary'
import type { Band } from './types'

export interface PayRange {
  min: number
  max: number
}

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 })

export function formatPounds(amount: number): string {
  return pounds.format(amount)
}

/** The lowest and highest of some pay points, or undefined when there are none. */
export function rangeOf(points: readonly number[]): PayRange | undefined {
  if (!points.length) return undefined
  return { min: Math.min(...points), max: Math.max(...points) }
}

export function formatPayRange(range: PayRange): string {
  return range.min === range.max ? formatPounds(range.min) : `${formatPounds(range.min)} to ${formatPounds(range.max)}`
}

/** The pay range across several bands, from the bands that have figures. */
export function payRangeForBands(
  bands: readonly Band[],
  payFor: (band: Band) => readonly number[] | undefined,
): PayRange | undefined {
  return rangeOf(bands.flatMap((band) => payFor(band) ?? []))
}

/** "Band 5", "Bands 5 and 6", "Bands 7 to 8c" (in pay-scale order), or "" for none. */
export function formatBands(bands: readonly Band[]): string {
  const sorted = [...new Set(bands)].sort((a, b) => BANDS.indexOf(a) - BANDS.indexOf(b))
  const [first] = sorted
  const last = sorted[sorted.length - 1]
  if (!first || !last) return ''
  if (sorted.length === 1) return `Band ${first}`
  if (sorted.length === 2) return `Bands ${first} and ${last}`
  const contiguous = BANDS.indexOf(last) - BANDS.indexOf(first) === sorted.length - 1
  return contiguous ? `Bands ${first} to ${last}` : `Bands ${sorted.slice(0, -1).join(', ')} and ${last}`
}
