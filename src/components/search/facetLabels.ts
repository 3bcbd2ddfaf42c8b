// Plain words for the filter facets and their values.
import type { Catalogue } from '@/lib/catalogue'
import type { Facet } from '@/lib/filters'
import { CONTACT_LABELS, SETTING_LABELS, SUBJECT_LABELS } from '@/lib/specialismLabels'

export const FACET_TITLES: Record<Facet, string> = {
  group: 'Grouping',
  contact: 'Time with patients',
  setting: 'Where you work',
  subject: 'School subjects that help',
  entry: 'Ways in',
}

const ENTRY_LABELS: Record<string, string> = {
  apprenticeship: 'Apprenticeship',
  degree: 'University degree',
  graduate: 'Training after a degree',
  workplace: 'Trainee job',
}

const LABELS: Record<Exclude<Facet, 'group'>, Record<string, string>> = {
  contact: CONTACT_LABELS,
  setting: SETTING_LABELS,
  subject: SUBJECT_LABELS,
  entry: ENTRY_LABELS,
}

export function valueLabel(catalogue: Catalogue, facet: Facet, value: string): string {
  if (facet === 'group') return catalogue.grouping(value)?.shortName ?? value
  return LABELS[facet][value] ?? value
}
