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
import { hydrateWaiting } from './composables/deferredHydration'

// The app. In the browser it is loaded by src/boot.ts once the prerendered page has painted; the build
// prerenders every page with createApp (vite.config.ts: ssgOptions.entry).

// The start in steps, each in a task of its own, so a phone can scroll and answer a tap between them:
// loading the app, finding the page's route (and its code), hydrating the page; then the parts whose
// hydration is deferred (composables/deferredHydration), one task each.
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve))
// The host served this address's own prerendered page (not, say, its 404 page for an unknown path).
const hydrating =
  typeof document !== 'undefined' &&
  servedPageMatches(
    document.querySelector<HTMLMetaElement>('meta[name="prerendered-route"]')?.content,
    location.pathname,
    import.meta.env.BASE_URL,
  )

export const createApp = ViteSSG(App, { routes, scrollBehavior, base: import.meta.env.BASE_URL }, async ({ app, router, isClient, head }) => {
  const site = { catalogue, details: detailsLoader }
  app.use(siteContext(site)).use(createPinia())
  installDetailsGuard(router, site)
  // A navigation may change what a deferred part shows: it hydrates first (composables/deferredHydration).
  router.beforeEach(() => hydrateWaiting())
  if (isClient) {
    // The head's tags are written at prerender; in the browser the head manager does not write them
    // again. Its first pass reads every tag back (12-29 ms here, a long task on a phone), and it came
    // at the start of every link with a query (a search's or a comparison's title). The three tags that
    // change in the browser (title, description, canonical link) are kept in step by usePageMeta.
    head?.hooks.hook('dom:beforeRender', (render) => {
      render.shouldRender = false
    })
    let starting = true
    router.beforeResolve(async () => {
      if (!starting) return
      starting = false
      await nextTask()
    })
    await nextTask()
  }
}, {
  // No <ClientOnly> anywhere: don't ship it.
  registerComponents: false,
  // vite-ssg's default is to throw the prerendered page away and render it again from scratch: the
  // largest paint waited for the whole app, and lazy hydration could not work. Hydrate instead, unless
  // the host served another page's HTML for this address (its 404 page for an unknown path).
  hydration: hydrating,
})

registerServiceWorker()
