// The route table. vite-ssg creates the router from it (src/main.ts); paths end in "/" so each
// one is a folder with its own prerendered index.html.
import type { RouteRecordRaw } from 'vue-router'
import { parseCompareQuery, parseIdList } from '@/lib/compareQuery'
import type { DetailsMeta } from './guards'

const oneSpecialism: DetailsMeta = (to, isKnown) => parseIdList(to.params.id, isKnown, 1).ids
const compared: DetailsMeta = (to, isKnown) => parseCompareQuery(to.query, isKnown).ids

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
  { path: '/pathways/', name: 'pathways', component: () => import('@/views/PathwaysView.vue') },
  {
    path: '/compare/',
    name: 'compare',
    component: () => import('@/views/CompareView.vue'),
    meta: { details: compared },
  },
  { path: '/shortlist/', name: 'shortlist', component: () => import('@/views/ShortlistView.vue') },
  { path: '/glossary/', name: 'glossary', component: () => import('@/views/GlossaryView.vue') },
  { path: '/about/', name: 'about', component: () => import('@/views/AboutView.vue') },
  { path: '/hcs-week/', name: 'hcs-week', component: () => import('@/views/HcsWeekView.vue') },
  { path: '/contribute/', name: 'contribute', component: () => import('@/views/ContributeView.vue') },
  { path: '/404', name: 'not-found-page', component: () => import('@/views/NotFoundView.vue') },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/views/NotFoundView.vue') },
]
