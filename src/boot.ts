// The page's one script tag. The page arrives prerendered, so a student can read it before any of the
// app has run: this file lets the browser parse and paint it first, and only then fetches and starts
// the app (src/main.ts). Until the paint the connection carries only the page's HTML and CSS; then
// every file the start needs (<meta name="app-files">, written by scripts/preloadLinks.ts) is fetched
// at once, in parallel, so the app and the page's view arrive in one round trip.
import './styles/main.css'
import { holdEarlyTaps } from './earlyTaps'

holdEarlyTaps()

const parsed = () =>
  document.readyState === 'loading'
    ? new Promise<void>((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }))
    : Promise.resolve()

// After the first contentful paint as the browser records it (its presentation, which can come well
// after the frame that drew it on a busy device), then a task. A page opened in a background tab paints
// nothing until it is shown, and has nothing to show anyone: it starts at once. Without paint timing
// (older Safari), a frame and a task. The 5 s timer is only a net: a shown page always paints.
const painted = () =>
  new Promise<void>((resolve) => {
    const start = () => setTimeout(resolve)
    if (document.visibilityState === 'hidden') return resolve()
    if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      requestAnimationFrame(start)
      return
    }
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return
      observer.disconnect()
      start()
    })
    observer.observe({ type: 'paint', buffered: true })
    setTimeout(resolve, 5000)
  })

/** Fetches (and compiles, off the main thread where it can) every file the start needs, in parallel. */
function preloadAppFiles() {
  const files = document.querySelector<HTMLMetaElement>('meta[name="app-files"]')?.content.split(' ') ?? []
  // One insertion for all of them: the page's styles are looked at again once, not once a link.
  const links = document.createDocumentFragment()
  for (const href of files.filter(Boolean)) {
    const link = document.createElement('link')
    link.rel = 'modulepreload'
    link.crossOrigin = ''
    link.href = href
    links.append(link)
  }
  document.head.append(links)
}

void parsed()
  .then(painted)
  .then(() => {
    preloadAppFiles()
    return import('./main')
  })
