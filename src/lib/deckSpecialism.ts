// One specialism as a slide: name, one-line summary, patient contact and setting, the way in from
// school in one line, and the pay range with its year and nation. Built with the same pathway and
// pay functions as the specialism page, so the slide never says something the page does not.
import { NATION_LABELS } from './nationQuery'
import type { Catalogue } from './catalogue'
import { buildPathway, type SchoolStep } from './pathways'
import { formatPayRange, payRangeForBands } from './pay'
import { CONTACT_LABELS, SETTING_LABELS, STAGE_LABELS, SUBJECT_LABELS, firstSentence, listInWords } from './specialismLabels'
import type { SpecialismSummary } from './types'

export interface SpecialismSlide {
  kind: 'specialism'
  id: string
  title: string
  grouping: string
  colour: string
  summary: string
  contact: string
  settings: string
  wayIn: string
  pay: string
  notes: string
}

/** "After GCSEs: Level 2 apprenticeship. After A levels: PTP degree or Degree apprenticeship." */
export function wayInFromSchool(catalogue: Catalogue, s: SpecialismSummary): string {
  const pathway = buildPathway(catalogue, s)
  const school = pathway.steps[0] as SchoolStep
  if (school.next.length) {
    return school.next.map((g) => `${STAGE_LABELS[g.from]}: ${listInWords(g.routes.map((r) => r.shortName)).replace(/ and /g, ' or ')}`).join('. ') + '.'
  }
  const first = s.routes.map((ref) => catalogue.route(ref.id)).find((r) => r !== undefined)
  if (first) return `No route straight from school: most start ${STAGE_LABELS[first.from].toLowerCase()}, through the ${first.shortName}.`
  return 'Our sources do not say how you train for this one.'
}

/** "£24,465 to £105,385 a year (2025/26, England)", across every level the specialism has. */
export function payLine(catalogue: Catalogue, s: SpecialismSummary): string {
  const bands = s.levels.flatMap((level) => catalogue.bandsFor(s, level))
  const range = payRangeForBands(bands, catalogue.payFor)
  const { year } = catalogue.data.pay
  const country = NATION_LABELS[catalogue.data.pay.nation]
  return range ? `${formatPayRange(range)} a year (${year}, ${country})` : `Our sources give no pay figure (${year}, ${country})`
}

export function specialismSlide(catalogue: Catalogue, s: SpecialismSummary): SpecialismSlide {
  const grouping = catalogue.grouping(s.grouping)
  const subjects = s.subjects.map((x) => SUBJECT_LABELS[x])
  return {
    kind: 'specialism',
    id: s.id,
    title: s.name,
    grouping: grouping?.shortName ?? s.grouping,
    colour: grouping?.colour ?? '#1a1a1a',
    summary: firstSentence(s.summary),
    contact: CONTACT_LABELS[s.patientContact],
    // Separated, not joined with "and": one setting is "Wards and theatres".
    settings: s.settings.map((x) => SETTING_LABELS[x]).join(' · '),
    wayIn: wayInFromSchool(catalogue, s),
    pay: payLine(catalogue, s),
    notes: [
      s.summary,
      s.otherNames.length ? `Also called ${listInWords(s.otherNames)}.` : '',
      subjects.length ? `School subjects that may help (worked out, not stated by a source): ${listInWords(subjects)}.` : '',
      'Pay is NHS Agenda for Change, full time, lowest to highest band across the levels; London pays extra.',
    ]
      .filter(Boolean)
      .join(' '),
  }
}
