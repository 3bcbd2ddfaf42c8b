import { ViteSSG } from 'vite-ssg'
import { createPinia } from 'pinia'
import App from './App.vue'
import { routes, scrollBehavior } from './router'
import { installDetailsGuard } from './router/guards'
import { siteContext } from './composables/useCatalogue'
import { catalogue } from './data/catalogue'
import { detailsLoader } from './data/details'
import { registerServiceWorker } from './registerServiceWorker'
import { servedPageMatches } from './lib/hydration'

// The app. In the browser it is loaded by src/boot.ts once the prerendered page has painted; the build
// prerenders every page with createApp (vite.config.ts: ssgOptions.entry).
export const createApp = ViteSSG(App, { routes, scrollBehavior, base: import.meta.env.BASE_URL }, ({ app, router }) => {
  const site = { catalogue, details: detailsLoader }
  // Per-component hydration timings in a development-mode build (README: Budgets and Lighthouse).
  if (import.meta.env.VITE_PERF_MARKS) app.config.performance = true
  app.use(siteContext(site)).use(createPinia())
  installDetailsGuard(router, site)
}, {
  // No <ClientOnly> anywhere: don't ship it.
  registerComponents: false,
  // vite-ssg's default is to throw the prerendered page away and render it again from scratch: the
  // largest paint waited for the whole app, and lazy hydration could not work. Hydrate instead, unless
  // the host served another page's HTML for this address (its 404 page for an unknown path).
  hydration:
    typeof document !== 'undefined' &&
    servedPageMatches(
      document.querySelector<HTMLMetaElement>('meta[name="prerendered-route"]')?.content,
      location.pathname,
      import.meta.env.BASE_URL,
    ),
})

registerServiceWorker()
