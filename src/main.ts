import { ViteSSG } from 'vite-ssg'
import { createPinia } from 'pinia'
import App from './App.vue'
import { routes, scrollBehavior } from './router'
import { installDetailsGuard } from './router/guards'
import { siteContext } from './composables/useCatalogue'
import { catalogue } from './data/catalogue'
import { detailsLoader } from './data/details'
import { registerServiceWorker } from './registerServiceWorker'
import './styles/main.css'

// Hydration: the browser adopts the prerendered HTML instead of rendering the page again on top of it
// (vite-ssg's default), so parts of a page can load their code later (composables/lazyHydrated.ts).
// Only where the HTML was rendered for this very path: a host serves 404.html for unknown paths.
function prerenderedHere(): boolean {
  if (import.meta.env.SSR) return true
  const path = document.getElementById('app')?.dataset.path
  return path !== undefined && `${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}` === window.location.pathname
}

export const createApp = ViteSSG(
  App,
  { routes, scrollBehavior, base: import.meta.env.BASE_URL },
  ({ app, router }) => {
    const site = { catalogue, details: detailsLoader }
    app.use(siteContext(site)).use(createPinia())
    installDetailsGuard(router, site)
  },
  { hydration: prerenderedHere() },
)

registerServiceWorker()
