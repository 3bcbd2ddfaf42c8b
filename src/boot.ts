// The page's one script tag. The page arrives prerendered, so a student can read it before any of the
// app has run: this file lets the browser parse and paint it first, and only then loads and starts the
// app (src/main.ts). The app's files are already fetched by then (the page's modulepreload links), so
// waiting costs no round trip; what it saves is the app's start-up running in front of the first paint.
import './styles/main.css'

const parsed = () =>
  document.readyState === 'loading'
    ? new Promise<void>((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }))
    : Promise.resolve()

// A frame, then a task: the frame's paint happens between them. A page opened in a background tab
// gets no frames until it is shown, and has nothing to paint for anyone: it starts at once.
const painted = () =>
  document.visibilityState === 'hidden'
    ? Promise.resolve()
    : new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)))

void parsed()
  .then(painted)
  .then(() => import('./main'))
