import { ViteSSG } from 'vite-ssg'
import { createPinia } from 'pinia'
import App from './App.vue'
import { routes } from './router'
import { installDetailsGuard } from './router/guards'
import { siteContext } from './composables/useCatalogue'
import { catalogue } from './data/catalogue'
import { detailsLoader } from './data/details'
import { registerServiceWorker } from './registerServiceWorker'
import './styles/main.css'

export const createApp = ViteSSG(App, { routes, base: import.meta.env.BASE_URL }, ({ app, router }) => {
  const site = { catalogue, details: detailsLoader }
  app.use(siteContext(site)).use(createPinia())
  installDetailsGuard(router, site)
})

registerServiceWorker()
