// Every path the app links to is built here and nowhere else. Paths end in "/" so each one is a
// folder with its own prerendered index.html. Pure: no Vue, so vite.config and scripts import it too.
import { toIdListQuery } from '../lib/compareQuery.ts'

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
export const glossaryPath = (id?: string) => (id ? `/glossary/#${encodeURIComponent(id)}` : '/glossary/')
export const aboutPath = (hash?: string) => (hash ? `/about/#${hash}` : '/about/')
export const hcsWeekPath = (hash?: string) => (hash ? `/hcs-week/#${hash}` : '/hcs-week/')
/** The contribution form, with the specialism chosen when it is given. */
export const contributePath = (specialism?: string): PathTarget => ({
  path: '/contribute/',
  query: specialism ? { specialism } : {},
})
export const comparePath = (ids: readonly string[] = []): PathTarget => ({ path: '/compare/', query: toIdListQuery(ids) })
export const shortlistPath = (ids: readonly string[] = []): PathTarget => ({
  path: '/shortlist/',
  query: toIdListQuery(ids),
})

/** Pages in the header's main navigation, in order. */
export const NAV_LINKS = [
  { to: '/', label: 'Explore', exact: true },
  { to: '/groupings/', label: 'Groupings', exact: false },
  { to: '/pathways/', label: 'Pathways', exact: false },
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
  '/glossary/',
  '/about/',
  '/hcs-week/',
  '/contribute/',
  '/404',
]
