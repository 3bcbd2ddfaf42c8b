// The page's one script tag. The page arrives prerendered, so a student can read it before any of the
// app has run: this file lets the browser parse and paint it first, and only then fetches and starts
// the app (src/main.ts). Until the paint the connection carries only the page's HTML and CSS; then
// every file the start needs (<meta name="app-files">, written by scripts/preloadLinks.ts) is fetched
// at once, in parallel, so the app and the page's view arrive in one round trip.
import './styles/main.css'
import { holdEarlyTaps } from './earlyTaps'
import { chosenIn, QUERY_FILES_META, readQueryFiles } from './lib/queryFiles'
import { slideToShowEarly } from './lib/slideNumber'
import { listInWords } from './lib/words'

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

/** A page made from its address (lib/queryFiles.ts): the chosen specialisms' details files and names. */
const chosen = () => {
  const files = readQueryFiles(document.querySelector<HTMLMetaElement>(`meta[name="${QUERY_FILES_META}"]`)?.content)
  return files ? chosenIn(files, location.search) : { files: [], names: [] }
}

/** Until the app starts, an element with data-query-names (compare's heading) names what the address
 * asks for, after its prefix ("Comparing "), in place of the prerendered "nothing chosen yet". */
function nameWhatWasAskedFor(names: readonly string[]) {
  if (!names.length) return
  for (const el of document.querySelectorAll<HTMLElement>('[data-query-names]')) {
    el.textContent = `${el.dataset.queryNames ?? ''}${listInWords(names)}`
  }
}

/** Until the app starts, a deck opened at a later slide (a teacher's link, a reload: ?slide=4) shows
 * that slide, its number and its back and next buttons as the app will: every slide of the deck is in
 * the page, all but the first hidden (DeckScreen, DeckControls). The largest paint then waits for this
 * script only, not for the app (a deck at ?slide=2 was 2.0x its script-less page, issue 11). */
function showAskedSlide() {
  const slides = document.querySelectorAll<HTMLElement>('[data-deck-slide]')
  const n = slideToShowEarly(location.search, slides.length)
  if (n === null) return
  slides.forEach((slide, i) => (slide.hidden = i + 1 !== n))
  for (const el of document.querySelectorAll('[data-deck-progress]')) el.textContent = (el.textContent ?? '').replace(/\d+/, String(n))
  document.querySelector('[data-deck-back]')?.removeAttribute('disabled')
  document.querySelector('[data-deck-next]')?.toggleAttribute('disabled', n >= slides.length)
}

/** A new task, so what follows does not lengthen this one (a message, not a timer: not slowed down in a
 * hidden tab). */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const { port1, port2 } = new MessageChannel()
    port1.onmessage = () => resolve()
    port2.postMessage(null)
  })

// Adding a modulepreload link costs the main thread about 1-1.5 ms (unthrottled; four times that on a
// mid-range phone): the 15-20 a page starts with, added at once, were one of the longest tasks of
// every page's start. A few at a time, each few in its own task.
const PRELOADS_PER_TASK = 4

/** Fetches (and compiles, off the main thread where it can) every file the start needs, in parallel:
 * the app's, and the details of the specialisms the address asks for (`extra`). */
async function preloadAppFiles(extra: readonly string[]) {
  const files = [...(document.querySelector<HTMLMetaElement>('meta[name="app-files"]')?.content.split(' ') ?? []), ...extra].filter(Boolean)
  for (let i = 0; i < files.length; i += PRELOADS_PER_TASK) {
    if (i) await nextTask()
    // One insertion for each few: the page's styles are looked at again once, not once a link.
    const links = document.createDocumentFragment()
    for (const href of files.slice(i, i + PRELOADS_PER_TASK)) {
      const link = document.createElement('link')
      link.rel = 'modulepreload'
      link.crossOrigin = ''
      link.href = href
      links.append(link)
    }
    document.head.append(links)
  }
}

// The first touch of a storage area waits on the browser (3-25 ms here for the tab's session storage),
// and it was inside a long task of the start: the router reads session storage (its saved scroll
// positions) as its code first runs, and the shortlist, the specialism page's actions and present
// mode read local storage as they mount (the compare page's longest task: 70 ms of 210 at 4x, in a CPU
// profile). Each is touched here first, in a task of its own, while the app's files are still arriving.
const STORAGE_AREAS = ['sessionStorage', 'localStorage'] as const
function openStorage(area: (typeof STORAGE_AREAS)[number]) {
  try {
    void window[area].length
  } catch {
    // Storage turned off: the router copes, and so does every part that keeps anything.
  }
}

void parsed()
  .then(() => {
    const asked = chosen()
    nameWhatWasAskedFor(asked.names)
    showAskedSlide()
    return painted().then(() => asked.files)
  })
  .then(async (details) => {
    await preloadAppFiles(details)
    for (const area of STORAGE_AREAS) {
      await nextTask()
      openStorage(area)
    }
    await nextTask()
    return import('./main')
  })
