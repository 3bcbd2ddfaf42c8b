// Which compare rows differ between the chosen specialisms and which are the same, so the page can
// mark the first and fold the second. Answers to students' questions are prose: always kept apart.
import type { CompareLine, CompareRow } from './compareRows'
import { listInWords } from './specialismLabels'

export interface RowDiff {
  row: CompareRow
  /** Every specialism has the same lines, whatever their order, spacing or case. */
  same: boolean
  /** A differing row whose shared lines are many: cells show only what differs, `shared` the rest. */
  split: boolean
  /** The lines every specialism has, in the first one's order (all of them when `same`). */
  shared: CompareLine[]
  /** What to show in each specialism's cell. */
  cells: CompareLine[][]
  /** Two cells of a line or two of a few words: on a phone they can sit side by side (three are too narrow). */
  short: boolean
}

export interface CompareSplit {
  /** Two or more specialisms, so differing rows are marked. */
  compared: boolean
  differ: RowDiff[]
  same: RowDiff[]
  answers: CompareRow[]
}

/** More shared lines than this in a differing row, and they are folded apart from the differences. */
export const SPLIT_OVER = 2
/** A short cell: at most two lines of at most this many characters. */
export const SHORT_LINE = 32

const lineKey = (line: CompareLine) => line.text.replace(/\s+/g, ' ').trim().toLowerCase()

export function diffCompareRow(row: CompareRow): RowDiff {
  const keySets = row.cells.map((cell) => new Set(cell.map(lineKey)))
  const seen = new Set<string>()
  const shared = (row.cells[0] ?? []).filter((line) => {
    const key = lineKey(line)
    if (seen.has(key) || !keySets.every((keys) => keys.has(key))) return false
    seen.add(key)
    return true
  })
  const own = row.cells.map((cell) => cell.filter((line) => !seen.has(lineKey(line))))
  const same = own.every((cell) => cell.length === 0)
  const split = !same && shared.length > SPLIT_OVER
  const cells = split ? own : row.cells
  const short = cells.length === 2 && cells.every((cell) => cell.length <= 2 && cell.every((line) => line.text.length <= SHORT_LINE))
  return { row, same, split, shared, cells, short }
}

/** Facts that differ (in their order), facts that are the same, then the questions. */
export function splitCompareRows(rows: readonly CompareRow[]): CompareSplit {
  const answers = rows.filter((row) => row.id.startsWith('q-'))
  const facts = rows.filter((row) => !row.id.startsWith('q-')).map(diffCompareRow)
  // With one specialism there is nothing to compare: every fact is shown whole, none marked.
  if ((rows[0]?.cells.length ?? 0) < 2) {
    return { compared: false, differ: facts.map((d) => ({ ...d, same: false, split: false, cells: d.row.cells, short: false })), same: [], answers }
  }
  return { compared: true, differ: facts.filter((d) => !d.same), same: facts.filter((d) => d.same), answers }
}

/** "Same for both" or "Same for all three": the plain label of what the chosen ones share. */
export const sameForAll = (count: number) => (count === 2 ? 'Same for both' : count === 3 ? 'Same for all three' : `Same for all ${count}`)

/** "Same for both: grouping, patient contact and pay", from the rows' labels. */
export function describeSame(labels: readonly string[], count: number): string {
  return `${sameForAll(count)}: ${listInWords(labels.map((label) => label.charAt(0).toLowerCase() + label.slice(1)))}`
}
