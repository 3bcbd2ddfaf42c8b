import type { Router } from 'vue-router'
import { loadDetails } from '@/data/details'

type DetailsMeta = (params: Record<string, unknown>, query: Record<string, unknown>) => string[]

/** Pages that show answers wait for those specialisms' details before they render. */
export function installDetailsGuard(router: Router) {
  router.beforeResolve(async (to) => {
    const ids = (to.meta.details as DetailsMeta | undefined)?.(to.params, to.query)
    if (ids?.length) await loadDetails(ids.map((id) => id.trim()).filter(Boolean).slice(0, 10))
  })
}
