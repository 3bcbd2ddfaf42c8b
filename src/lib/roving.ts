// One Tab stop for a group of controls (a facet of the filters): Tab enters the group at one control,
// the arrow keys move within it. Pure decisions; the component moves focus.

/** The control that takes the Tab stop: the first checked one, else the first. */
export function rovingStop(checked: readonly boolean[]): number {
  return Math.max(0, checked.indexOf(true))
}

/** Where an arrow key (or Home/End) moves focus among `count` controls, wrapping; null for other keys. */
export function rovingMove(key: string, index: number, count: number): number | null {
  if (count <= 0) return null
  if (key === 'ArrowDown' || key === 'ArrowRight') return (index + 1) % count
  if (key === 'ArrowUp' || key === 'ArrowLeft') return (index - 1 + count) % count
  if (key === 'Home') return 0
  if (key === 'End') return count - 1
  return null
}
