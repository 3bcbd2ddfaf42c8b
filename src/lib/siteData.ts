import { DETAIL_FIELDS, type AllData, type SiteData, type Source, type SpecialismSummary } from './types'

/** The first view's share of the data: each specialism without its detail fields; no sources or
 * synonyms (they load with the pages and the search that use them). */
export function toSiteData(all: AllData): SiteData {
  const { sources: _sources, synonyms: _synonyms, glossary: _glossary, specialisms, ...rest } = all
  return {
    ...rest,
    specialisms: specialisms.map((s) => {
      const summary: Record<string, unknown> = { ...s }
      for (const field of DETAIL_FIELDS) delete summary[field]
      return summary as SpecialismSummary
    }),
  }
}

/** The sources that some fact, answer, grouping, route, level, register or pay figure cites. */
export function citedSources(all: AllData): Record<string, Source> {
  const keys = new Set([
    ...all.specialisms.flatMap((s) => s.sources),
    ...all.groupings.flatMap((g) => g.sources),
    ...all.levels.flatMap((l) => [...l.sources, ...Object.values(l.cite).flat()]),
    ...all.routes.flatMap((r) => [...r.sources, ...Object.values(r.cite).flat()]),
    ...all.registrations.flatMap((r) => r.sources),
    ...all.pay.sources,
    ...all.glossary.flatMap((t) => t.sources),
    ...(all.pay.next?.sources ?? []),
  ])
  return Object.fromEntries(Object.entries(all.sources).filter(([key]) => keys.has(key)))
}
