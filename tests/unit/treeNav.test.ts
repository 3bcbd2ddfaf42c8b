import { describe, expect, it } from 'vitest'
import { layoutTree } from '@/lib/tree'
import { navAction, navItemsOf, typeAhead, visibleItems, type NavItem } from '@/lib/treeNav'

// Two groupings with children and one without, as the tree gives them (tree order).
const items: NavItem[] = [
  { id: 'lab', parentId: null, label: 'Laboratory sciences', hasChildren: true },
  { id: 'haem', parentId: 'lab', label: 'Haematology', hasChildren: false },
  { id: 'histo', parentId: 'lab', label: 'Histopathology', hasChildren: false },
  { id: 'phys', parentId: null, label: 'Physiological sciences', hasChildren: true },
  { id: 'aud', parentId: 'phys', label: 'Audiology', hasChildren: false },
  { id: 'card', parentId: 'phys', label: 'Cardiac science', hasChildren: false },
  { id: 'bio', parentId: null, label: 'Bioinformatics', hasChildren: false },
]
const open = (...ids: string[]) => new Set(ids)
const ids = (list: NavItem[]) => list.map((item) => item.id)

describe('visibleItems', () => {
  it('shows top-level items, and children of open groupings only', () => {
    expect(ids(visibleItems(items, open()))).toEqual(['lab', 'phys', 'bio'])
    expect(ids(visibleItems(items, open('phys')))).toEqual(['lab', 'phys', 'aud', 'card', 'bio'])
    expect(ids(visibleItems(items, open('lab', 'phys')))).toHaveLength(7)
  })
})

describe('navAction', () => {
  it.each([
    ['ArrowDown', 'lab', open(), { kind: 'focus', id: 'phys' }],
    ['ArrowDown', 'lab', open('lab'), { kind: 'focus', id: 'haem' }],
    ['ArrowDown', 'bio', open(), { kind: 'none' }],
    ['ArrowUp', 'phys', open('lab'), { kind: 'focus', id: 'histo' }],
    ['ArrowUp', 'lab', open(), { kind: 'none' }],
    ['Home', 'card', open('phys'), { kind: 'focus', id: 'lab' }],
    ['End', 'lab', open(), { kind: 'focus', id: 'bio' }],
    ['ArrowRight', 'lab', open(), { kind: 'expand', id: 'lab' }],
    ['ArrowRight', 'lab', open('lab'), { kind: 'focus', id: 'haem' }],
    ['ArrowRight', 'haem', open('lab'), { kind: 'none' }],
    ['ArrowRight', 'bio', open(), { kind: 'none' }],
    ['ArrowLeft', 'lab', open('lab'), { kind: 'collapse', id: 'lab' }],
    ['ArrowLeft', 'histo', open('lab'), { kind: 'focus', id: 'lab' }],
    ['ArrowLeft', 'lab', open(), { kind: 'none' }],
    ['Enter', 'card', open('phys'), { kind: 'activate', id: 'card' }],
    ['Enter', 'phys', open('phys'), { kind: 'toggle', id: 'phys' }],
    [' ', 'card', open('phys'), { kind: 'select', id: 'card' }],
    [' ', 'lab', open(), { kind: 'toggle', id: 'lab' }],
    ['*', 'lab', open(), { kind: 'expandSiblings', ids: ['lab', 'phys'] }],
    ['*', 'lab', open('lab'), { kind: 'expandSiblings', ids: ['phys'] }],
    ['*', 'lab', open('lab', 'phys'), { kind: 'none' }],
    ['*', 'haem', open('lab'), { kind: 'none' }],
    ['Tab', 'lab', open(), { kind: 'none' }],
  ])('%s on %s', (key, current, expanded, action) => {
    expect(navAction(key, items, expanded, current)).toEqual(action)
  })

  it('falls back to the first visible item when the current one is hidden', () => {
    expect(navAction('ArrowDown', items, open(), 'card')).toEqual({ kind: 'focus', id: 'lab' })
  })
})

describe('typeAhead', () => {
  const all = visibleItems(items, open('lab', 'phys'))

  it('moves to the next item starting with the letter, wrapping round', () => {
    expect(typeAhead(all, 'lab', 'h')).toBe('haem')
    expect(typeAhead(all, 'haem', 'h')).toBe('histo')
    expect(typeAhead(all, 'histo', 'h')).toBe('haem')
    expect(typeAhead(all, 'card', 'l')).toBe('lab')
  })

  it('refines with more letters and stays on an item that still matches', () => {
    expect(typeAhead(all, 'haem', 'ha')).toBe('haem')
    expect(typeAhead(all, 'haem', 'hi')).toBe('histo')
    expect(typeAhead(all, 'lab', 'CARD')).toBe('card')
  })

  it('cycles when the same letter is typed again and again', () => {
    expect(typeAhead(all, 'haem', 'hh')).toBe('histo')
  })

  it('returns null when nothing matches or only spaces were typed', () => {
    expect(typeAhead(all, 'lab', 'z')).toBeNull()
    expect(typeAhead(all, 'lab', ' ')).toBeNull()
  })
})

describe('navItemsOf', () => {
  it('turns a laid-out tree into treeitems: groupings at the top, the root left out', () => {
    const layout = layoutTree(
      {
        groupings: [
          { id: 'lab', name: 'Lab', colour: '#000000', subThemes: [{ id: 't', name: 'T' }] },
          { id: 'empty', name: 'Empty', colour: '#000000', subThemes: [{ id: 'u', name: 'U' }] },
        ],
        specialisms: [{ id: 'haem', name: 'Haematology', grouping: 'lab', subTheme: 't' }],
      },
      { mode: 'tidy', width: 900 },
    )
    expect(navItemsOf(layout)).toEqual([
      { id: 'lab', parentId: null, label: 'Lab', hasChildren: true },
      { id: 'haem', parentId: 'lab', label: 'Haematology', hasChildren: false },
      { id: 'empty', parentId: null, label: 'Empty', hasChildren: false },
    ])
  })
})
