// Moving through a deck: the slide number from the URL (slideNumber.ts), keys and clicker buttons as
// actions, and swipes. Pure functions; the composables in src/composables/usePresenter*.ts wire them up.

// The slide number from the URL lives in its own file (boot.ts reads it on every page).
import { clampSlide } from './slideNumber'

export { clampSlide, parseSlide, slideToShowEarly } from './slideNumber'

export type SlideAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; n: number }
  | { type: 'digit'; typed: string }
  | { type: 'fullscreen' }
  | { type: 'exit' }

export interface KeyInput {
  key: string
  /** Digits typed so far, waiting for Enter. */
  typed: string
  ctrlKey?: boolean
  metaKey?: boolean
  altKey?: boolean
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar', 'n', 'N'])
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P'])

/** What a key press does. Presentation clickers send PageUp/PageDown or the arrow keys. A number
 * typed then Enter jumps to that slide; Enter alone goes on. Modified keys are left to the browser. */
export function keyToAction({ key, typed, ctrlKey, metaKey, altKey }: KeyInput): SlideAction | null {
  if (ctrlKey || metaKey || altKey) return null
  if (/^[0-9]$/.test(key)) return { type: 'digit', typed: (typed + key).slice(-4) }
  if (key === 'Enter') return typed ? { type: 'goto', n: Number(typed) } : { type: 'next' }
  if (NEXT.has(key)) return { type: 'next' }
  if (PREV.has(key)) return { type: 'prev' }
  if (key === 'Home') return { type: 'first' }
  if (key === 'End') return { type: 'last' }
  if (key === 'f' || key === 'F') return { type: 'fullscreen' }
  if (key === 'Escape') return { type: 'exit' }
  return null
}

/** The slide an action leads to from `current` (1-based), or null when the action is not a move. */
export function slideAfter(action: SlideAction, current: number, count: number): number | null {
  switch (action.type) {
    case 'next':
      return clampSlide(current + 1, count)
    case 'prev':
      return clampSlide(current - 1, count)
    case 'first':
      return 1
    case 'last':
      return Math.max(1, count)
    case 'goto':
      return clampSlide(action.n, count)
    default:
      return null
  }
}

/** A horizontal swipe of at least `min` px that is more across than down: left is next. */
export function swipeAction(dx: number, dy: number, min = 50): SlideAction | null {
  if (Math.abs(dx) < min || Math.abs(dx) < Math.abs(dy) * 1.5) return null
  return dx < 0 ? { type: 'next' } : { type: 'prev' }
}
