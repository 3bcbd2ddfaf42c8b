import { describe, expect, it } from 'vitest'
import { historyMode, type ExploreWrite } from '@/lib/exploreHistory'

describe('historyMode', () => {
  it.each<[string, ExploreWrite, ExploreWrite | null, 'push' | 'replace']>([
    ['the first search pushes', { change: 'typing', burst: 1 }, null, 'push'],
    ['a later search of the same burst replaces it', { change: 'typing', burst: 1 }, { change: 'typing', burst: 1 }, 'replace'],
    ['a search of a new burst pushes', { change: 'typing', burst: 2 }, { change: 'typing', burst: 1 }, 'push'],
    ['a search without a burst pushes', { change: 'typing' }, { change: 'typing' }, 'push'],
    ['a search right after a filter pushes', { change: 'typing', burst: 1 }, { change: 'filter' }, 'push'],
    ['a filter pushes', { change: 'filter' }, null, 'push'],
    ['a filter right after another pushes', { change: 'filter' }, { change: 'filter' }, 'push'],
    ['a filter while typing pushes', { change: 'filter' }, { change: 'typing', burst: 1 }, 'push'],
    ['a selection pushes', { change: 'select' }, { change: 'typing', burst: 1 }, 'push'],
    ['opening a grouping pushes', { change: 'open' }, { change: 'open' }, 'push'],
    ['a change of view pushes', { change: 'view' }, null, 'push'],
    ['the page tidying a link replaces, whatever came before', { change: 'tidy' }, null, 'replace'],
  ])('%s', (_label, write, last, expected) => {
    expect(historyMode(write, last)).toBe(expected)
  })
})
