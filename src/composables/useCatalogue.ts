// The catalogue and the details loader reach components through the app (provide/inject), so a
// test mounts a component with a small catalogue of its own. main.ts installs the real ones.
import { inject, type App, type InjectionKey } from 'vue'
import type { Catalogue } from '@/lib/catalogue'
import type { DetailsLoader } from '@/lib/detailsLoader'

export interface SiteContext {
  catalogue: Catalogue
  details: DetailsLoader
}

export const SITE: InjectionKey<SiteContext> = Symbol('site')

/** A Vue plugin: `app.use(siteContext({ catalogue, details }))`. */
export const siteContext = (site: SiteContext) => ({ install: (app: App) => app.provide(SITE, site) })

export function useSite(): SiteContext {
  const site = inject(SITE, null)
  if (!site) throw new Error('No catalogue: install siteContext({ catalogue, details }) in the app')
  return site
}

export const useCatalogue = (): Catalogue => useSite().catalogue
