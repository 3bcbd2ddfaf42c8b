import { describe, expect, it } from 'vitest'
import { historyMode, TYPING_BURST_MS, type ExploreChange, type ExploreWrite } from '@/lib/exploreHistory'

describe('historyMode', () => {
  it.each<[string, ExploreChange, ExploreWrite | null, number, 'push' | 'replace']>([
    ['the first search pushes', 'typing', null, 1000, 'push'],
    ['a search 300 ms after the last one replaces it', 'typing', { change: 'typing', at: 1000 }, 1300, 'replace'],
    ['a search 1499 ms after the last one still replaces it', 'typing', { change: 'typing', at: 1000 }, 2499, 'replace'],
    ['a search 1500 ms after the last one pushes', 'typing', { change: 'typing', at: 1000 }, 1000 + TYPING_BURST_MS, 'push'],
    ['a search right after a filter pushes', 'typing', { change: 'filter', at: 1000 }, 1100, 'push'],
    ['a search after a clock jump back pushes', 'typing', { change: 'typing', at: 5000 }, 1000, 'push'],
    ['a filter pushes', 'filter', null, 0, 'push'],
    ['a filter right after another pushes', 'filter', { change: 'filter', at: 1000 }, 1100, 'push'],
    ['a filter while typing pushes', 'filter', { change: 'typing', at: 1000 }, 1100, 'push'],
    ['a selection pushes', 'select', { change: 'typing', at: 1000 }, 1100, 'push'],
    ['opening a grouping pushes', 'open', { change: 'open', at: 1000 }, 1100, 'push'],
    ['a change of view pushes', 'view', null, 1100, 'push'],
  ])('%s', (_label, change, last, now, expected) => {
    expect(historyMode(change, last, now)).toBe(expected)
  })
})
