import { describe, expect, it } from 'vitest'
import { buildHierarchy, chooseTreeMode, FIRST_LAYOUT_WIDTH, layoutTree, layoutWidthFor, mergeLinks, visibleHeight, type TreeInput, type TreeLayout } from '@/lib/tree'
import { estimateTextWidth, wrapText, type MeasureText } from '@/lib/treeText'

// Two groupings, three sub-themes, four specialisms, listed out of order on purpose.
const input: TreeInput = {
  groupings: [
    { id: 'lab', name: 'Lab', colour: '#6a3d9a', subThemes: [{ id: 't1', name: 'Theme one' }, { id: 't2', name: 'Theme two' }] },
    { id: 'phys', name: 'Physio', colour: '#b3203b', subThemes: [{ id: 't3', name: 'Theme three' }] },
  ],
  specialisms: [
    { id: 'beta', name: 'Beta', grouping: 'lab', subTheme: 't2' },
    { id: 'delta', name: 'Delta', grouping: 'phys', subTheme: 't3' },
    { id: 'alpha', name: 'Alpha', grouping: 'lab', subTheme: 't2' },
    { id: 'gamma', name: 'Gamma', grouping: 'lab', subTheme: 't1' },
  ],
}
/** 10 px per character: round numbers. */
const measure: MeasureText = (text) => text.length * 10
const node = (layout: TreeLayout, id: string) => layout.nodes.find((n) => n.id === id)
const pick = (layout: TreeLayout, id: string) => {
  const n = node(layout, id)
  return n && { x: n.x, y: n.y, label: [n.label.x, n.label.y, n.label.lines], box: n.box }
}

describe('buildHierarchy', () => {
  it('sorts children explicitly: groupings in data order, specialisms by sub-theme then name', () => {
    const root = buildHierarchy(input)
    const order: string[] = []
    root.eachBefore((d) => void order.push(d.data.id))
    expect(order).toEqual(['root', 'lab', 'gamma', 'alpha', 'beta', 'phys', 'delta'])
  })
})

describe('layoutTree: tidy', () => {
  const layout = layoutTree(input, { mode: 'tidy', width: 400, measure })

  it('keeps tree order and gives each node its depth and parent', () => {
    expect(layout.nodes.map((n) => [n.id, n.depth, n.parentId])).toEqual([
      ['root', 0, null],
      ['lab', 1, 'root'],
      ['gamma', 2, 'lab'],
      ['alpha', 2, 'lab'],
      ['beta', 2, 'lab'],
      ['phys', 1, 'root'],
      ['delta', 2, 'phys'],
    ])
  })

  it('puts the root on top in the middle and the groupings side by side (d3.tree, one column each)', () => {
    expect(pick(layout, 'root')).toEqual({ x: 200, y: 42, label: [200, 24, ['Healthcare science']], box: { x: 8, y: 0, width: 384, height: 50 } })
    expect(pick(layout, 'lab')).toEqual({ x: 28, y: 100, label: [48, 106, ['Lab']], box: { x: 12, y: 82, width: 184, height: 56 } })
    expect(pick(layout, 'phys')).toEqual({ x: 220, y: 100, label: [240, 106, ['Physio']], box: { x: 204, y: 82, width: 184, height: 56 } })
    expect(node(layout, 'lab')?.note).toEqual({ x: 48, y: 128 })
  })

  it('hangs specialisms below their grouping in sub-theme bands', () => {
    expect(pick(layout, 'gamma')).toEqual({ x: 56, y: 196, label: [70, 201.5, ['Gamma']], box: { x: 44, y: 180, width: 152, height: 32 } })
    expect(pick(layout, 'alpha')).toEqual({ x: 56, y: 276, label: [70, 281.5, ['Alpha']], box: { x: 44, y: 260, width: 152, height: 32 } })
    expect(pick(layout, 'beta')).toEqual({ x: 56, y: 308, label: [70, 313.5, ['Beta']], box: { x: 44, y: 292, width: 152, height: 32 } })
    expect(pick(layout, 'delta')).toEqual({ x: 248, y: 196, label: [262, 201.5, ['Delta']], box: { x: 236, y: 180, width: 152, height: 32 } })
    expect(layout.bands.map((b) => [b.id, b.caption.x, b.caption.y, b.box])).toEqual([
      ['lab/t1', 48, 168, { x: 38, y: 148, width: 162, height: 68 }],
      ['lab/t2', 48, 248, { x: 38, y: 228, width: 162, height: 100 }],
      ['phys/t3', 240, 168, { x: 230, y: 148, width: 162, height: 68 }],
    ])
    expect(layout.height).toBe(348)
  })

  it('draws links as d3-shape did: a curve from the root, an elbow down each grouping', () => {
    expect(layout.links.find((l) => l.targetId === 'lab')?.d).toBe('M200,42C200,71,28,71,28,100')
    expect(layout.links.find((l) => l.targetId === 'gamma')?.d).toBe('M28,100L28,196L56,196')
    expect(layout.links).toHaveLength(6)
  })

  it('merges links into one path per grouping, split while a search lights some', () => {
    const all = mergeLinks(layout, () => true, () => false)
    expect(all.map((p) => [p.key, p.colour])).toEqual([
      ['lab', '#6a3d9a'],
      ['phys', '#b3203b'],
    ])
    expect(all[0]?.d).toBe('M200,42C200,71,28,71,28,100M28,100L28,196L56,196M28,100L28,276L56,276M28,100L28,308L56,308')
    const closedLab = mergeLinks(layout, (id) => !['gamma', 'alpha', 'beta'].includes(id), (id) => id === 'delta' || id === 'phys')
    expect(closedLab.map((p) => [p.key, p.lit])).toEqual([
      ['lab', false],
      ['phys lit', true],
    ])
    expect(closedLab[0]?.d).toBe('M200,42C200,71,28,71,28,100')
  })

  it('does not move anything when groupings open: only the drawn height changes', () => {
    const again = layoutTree(input, { mode: 'tidy', width: 400, measure, expanded: new Set(['lab']) })
    expect(again).toEqual(layout)
    expect(visibleHeight(layout, new Set())).toBe(146)
    expect(visibleHeight(layout, new Set(['lab']))).toBe(336)
    expect(visibleHeight(layout, new Set(['lab', 'phys']))).toBe(336)
  })
})

