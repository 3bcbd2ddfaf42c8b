// The browser build's stand-in for @unhead/vue/client (scripts/browserHead.ts): vite-ssg installs it
// in the app as its head manager. It does nothing: the head is written at prerender.
import type { App } from 'vue'

export function createHead() {
  return { install: (_app: App) => {} }
}
