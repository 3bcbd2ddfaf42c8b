// Real contributors' answers: one file each under data/contributions/<specialism-id>/<slug>.json.
// Pure helpers shared by the validator, the build, the page loader and the /contribute/ form.
import type { Contribution, ContributionFile } from './types'

export const CONTRIBUTION_FILE = /^data\/contributions\/([^/]+)\/([^/]+)\.json$/

/** A file name from the person's name and the date: "Priya S." on 2027-03-10 -> "2027-03-10-priya-s". */
export function contributionSlug(name: string, date: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '')
  return [date, words || 'contributor'].join('-')
}

export function contributionPath(specialismId: string, slug: string): string {
  return `data/contributions/${specialismId}/${slug}.json`
}

/** The page's record of one file: the file without its specialism and $schema. */
export function toContribution(file: ContributionFile): Contribution {
  const { specialism: _specialism, $schema: _schema, ...contribution } = file
  return contribution
}

/** Newest first, then by name, so the page order never depends on the order files were read. */
export function sortContributions(list: readonly Contribution[]): Contribution[] {
  return [...list].sort((a, b) => b.date.localeCompare(a.date) || a.name.localeCompare(b.name, 'en-GB'))
}

/** "Priya S., trainee clinical scientist, Anytown NHS Trust" (the employer only if given). */
export function contributorLine(c: Pick<Contribution, 'name' | 'role' | 'employer'>): string {
  return [c.name, c.role, c.employer].filter(Boolean).join(', ')
}
