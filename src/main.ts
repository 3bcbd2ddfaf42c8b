import { ViteSSG } from 'vite-ssg'
import { createPinia } from 'pinia'
import App from './App.vue'
import { routes, scrollBehavior } from './router'
import { installDetailsGuard } from './router/guards'
import { registerServiceWorker } from './registerServiceWorker'
import './styles/main.css'

export const createApp = ViteSSG(App, { routes, scrollBehavior, base: import.meta.env.BASE_URL }, ({ app, router }) => {
  app.use(createPinia())
  installDetailsGuard(router)
})

registerServiceWorker()
