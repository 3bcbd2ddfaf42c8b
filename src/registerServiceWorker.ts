// Offline once visited (see scripts/serviceWorker.ts). Production builds in the browser only.
export function registerServiceWorker() {
  if (import.meta.env.SSR || !import.meta.env.PROD || !('serviceWorker' in navigator)) return
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL }).catch(() => {
      // Offline support is a bonus; the site works without it.
    })
  })
}
