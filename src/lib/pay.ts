// Agenda for Change pay as plain words: "£31,049 to £46,580". Bands without a figure stay bands only.
import { BANDS } from './vocabulary'
import type { Band } from './types'

export interface PayRange {
  min: number
  max: number
}

/** "£31,049": whole pounds, as en-GB currency formatting writes them. Written out rather than with
 * Intl.NumberFormat, whose first use costs a phone tens of milliseconds as a page starts (issue 11;
 * tests/unit/pay.test.ts checks it against Intl). */
export function formatPounds(amount: number): string {
  const whole = String(Math.round(Math.abs(amount))).replace(/\B(?=(\d{3})+$)/g, ',')
  return `${amount < 0 || Object.is(amount, -0) ? '-' : ''}£${whole}`
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

/** One point on a specialism's ladder: a level, its usual first band and that band's pay. */
export interface PayStep {
  levelId: string
  levelName: string
  band: Band
  /** Undefined when the pay table has no figure for the band (or the nation has no sourced table). */
  pay?: PayRange
}

/** What is specific to a specialism: the band you usually start on, and the band of a qualified specialist. */
export interface SpecialistPay {
  entry: PayStep
  /** Left out when the specialism's first level is already its qualified one. */
  qualified?: PayStep
}

interface LadderCatalogue {
  level(id: string): { id: string; name: string; order: number } | undefined
  bandsFor(specialism: { bands: Record<string, readonly Band[]> }, levelId: string): readonly Band[]
}

/** Consultant posts come after further training (HSST), so they are not where a qualified specialist starts. */
const AFTER_QUALIFYING = new Set(['consultant'])
const lowestBand = (bands: readonly Band[]) => [...bands].sort((a, b) => BANDS.indexOf(a) - BANDS.indexOf(b))[0]

/** The entry band (the first band of the specialism's first level that has bands) and the qualified band
 * (the first band of its highest level below consultant), each with the pay of that one band. */
export function specialistPay(
  catalogue: LadderCatalogue,
  specialism: { levels: readonly string[]; bands: Record<string, readonly Band[]> },
  payFor: (band: Band) => readonly number[] | undefined,
): SpecialistPay | undefined {
  const steps = specialism.levels
    .map((id) => catalogue.level(id))
    .filter((level) => level !== undefined)
    .sort((a, b) => a.order - b.order)
    .flatMap((level): PayStep[] => {
      const band = lowestBand(catalogue.bandsFor(specialism, level.id))
      if (!band) return []
      const pay = rangeOf(payFor(band) ?? [])
      return [{ levelId: level.id, levelName: level.name, band, ...(pay ? { pay } : {}) }]
    })
  const entry = steps[0]
  if (!entry) return undefined
  const qualified = steps.filter((step) => !AFTER_QUALIFYING.has(step.levelId)).at(-1)
  return qualified && qualified.levelId !== entry.levelId ? { entry, qualified } : { entry }
}

/** "band 7, £47,810 to £54,710", or "band 7" when there is no figure. */
export function formatPayStep(step: PayStep): string {
  return step.pay ? `band ${step.band}, ${formatPayRange(step.pay)}` : `band ${step.band}`
}
