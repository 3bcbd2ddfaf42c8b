// Every path the app links to is built here and nowhere else. Paths end in "/" so each one is a
// folder with its own prerendered index.html. Pure: no Vue, so vite.config and scripts import it too.
import { COMPARE_MAX, toIdListQuery } from '../lib/compareQuery.ts'
import type { QueryDetails } from '../lib/queryFiles.ts'

export type PathQuery = Record<string, string>

export interface PathTarget {
  path: string
  query?: PathQuery
  hash?: string
}

export const explorePath = (query: PathQuery = {}): PathTarget => ({ path: '/', query })
export const specialismPath = (id: string) => `/specialisms/${encodeURIComponent(id)}/`
export const groupingPath = (id: string) => `/groupings/${encodeURIComponent(id)}/`
export const groupingsPath = () => '/groupings/'
export const pathwaysPath = (hash?: string) => (hash ? `/pathways/#${hash}` : '/pathways/')
/** The id of a nation's section on /pathways/, and the link to it. */
export const nationSectionId = (nation: string) => `nation-${nation}`
export const nationSectionPath = (nation: string) => pathwaysPath(nationSectionId(nation))
export const glossaryPath = (id?: string) => (id ? `/glossary/#${encodeURIComponent(id)}` : '/glossary/')
export const aboutPath = (hash?: string) => (hash ? `/about/#${hash}` : '/about/')
export const hcsWeekPath = (hash?: string) => (hash ? `/hcs-week/#${hash}` : '/hcs-week/')
/** The contribution form, with the specialism chosen when it is given. */
export const contributePath = (specialism?: string): PathTarget => ({
  path: '/contribute/',
  query: specialism ? { specialism } : {},
})
/** Pages that show the details of specialisms listed in their address, and where (the router loads
 * those details before the page renders; the build lists their files in the page: lib/queryFiles.ts). */
export const QUERY_DETAILS: Readonly<Record<string, QueryDetails>> = {
  '/compare/': { param: 's', max: COMPARE_MAX },
  '/pathways/': { param: 'for', max: 1 },
}
export const comparePath = (ids: readonly string[] = []): PathTarget => ({ path: '/compare/', query: toIdListQuery(ids) })
export const shortlistPath = (ids: readonly string[] = []): PathTarget => ({
  path: '/shortlist/',
  query: toIdListQuery(ids),
})

export const quizPath = (quiz = ''): PathTarget => ({ path: '/quiz/', query: quiz ? { quiz } : {} })
export const quizResultPath = (quiz: string): PathTarget => explorePath(quiz ? { quiz } : {})
/** A deck of present mode; slide numbers start at 1 and the first is left out of the URL. */
export const presentPath = (deck?: string) => (deck ? `/present/${encodeURIComponent(deck)}/` : '/present/')
export const deckPath = (deck: string, query: PathQuery = {}): PathTarget => ({ path: presentPath(deck), query })
/** The deck of exactly these specialisms, made from any explore view. */
export const presentSelectionPath = (ids: readonly string[]): PathTarget => deckPath('selection', toIdListQuery(ids))
export const teachPath = (hash?: string) => (hash ? `/teach/#${hash}` : '/teach/')
/** One activity's printable worksheet (one A4 page). */
export const worksheetPath = (activity: string) => `/teach/${encodeURIComponent(activity)}/`

/** Link-preview images (Open Graph), drawn by scripts/ogImages.ts at build time. */
export const siteImagePath = () => '/og/site.png'
export const specialismImagePath = (id: string) => `/og/specialisms/${encodeURIComponent(id)}.png`
export const groupingImagePath = (id: string) => `/og/groupings/${encodeURIComponent(id)}.png`

/** Pages in the header's main navigation, in order. */
export const NAV_LINKS = [
  { to: '/', label: 'Explore', exact: true },
  { to: '/groupings/', label: 'Groupings', exact: false },
  { to: '/pathways/', label: 'Pathways', exact: false },
  { to: '/quiz/', label: 'Quiz', exact: false },
  { to: '/shortlist/', label: 'Shortlist', exact: false },
  { to: '/about/', label: 'About', exact: false },
] as const

/** Paths that are prerendered as they are; groupings and specialisms are added from data/.
 * `/404` becomes dist/404.html (scripts/post-build.ts), which static hosts serve for unknown paths. */
export const STATIC_PATHS = [
  '/',
  '/groupings/',
  '/pathways/',
  '/compare/',
  '/shortlist/',
  '/quiz/',
  '/glossary/',
  '/about/',
  '/present/',
  '/present/what-is-healthcare-science/',
  '/present/seven-questions/',
  '/present/selection/',
  '/teach/',
  '/teach/find-your-specialism/',
  '/teach/seven-questions-jigsaw/',
  '/teach/healthcare-science-week-talk/',
  '/hcs-week/',
  '/contribute/',
  '/404',
]
