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
// loading the app, creating it, finding the page's route (and its code), hydrating the page; then the parts whose
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

const start = () =>
  ViteSSG(App, { routes, scrollBehavior, base: import.meta.env.BASE_URL }, async ({ app, router, isClient }) => {
    const site = { catalogue, details: detailsLoader }
    app.use(siteContext(site)).use(createPinia())
    installDetailsGuard(router, site)
    // A navigation may change what a deferred part shows: it hydrates first (composables/deferredHydration).
    router.beforeEach(() => hydrateWaiting())
    if (isClient) {
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

// The prerender builds each page with createApp. In the browser, evaluating the app's files and creating
// the app (its router, store and the page's route) were one task of 20-55 ms here (a long task on a
// phone): the app is created, and starts, in the next one. (Not with a top-level await: the bundler then
// splits the shared modules out of this file, +2.5 KB gzip and a dozen more files on every page.)
export const createApp = import.meta.env.SSR ? start() : undefined
if (!import.meta.env.SSR) void nextTask().then(start)

registerServiceWorker()
