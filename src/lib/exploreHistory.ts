// How a change of the explore view enters the browser's history (DESIGN.md "URL scheme"): every
// settled change the user makes (a search, a filter, a selection, opening a grouping, the view) is one
// history entry, so Back steps back through what they did and never leaves the site early. Typing is
// the exception that keeps Back useful: the first settled search of a burst of typing pushes an entry,
// and the searches written while the reader keeps typing replace it. A burst is one stay in the search
// box (the box starts a new one when it gains focus and after Enter), not a time window, so a slow
// typist or a slow phone still gets one entry.

/** What made the change. 'tidy' is the page itself writing a link's canonical form (the quiz's
 * answers in order): not a user's step, so it always replaces. */
export type ExploreChange = 'typing' | 'filter' | 'select' | 'open' | 'view' | 'tidy'

export interface ExploreWrite {
  change: ExploreChange
  /** For typing: which burst of typing wrote it. */
  burst?: number
}

/** 'replace' for a search written in the same burst of typing as the last write, otherwise 'push'. */
export function historyMode(write: ExploreWrite, last: ExploreWrite | null): 'push' | 'replace' {
  if (write.change === 'tidy') return 'replace'
  const sameBurst = write.change === 'typing' && last?.change === 'typing' && write.burst !== undefined && last.burst === write.burst
  return sameBurst ? 'replace' : 'push'
}
