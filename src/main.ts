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
import './styles/main.css'

// Let the browser paint the prerendered page before the app starts: the text a student came for
// shows at once, and the app's start-up (hydration) runs after it, not in front of it.
const afterFirstPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve))
    // A page opened in a background tab gets no animation frames until it is shown.
    setTimeout(resolve, 200)
  })

export const createApp = ViteSSG(App, { routes, scrollBehavior, base: import.meta.env.BASE_URL }, async ({ app, router, isClient }) => {
  if (isClient) await afterFirstPaint()
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
