// Offline once visited (see scripts/serviceWorker.ts). Production builds in the browser only.
// On a page a worker already controls (a return visit), ./serviceWorkerUpdates.ts watches for a new
// version and offers a reload; it comes from the worker's cache, so a first visit loads nothing more.
export function registerServiceWorker() {
  if (import.meta.env.SSR || !import.meta.env.PROD || !('serviceWorker' in navigator)) return
  const sw = navigator.serviceWorker
  const base = import.meta.env.BASE_URL
  const register = () => {
    const controlled = sw.controller
    sw.register(`${base}sw.js`, { scope: base }).then(
      (registration) => controlled && import('./serviceWorkerUpdates').then((m) => m.watchForUpdates(registration)),
      () => {
        // Offline support is a bonus; the site works without it.
      },
    )
  }
  // After the page has loaded, so the worker's downloads never compete with the page's own. The app
  // starts after the first paint (src/boot.ts), often after the load event: then at once.
  if (document.readyState === 'complete') register()
  else window.addEventListener('load', register, { once: true })
}
