// The rows of the compare table, one cell per specialism, worked out from the catalogue.
import type { Catalogue } from './catalogue'
import { contributorLine } from './contributions'
import { payTableLabel } from './nationPay'
import { formatPayStep, specialistPay, type PayStep } from './pay'
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

type Details = (id: string) => Pick<Specialism, 'answers' | 'contributions' | 'routes'> | undefined
const lines = (texts: readonly string[]): CompareLine[] => texts.map((text) => ({ text }))

/** What is specific to the specialism: the band you usually start on and a qualified specialist's band. */
function specificPay(catalogue: Catalogue, s: SpecialismSummary): CompareLine[] {
  const pay = specialistPay(catalogue, s, catalogue.payFor)
  if (!pay) return []
  const line = (label: string, step: PayStep) => ({ text: `${label}: ${step.levelName.toLowerCase()}, ${formatPayStep(step)}` })
  return [line('To start', pay.entry), ...(pay.qualified ? [line('Qualified', pay.qualified)] : [])]
}

const routeName = (catalogue: Catalogue, id: string) => catalogue.route(id)?.name ?? id
const routesOf = (details: Details, s: SpecialismSummary) => details(s.id)?.routes ?? s.routes

/** The routes named for the specialism. */
function waysIn(catalogue: Catalogue, details: Details, s: SpecialismSummary): CompareLine[] {
  const named = routesOf(details, s).filter((r) => r.scope === 'named')
  return named.length ? named.map((r) => ({ text: routeName(catalogue, r.id) })) : [{ text: 'No source we used names a way in for this specialism' }]
}

/** Routes that exist in a wider theme: a row of their own, so they never read as a plain way in (and
 * name no specialism, so two that share one show it once). They come with the details. */
function askTrust(catalogue: Catalogue, details: Details, s: SpecialismSummary): CompareLine[] {
  return routesOf(details, s)
    .filter((r) => r.scope === 'theme')
    .map((r) => ({ text: `${routeName(catalogue, r.id)}: exists in ${r.theme}` }))
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
    row('routes', 'Ways in', (s) => waysIn(catalogue, details, s)),
    row('ask', 'Ask your local trust about', (s) => askTrust(catalogue, details, s)),
    row('pay', `Pay (${payTableLabel(catalogue.data.pay)})`, (s) => specificPay(catalogue, s)),
    row('registration', 'Registration', (s) => lines(s.registration.map((id) => name(catalogue.registration(id), id)))),
    ...[...catalogue.data.questions]
      .sort((a, b) => a.order - b.order)
      .map((q) => row(`q-${q.id}`, q.question, (s) => answers(details, s, q.id))),
  ].filter((r) => r.id !== 'ask' || r.cells.some((cell) => cell.length))
}
