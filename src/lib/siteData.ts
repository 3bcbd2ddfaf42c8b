import { DETAIL_FIELDS, type AllData, type NationData, type ShownSource, type SiteData, type SpecialismSummary } from './types'

/** Every source the nations' pay and facts cite. */
export function nationSourceKeys(all: Pick<AllData, 'pay' | 'nations'>): string[] {
  return [
    ...all.pay.nations.flatMap((n) => [n.lookUp, ...(n.table?.sources ?? []), ...n.awards.flatMap((a) => a.sources)]),
    ...all.nations.flatMap((n) => [...n.same, ...n.differs, ...n.apply].flatMap((fact) => fact.sources)),
  ]
}

/** What the nation pages load: the other nations' pay, the facts about each nation and the sources they
 * cite (so the sources module that every specialism page loads does not carry them). */
export function toNationData(all: Pick<AllData, 'pay' | 'nations' | 'sources'>): NationData {
  const keys = new Set(nationSourceKeys(all))
  const sources = Object.fromEntries(Object.entries(all.sources).filter(([key]) => keys.has(key)))
  return { pay: all.pay.nations, nations: all.nations, sources }
}

/** The first view's share of the data: each specialism without its detail fields; no sources,
 * citations or synonyms (they load with the pages and the search that use them). */
export function toSiteData(all: AllData): SiteData {
  const { sources: _sources, synonyms: _synonyms, glossary: _glossary, nations: _nations, specialisms, levels, routes, registrations, pay, ...rest } = all
  const { nations: _nationPay, ...mainPay } = pay
  // Citations load with the pages that list sources, not with the first view.
  const uncited = <T extends { sources: string[] }>({ sources: _s, cite: _c, ...item }: T & { cite?: unknown }) => item
  return {
    ...rest,
    pay: mainPay,
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

/** The sources that some fact, answer, grouping, route, level or register cites (the pay figures' own
 * are in paySources; the other nations' load with them: see toNationData). Sources that only answers
 * cite are left out: they load with the specialisms whose answers cite them (see answerSources). */
export function citedSources(all: AllData): Record<string, ShownSource> {
  const answersOnly = answerOnlySourceKeys(all)
  const keys = new Set([...all.specialisms.flatMap((s) => s.sources), ...sharedFactSourceKeys(all)])
  return shownSources(all, [...keys].filter((key) => !answersOnly.has(key)))
}

/** Source keys cited by the facts every specialism shares: groupings, levels, routes, registers, glossary
 * (the pay figures' sources are in paySources). */
function sharedFactSourceKeys(all: AllData): string[] {
  return [
    ...all.groupings.flatMap((g) => g.sources),
    ...all.levels.flatMap((l) => [...l.sources, ...Object.values(l.cite).flat()]),
    ...all.routes.flatMap((r) => [...r.sources, ...Object.values(r.cite).flat()]),
    ...all.registrations.flatMap((r) => r.sources),
    ...all.glossary.flatMap((t) => t.sources),
  ]
}

/** The few sources of the pay figures: the pay note on the pathway card cites them, so they load with
 * it rather than with every source (the sources module loads with the sources list, when scrolled to). */
export function paySources(all: Pick<AllData, 'pay' | 'sources'>): Record<string, ShownSource> {
  return shownSources(all, [...new Set([...all.pay.sources, ...(all.pay.next?.sources ?? [])])])
}

/** Keys that no fact cites, only some specialisms' answers (e.g. the pandemic question's sources). */
export function answerOnlySourceKeys(all: AllData): Set<string> {
  const elsewhere = new Set([
    ...all.specialisms.flatMap((s) => [...Object.values(s.cite).flatMap((keys) => keys ?? []), ...s.routes.flatMap((r) => r.sources)]),
    ...sharedFactSourceKeys(all),
    ...all.pay.sources,
    ...(all.pay.next?.sources ?? []),
  ])
  return new Set(all.specialisms.flatMap((s) => Object.values(s.answers).flatMap((a) => a.sources)).filter((key) => !elsewhere.has(key)))
}

/** The answer-only sources one specialism cites: they travel with its details (scripts/viteDataPlugin.ts). */
export function answerSources(all: AllData, keys: readonly string[]): Record<string, ShownSource> {
  const answersOnly = answerOnlySourceKeys(all)
  return shownSources(all, keys.filter((key) => answersOnly.has(key)))
}

// Only what pages show: the note, other addresses and the official flag (kind says it) stay in data/.
function shownSources(all: Pick<AllData, 'sources'>, keys: readonly string[]): Record<string, ShownSource> {
  return Object.fromEntries(
    keys.flatMap((key) => {
      const found = all.sources[key]
      if (!found) return []
      const { note: _n, alsoAt: _a, official: _o, ...shown } = found
      return [[key, shown]]
    }),
  )
}
