import { DETAIL_FIELDS, type AllData, type SiteData, type ShownSource, type SpecialismSummary } from './types'

/** The first view's share of the data: each specialism without its detail fields; no sources,
 * citations or synonyms (they load with the pages and the search that use them). */
export function toSiteData(all: AllData): SiteData {
  const { sources: _sources, synonyms: _synonyms, glossary: _glossary, specialisms, levels, routes, registrations, ...rest } = all
  // Citations load with the pages that list sources, not with the first view.
  const uncited = <T extends { sources: string[] }>({ sources: _s, cite: _c, ...item }: T & { cite?: unknown }) => item
  return {
    ...rest,
    levels: levels.map(uncited),
    routes: routes.map(uncited),
    registrations: registrations.map(uncited),
    specialisms: specialisms.map((s) => {
      const summary: Record<string, unknown> = { ...s }
      for (const field of DETAIL_FIELDS) delete summary[field]
      // The first view needs only the routes named for the specialism (the entry filter). Theme-level
      // routes and every route's citation load with the specialism's page (src/data/details.ts).
      summary.routes = s.routes.filter((ref) => ref.scope === 'named').map(({ id, scope }) => ({ id, scope }))
      return summary as SpecialismSummary
    }),
  }
}

/** The sources that some fact, answer, grouping, route, level, register or pay figure cites. */
export function citedSources(all: AllData): Record<string, ShownSource> {
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
  // Only what pages show: the note, other addresses and the official flag (kind says it) stay in data/.
  return Object.fromEntries(
    Object.entries(all.sources)
      .filter(([key]) => keys.has(key))
      .map(([key, { note: _n, alsoAt: _a, official: _o, ...shown }]) => [key, shown]),
  )
}
