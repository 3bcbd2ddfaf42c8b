import type { RouteLocationNormalized, Router } from 'vue-router'
import type { SiteContext } from '@/composables/useCatalogue'

/** A route's specialisms whose details it shows, parsed as its page parses them (lib/compareQuery.ts). */
export type DetailsMeta = (to: RouteLocationNormalized, isKnown: (id: string) => boolean) => readonly string[]

/** Pages that show answers wait for those specialisms' details before they render (and prerender). */
export function installDetailsGuard(router: Router, { catalogue, details }: SiteContext) {
  const isKnown = (id: string) => catalogue.specialism(id) !== undefined
  router.beforeResolve(async (to) => {
    const ids = (to.meta.details as DetailsMeta | undefined)?.(to, isKnown)
    if (ids?.length) await details.load(ids).catch(() => {}) // offline: the page says "not given"
  })
}
