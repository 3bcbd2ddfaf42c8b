// Where focus goes when the reader comes back to the explorer (Back from a specialism's page): to the
// tree item or result they left from, so a keyboard user carries on where they were.

/** The explorer view that was left, and the specialism (or grouping) that had focus there. */
export interface FocusMark {
  path: string
  id: string
}

/** A focused element, reduced to what identifies it: its data-id and its link, if any. */
export interface FocusedElement {
  dataId: string | null
  href: string | null
}

const SPECIALISM_LINK = /\/specialisms\/([a-z0-9-]+)\/?(?:[?#].*)?$/

/** What to remember when leaving `path` with `focused` focused; null when focus was on nothing of ours. */
export function markFocus(path: string, focused: FocusedElement | null): FocusMark | null {
  if (!focused) return null
  const id = focused.dataId ?? focused.href?.match(SPECIALISM_LINK)?.[1] ?? null
  return id ? { path, id } : null
}

/** The id to focus on arriving at `path`: the remembered one, if the reader is back at that same view. */
export function focusReturnTarget(mark: FocusMark | null, path: string): string | null {
  return mark && mark.path === path ? mark.id : null
}
