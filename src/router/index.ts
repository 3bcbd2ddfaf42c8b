// The route table. vite-ssg creates the router from it (src/main.ts); paths end in "/" so each
// one is a folder with its own prerendered index.html.
import type { RouteRecordRaw, RouterScrollBehavior } from 'vue-router'
import { parseIdList } from '@/lib/compareQuery'
import type { DetailsMeta } from './guards'
import { QUERY_DETAILS } from './paths'

const oneSpecialism: DetailsMeta = (to, isKnown) => parseIdList(to.params.id, isKnown, 1).ids
/** The specialisms a page lists in its address (QUERY_DETAILS: compare's ?s=, pathways' ?for=). */
const listedIn = (path: string): DetailsMeta => {
  const { param, max } = QUERY_DETAILS[path]!
  return (to, isKnown) => parseIdList(to.query[param], isKnown, max).ids
}

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'explore', component: () => import('@/views/ExploreView.vue') },
  {
    path: '/specialisms/:id/',
    name: 'specialism',
    component: () => import('@/views/SpecialismView.vue'),
    meta: { details: oneSpecialism },
  },
  { path: '/groupings/:id/', name: 'grouping', component: () => import('@/views/GroupingView.vue') },
  { path: '/groupings/', name: 'groupings', component: () => import('@/views/GroupingsView.vue') },
  {
    path: '/pathways/',
    name: 'pathways',
    component: () => import('@/views/PathwaysView.vue'),
    // ?for=<id>: the pathway's theme-level routes come with the specialism's details.
    meta: { details: listedIn('/pathways/') },
  },
  {
    path: '/compare/',
    name: 'compare',
    component: () => import('@/views/CompareView.vue'),
    meta: { details: listedIn('/compare/') },
  },
  { path: '/shortlist/', name: 'shortlist', component: () => import('@/views/ShortlistView.vue') },
  { path: '/quiz/', name: 'quiz', component: () => import('@/views/QuizView.vue') },
  { path: '/glossary/', name: 'glossary', component: () => import('@/views/GlossaryView.vue') },
  { path: '/about/', name: 'about', component: () => import('@/views/AboutView.vue') },
  { path: '/present/', name: 'present', component: () => import('@/views/PresentView.vue') },
  { path: '/present/:deck/', name: 'deck', component: () => import('@/views/DeckView.vue'), meta: { fullWindow: true } },
  { path: '/teach/', name: 'teach', component: () => import('@/views/TeachView.vue') },
  { path: '/teach/:worksheet/', name: 'worksheet', component: () => import('@/views/WorksheetView.vue') },
  { path: '/hcs-week/', name: 'hcs-week', component: () => import('@/views/HcsWeekView.vue') },
  { path: '/contribute/', name: 'contribute', component: () => import('@/views/ContributeView.vue') },
  // The not-found page itself: prerendered as /404.html, which is also its address when opened by name.
  { path: '/404', alias: '/404.html', name: 'not-found-page', component: () => import('@/views/NotFoundView.vue') },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/views/NotFoundView.vue') },
]

/** Resolves once an element matching `selector` is in the page (true), or after `ms` (false). */
function whenPresent(selector: string, ms = 3000): Promise<boolean> {
  const started = performance.now()
  return new Promise((resolve) => {
    const look = () => {
      let found = false
      try {
        found = document.querySelector(selector) !== null
      } catch {
        return resolve(false) // not a valid selector: nothing to scroll to
      }
      if (found || performance.now() - started > ms) resolve(found)
      else requestAnimationFrame(look)
    }
    look()
  })
}

/** A link to a section of another page (e.g. /pathways/#nation-wales) scrolls to it, once it is there:
 * a part that loads its code when needed (composables/lazyHydrated.ts) comes a moment after the page.
 * Other navigation keeps the scroll as it is. */
export const scrollBehavior: RouterScrollBehavior = async (to, from) =>
  to.hash && to.path !== from.path && (await whenPresent(to.hash)) ? { el: to.hash } : false
