// A new version of the site installs in the background and waits (scripts/serviceWorker.ts). This
// shows a small, polite prompt, "A new version of this site is ready", with Reload and Not now. The
// page reloads only when the student presses Reload, never while they are reading; focus stays where
// it is, and screen readers hear the prompt through the live region in index.html (#update-slot).
// Plain DOM, no Vue: it loads after the page, on return visits, from the worker's cache.
import './serviceWorkerUpdates.css'

let waiting: ServiceWorker | null = null
let reloading = false
let dismissed = false

/** Called by src/registerServiceWorker.ts once the worker is registered, on a page it controls. */
export function watchForUpdates(registration: ServiceWorkerRegistration) {
  const follow = (worker: ServiceWorker | null) =>
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker)
    })
  if (registration.waiting) offer(registration.waiting)
  follow(registration.installing)
  registration.addEventListener('updatefound', () => follow(registration.installing))
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) location.reload()
    else offer(null) // another tab let the new version in: this page's files are out of date
  })
  // A page open for long (a lesson) still hears of a release when shown again, hourly at most.
  let checked = Date.now()
  document.addEventListener('visibilitychange', () => {
    if (document.hidden || Date.now() - checked < 3_600_000) return
    checked = Date.now()
    registration.update().catch(() => undefined)
  })
}

function offer(worker: ServiceWorker | null) {
  waiting = worker
  showPrompt()
}

/** Let the waiting version take over, then reload into it (or just reload if it already has). */
function applyUpdate() {
  reloading = true
  if (waiting) waiting.postMessage('SKIP_WAITING')
  else location.reload()
}

function showPrompt() {
  if (dismissed || document.querySelector('.update-prompt')) return
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') => {
    const el = document.createElement(tag)
    el.className = className
    el.textContent = text
    return el
  }
  const box = make('div', 'update-prompt')
  const reload = make('button', 'button button--primary', 'Reload')
  const later = make('button', 'button', 'Not now')
  reload.type = later.type = 'button'
  reload.addEventListener('click', applyUpdate)
  later.addEventListener('click', () => {
    dismissed = true
    box.remove()
  })
  const actions = make('div', 'update-prompt__actions')
  actions.append(reload, later)
  box.append(make('p', 'update-prompt__text', 'A new version of this site is ready.'), actions)
  ;(document.getElementById('update-slot') ?? document.body).append(box)
}