describe('layoutTree: indented', () => {
  const layout = layoutTree(input, { mode: 'indented', width: 300, measure, expanded: new Set(['lab']) })

  it('gives every visible item its own row, specialisms indented under their grouping', () => {
    expect(pick(layout, 'root')).toEqual({ x: 14, y: 18, label: [30, 24, ['Healthcare science']], box: { x: 0, y: 0, width: 292, height: 32 } })
    expect(pick(layout, 'lab')).toEqual({ x: 30, y: 62, label: [50, 68, ['Lab']], box: { x: 12, y: 40, width: 280, height: 62 } })
    expect(pick(layout, 'gamma')).toEqual({ x: 60, y: 152, label: [74, 157.5, ['Gamma']], box: { x: 48, y: 136, width: 240, height: 32 } })
    expect(pick(layout, 'alpha')?.y).toBe(232)
    expect(pick(layout, 'beta')?.y).toBe(264)
    expect(pick(layout, 'phys')).toEqual({ x: 30, y: 322, label: [50, 328, ['Physio']], box: { x: 12, y: 300, width: 280, height: 62 } })
    expect(layout.links.find((l) => l.targetId === 'phys')?.d).toBe('M14,18L14,322L30,322')
    expect(layout.height).toBe(370)
    expect(visibleHeight(layout, new Set(['lab']))).toBe(370)
  })

  it('closes the rows of a closed grouping', () => {
    const closed = layoutTree(input, { mode: 'indented', width: 300, measure })
    expect(pick(closed, 'phys')?.y).toBe(124)
    expect(closed.height).toBe(172)
  })
})

describe('labels', () => {
  it('wraps labels to the width they have, in either layout', () => {
    const long = { ...input, specialisms: [{ id: 'h', name: 'Histocompatibility and immunogenetics', grouping: 'lab', subTheme: 't1' }] }
    const narrow = layoutTree(long, { mode: 'indented', width: 320, measure, expanded: new Set(['lab']) })
    const h = node(narrow, 'h')
    expect(h?.label.lines).toEqual(['Histocompatibility and', 'immunogenetics'])
    // Two lines make a taller row and target.
    expect(h?.box.height).toBe(52)
  })

  it('wraps greedily and splits a word that cannot fit on a line by itself', () => {
    const style = { size: 16, bold: false }
    expect(wrapText('one two three four', 90, style, measure)).toEqual(['one two', 'three', 'four'])
    expect(wrapText('abcdefghijkl', 60, style, measure)).toEqual(['abcde-', 'fghij-', 'kl'])
  })

  it('estimates widths generously from a per-character table', () => {
    expect(estimateTextWidth('mm', { size: 10, bold: false })).toBeCloseTo(20.6)
    expect(estimateTextWidth('il', { size: 10, bold: true })).toBeCloseTo(7.21)
    expect(estimateTextWidth('Audiology', { size: 16, bold: false })).toBeGreaterThan(estimateTextWidth('Audiology', { size: 14, bold: false }))
  })

  it('chooses the tidy layout only when four columns have room', () => {
    expect(chooseTreeMode(320)).toBe('indented')
    expect(chooseTreeMode(879)).toBe('indented')
    expect(chooseTreeMode(880)).toBe('tidy')
  })
})

describe('layoutWidthFor', () => {
  it('keeps the first (phone) layout on the common phones, whose boxes it fits with at most a fifth spare', () => {
    // 360, 375, 390, 412 and 430 px phones less the page's 16 px margins.
    for (const box of [328, 343, 358, 380, 398, 410]) expect(layoutWidthFor(FIRST_LAYOUT_WIDTH, box), String(box)).toBe(FIRST_LAYOUT_WIDTH)
  })
  it('lays out again for a box it does not fit or leaves too much of', () => {
    expect(layoutWidthFor(FIRST_LAYOUT_WIDTH, 288)).toBe(288)
    expect(layoutWidthFor(FIRST_LAYOUT_WIDTH, 411)).toBe(411)
    expect(layoutWidthFor(FIRST_LAYOUT_WIDTH, 700)).toBe(700)
  })
  it('always fits the wide (tidy) layout to its box', () => {
    expect(layoutWidthFor(900, 1000)).toBe(1000)
    expect(layoutWidthFor(FIRST_LAYOUT_WIDTH, 1200)).toBe(1200)
    expect(layoutWidthFor(1200, 800)).toBe(800)
  })
})
