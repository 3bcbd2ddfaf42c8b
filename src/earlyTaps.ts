// A tap on a button before the app has started does nothing: the button is prerendered HTML with no
// handler yet (the app starts after the first paint: src/boot.ts). So until the app has hydrated the
// page, such taps are held, with the browser's own effect (a checkbox ticking, a form sending), and
// replayed once it has: the Menu, Filters or Copy link button a student tapped in the first second
// still answers. Links are left alone: they work without the app.

const TAPPABLE = 'button, input[type="checkbox"], input[type="radio"]'
const held: HTMLElement[] = []
let holding = false

function hold(event: MouseEvent) {
  const target = (event.target as Element | null)?.closest<HTMLElement>(TAPPABLE)
  if (!target) return
  event.preventDefault()
  event.stopPropagation()
  if (!held.includes(target)) held.push(target)
}

/** From now until replayEarlyTaps, taps on buttons and boxes are held. */
export function holdEarlyTaps(): void {
  if (holding || typeof document === 'undefined') return
  holding = true
  document.addEventListener('click', hold, true)
}

/** Stops holding taps; returns those held, for replayTaps once the page answers them. */
export function stopHoldingTaps(): HTMLElement[] {
  if (!holding) return []
  holding = false
  document.removeEventListener('click', hold, true)
  return held.splice(0)
}

/** Replays held taps on what is still on the page. In a task of its own: Vue ignores an event that
 * comes in the same millisecond its handler was attached (runtime-dom's guard against a click reaching
 * a handler its own update attached), and by then the address's state has been applied too. */
export function replayTaps(taps: readonly HTMLElement[]): void {
  if (!taps.length) return
  setTimeout(() => taps.filter((el) => el.isConnected).forEach((el) => el.click()))
}
