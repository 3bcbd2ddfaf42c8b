// The rows of the compare table, one cell per specialism, worked out from the catalogue.
import type { Catalogue } from './catalogue'
import { contributorLine } from './contributions'
import { formatBands, formatPayRange, payRangeForBands } from './pay'
import { CONTACT_LABELS, SETTING_LABELS, SUBJECT_LABELS, listInWords } from './specialismLabels'
import type { Specialism, SpecialismSummary } from './types'

export interface CompareLine {
  text: string
  /** Who said it ("Name, role, employer") for a real answer; "editorial" for ours. */
  by?: string
}

export interface CompareRow {
  id: string
  label: string
  cells: CompareLine[][]
}

type Details = (id: string) => Pick<Specialism, 'answers' | 'contributions'> | undefined
const lines = (texts: readonly string[]): CompareLine[] => texts.map((text) => ({ text }))

function bandsAndPay(catalogue: Catalogue, s: SpecialismSummary): CompareLine[] {
  return s.levels
    .map((id) => catalogue.level(id))
    .filter((level) => level !== undefined)
    .sort((a, b) => a.order - b.order)
    .flatMap((level) => {
      const bands = catalogue.bandsFor(s, level.id)
      if (!bands.length) return []
      const range = payRangeForBands(bands, catalogue.payFor)
      return [{ text: `${level.name}: ${formatBands(bands).toLowerCase()}${range ? `, ${formatPayRange(range)}` : ''}` }]
    })
}

function answers(details: Details, s: SpecialismSummary, questionId: string): CompareLine[] {
  const full = details(s.id)
  if (!full) return []
  const real = full.contributions.flatMap((c) => {
    const text = c.answers[questionId]
    return text ? [{ text, by: contributorLine(c) }] : []
  })
  const editorial = full.answers[questionId]?.text
  return [...real, ...(editorial ? [{ text: editorial, by: 'editorial' }] : [])]
}

export function compareRows(catalogue: Catalogue, details: Details, specialisms: readonly SpecialismSummary[]): CompareRow[] {
  const row = (id: string, label: string, cell: (s: SpecialismSummary) => CompareLine[]): CompareRow => ({
    id,
    label,
    cells: specialisms.map(cell),
  })
  const name = <T extends { name: string }>(item: T | undefined, id: string) => item?.name ?? id
  return [
    row('grouping', 'Grouping', (s) => lines([name(catalogue.grouping(s.grouping), s.grouping)])),
    row('contact', 'Patient contact', (s) => lines([CONTACT_LABELS[s.patientContact]])),
    row('setting', 'Where you work', (s) => lines(s.settings.map((x) => SETTING_LABELS[x]))),
    row('subjects', 'School subjects that help', (s) => lines([listInWords(s.subjects.map((x) => SUBJECT_LABELS[x]))])),
    row('routes', 'Ways in', (s) => lines(s.routes.map((id) => name(catalogue.route(id), id)))),
    row('pay', `Bands and pay (${catalogue.data.pay.year})`, (s) => bandsAndPay(catalogue, s)),
    row('registration', 'Registration', (s) => lines(s.registration.map((id) => name(catalogue.registration(id), id)))),
    ...[...catalogue.data.questions]
      .sort((a, b) => a.order - b.order)
      .map((q) => row(`q-${q.id}`, q.question, (s) => answers(details, s, q.id))),
  ]
}
