// How a change of the explore view enters the browser's history (DESIGN.md "URL scheme"): every
// settled change the user makes (a search, a filter, a selection, opening a grouping, the view) is one
// history entry, so Back steps back through what they did and never leaves the site early. Typing is
// the exception that keeps Back useful: the first settled search of a burst of typing pushes an entry,
// and the searches written while the reader keeps typing replace it.

/** What made the change. */
export type ExploreChange = 'typing' | 'filter' | 'select' | 'open' | 'view'

export interface ExploreWrite {
  change: ExploreChange
  /** When it was written, in milliseconds (any clock, the same for every write). */
  at: number
}

/** Searches written less than this long after the last one belong to the same burst of typing. */
export const TYPING_BURST_MS = 1500

/** 'replace' for a search written while the reader is still typing, otherwise 'push'. */
export function historyMode(change: ExploreChange, last: ExploreWrite | null, now: number): 'push' | 'replace' {
  const stillTyping = change === 'typing' && last?.change === 'typing' && now - last.at >= 0 && now - last.at < TYPING_BURST_MS
  return stillTyping ? 'replace' : 'push'
}
