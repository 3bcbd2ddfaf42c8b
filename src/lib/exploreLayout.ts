// Pure decisions about how the explore page lays itself out: which of the list and the tree it shows,
// and how large the tree's frame is drawn (zoom scales the frame itself, so nothing is ever cut off).
import type { ExploreState } from './exploreQuery'

export interface Shown {
  /** The ranked list of results. */
  list: boolean
  /** The tree. When both show, the list comes first. */
  tree: boolean
}

/**
 * What the page shows for a state. `active` is true while a search or filter is active: the ranked
 * list comes first then (on a phone the tree would bury it), with the tree below, one tap away.
 */
export function shownViews(state: Pick<ExploreState, 'view' | 'full'>, active: boolean): Shown {
  if (state.full || state.view === 'tree') return { list: false, tree: true }
  if (state.view === 'list') return { list: true, tree: false }
  return { list: active, tree: true }
}

export interface Size {
  width: number
  height: number
}

export const ZOOM_EXTENT: readonly [number, number] = [0.2, 4]
export const ZOOM_STEP = 1.5

const clamp = (k: number, [min, max]: readonly [number, number]) => Math.min(max, Math.max(min, k))

/**
 * The scale at which a drawing fits inside the space available (both ways), within the extent.
 * Rounded down to 3 decimals so that it always fits.
 */
export function fitScale(drawing: Size, available: Size, extent: readonly [number, number] = ZOOM_EXTENT): number {
  if (drawing.width <= 0 || drawing.height <= 0 || available.width <= 0 || available.height <= 0) return 1
  const k = Math.min(available.width / drawing.width, available.height / drawing.height)
  return clamp(Math.floor(k * 1000) / 1000, extent)
}

/** One zoom step in (factor > 1) or out, within the extent; rounded so that in and out again lands on 1. */
export function zoomStep(k: number, factor: number, extent: readonly [number, number] = ZOOM_EXTENT): number {
  return clamp(Math.round(k * factor * 1000) / 1000, extent)
}
