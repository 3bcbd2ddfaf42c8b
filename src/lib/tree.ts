// The tree of healthcare science as plain records: root -> groupings -> specialisms, laid out once by
// d3-hierarchy and rendered by Vue (links drawn as d3-shape would). Sub-themes are bands inside a grouping, not a level.
//  - "tidy" (wide screens): d3.tree puts the groupings side by side under the root; each grouping's
//    specialisms hang below it in one column. Positions never depend on what is open, so nothing
//    moves while a class watches; collapsed specialisms are simply not drawn.
//  - "indented" (narrow screens): one row per visible item, like a file tree; rows follow what is open.
import { hierarchy, tree as d3Tree, type HierarchyNode } from 'd3-hierarchy'
import { compareNames } from './names'
import { estimateTextWidth, wrapText, type MeasureText, type TextStyle } from './treeText'

export type TreeMode = 'tidy' | 'indented'
export type TreeNodeKind = 'root' | 'grouping' | 'specialism'

export interface TreeInput {
  groupings: readonly { id: string; name: string; colour: string; subThemes: readonly { id: string; name: string }[] }[]
  specialisms: readonly { id: string; name: string; grouping: string; subTheme: string }[]
}
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}
/** Wrapped text: `y` is the first baseline, each further line is `lineHeight` lower. */
export interface TreeLabel {
  lines: string[]
  x: number
  y: number
  lineHeight: number
  anchor: 'start' | 'middle'
}
export interface TreeNode {
  id: string
  kind: TreeNodeKind
  depth: 0 | 1 | 2
  parentId: string | null
  name: string
  colour: string
  /** Centre of the node's circle. */
  x: number
  y: number
  label: TreeLabel
  /** Baseline of the count line under a grouping's name; null for other nodes. */
  note: { x: number; y: number } | null
  /** The whole pointer target: circle and label (at least 32 px high). */
  box: Rect
}
export interface TreeBand {
  id: string
  groupingId: string
  colour: string
  name: string
  caption: TreeLabel
  box: Rect
}
export interface TreeLink {
  sourceId: string
  targetId: string
  d: string
}
export interface TreeLayout {
  mode: TreeMode
  width: number
  /** Height with every grouping open. */
  height: number
  /** Tree order: root, then each grouping followed by its specialisms (the keyboard order too). */
  nodes: TreeNode[]
  links: TreeLink[]
  bands: TreeBand[]
}
export interface TreeOptions {
  mode: TreeMode
  width: number
  /** Open groupings; only the indented layout depends on it. */
  expanded?: ReadonlySet<string>
  measure?: MeasureText
  rootLabel?: string
}

/** Below this width (px) the four columns get too narrow for readable labels. */
export const TIDY_MIN_WIDTH = 880
export const chooseTreeMode = (width: number): TreeMode => (width >= TIDY_MIN_WIDTH ? 'tidy' : 'indented')

/** The width the tree is laid out for before it can measure its box (the prerendered page): a 360 px
 * phone's, less the page's margins, so it fits the common phones as it is. */
export const FIRST_LAYOUT_WIDTH = 328

/**
 * The width to lay the tree out for in a box `available` px wide when it is laid out for `current`. A
 * phone's (indented) layout is kept while it fits and leaves at most a fifth of its width spare: its
 * labels then wrap a little early, instead of the whole tree being laid out and drawn again as the page
 * starts (issue 11). Otherwise, and always for the wide (tidy) layout, the box's width.
 */
export function layoutWidthFor(current: number, available: number): number {
  const keep = chooseTreeMode(current) === 'indented' && chooseTreeMode(available) === 'indented' && current <= available && available <= current * 1.25
  return keep ? current : available
}

export const ROOT_TEXT: TextStyle = { size: 20, bold: true }
export const GROUPING_TEXT: TextStyle = { size: 18, bold: true }
export const SPECIALISM_TEXT: TextStyle = { size: 16, bold: false }
export const BAND_TEXT: TextStyle = { size: 14, bold: true }
const LINE = { root: 24, grouping: 22, specialism: 20, band: 18, note: 22 }
const MARGIN = 8

interface Datum {
  id: string
  name: string
  kind: TreeNodeKind
  colour: string
  band: string
  order: number
  children?: Datum[]
}

const round = (value: number) => Math.round(value * 10) / 10
const byOrderThenName = (a: Datum, b: Datum) => a.order - b.order || compareNames(a.name, b.name)

/** The hierarchy with children sorted explicitly: groupings in data order, specialisms by sub-theme then name. */
export function buildHierarchy(input: TreeInput, rootLabel = 'Healthcare science'): HierarchyNode<Datum> {
  const groupings: Datum[] = input.groupings.map((g, order) => {
    const themes = g.subThemes.map((t) => t.id)
    const children = input.specialisms
      .filter((s) => s.grouping === g.id)
      .map((s): Datum => {
        const index = themes.indexOf(s.subTheme)
        return { id: s.id, name: s.name, kind: 'specialism', colour: g.colour, band: s.subTheme, order: index < 0 ? themes.length : index }
      })
    return { id: g.id, name: g.name, kind: 'grouping', colour: g.colour, band: '', order, children }
  })
  const root: Datum = { id: 'root', name: rootLabel, kind: 'root', colour: '', band: '', order: 0, children: groupings }
  return hierarchy(root).sort((a, b) => byOrderThenName(a.data, b.data))
}

interface Builder {
  measure: MeasureText
  nodes: TreeNode[]
  links: TreeLink[]
  bands: TreeBand[]
}

// The two link shapes, drawn exactly as d3-shape's line() and linkVertical() draw them. d3-shape is
// not used: its bundle cannot be tree-shaken (every curve type came along, 2.7 KB gzip on the first
// view for these six lines).
/** Straight segments through the points. */
const elbow = (points: [number, number][]) => points.map(([x, y], i) => `${i ? 'L' : 'M'}${x},${y}`).join('')
/** A curve that leaves the source straight down and reaches the target from straight above. */
function curve({ source: [x0, y0], target: [x1, y1] }: { source: [number, number]; target: [number, number] }) {
  const mid = (y0 + y1) / 2
  return `M${x0},${y0}C${x0},${mid},${x1},${mid},${x1},${y1}`
}
const point = (x: number, y: number): [number, number] => [round(x), round(y)]

function label(b: Builder, text: string, style: TextStyle, x: number, y: number, width: number, lineHeight: number, anchor: TreeLabel['anchor'] = 'start'): TreeLabel {
  return { lines: wrapText(text, Math.max(width, style.size * 4), style, b.measure), x: round(x), y: round(y), lineHeight, anchor }
}

function rect(x: number, y: number, width: number, height: number): Rect {
  return { x: round(x), y: round(y), width: round(width), height: round(height) }
}

function addNode(b: Builder, d: HierarchyNode<Datum>, x: number, y: number, lab: TreeLabel, box: Rect, note: TreeNode['note'] = null) {
  const depth = Math.min(d.depth, 2) as TreeNode['depth']
  b.nodes.push({ id: d.data.id, kind: d.data.kind, depth, parentId: d.parent?.data.id ?? null, name: d.data.name, colour: d.data.colour, x: round(x), y: round(y), label: lab, note, box })
}

interface Column {
  /** x of the parent's spine (its circle centre) and of the specialism circles. */
  spineX: number
  nodeX: number
  bandX: number
  right: number
}

/** Consecutive children that share a sub-theme (children are sorted by sub-theme, so one run each). */
function runsOf(children: readonly HierarchyNode<Datum>[]): HierarchyNode<Datum>[][] {
  const runs: HierarchyNode<Datum>[][] = []
  for (const child of children) {
    const run = runs[runs.length - 1]
    if (run?.[0]?.data.band === child.data.band) run.push(child)
    else runs.push([child])
  }
  return runs
}

/** Lays out one grouping's specialisms in sub-theme bands, top to bottom from `top`; returns the bottom. */
function layoutColumn(b: Builder, group: HierarchyNode<Datum>, parentY: number, col: Column, top: number, themes: Map<string, string>): number {
  let y = top
  for (const run of runsOf(group.children ?? [])) {
    const bandId = run[0]?.data.band ?? ''
    const name = themes.get(bandId) ?? 'Other'
    const bandTop = y
    const caption = label(b, name, BAND_TEXT, col.bandX + 10, y + 20, col.right - col.bandX - 16, LINE.band)
    y += 8 + caption.lines.length * LINE.band + 6
    for (const child of run) {
      const nodeY = y + 16
      const lab = label(b, child.data.name, SPECIALISM_TEXT, col.nodeX + 14, nodeY + 5.5, col.right - col.nodeX - 22, LINE.specialism)
      const height = Math.max(32, lab.lines.length * LINE.specialism + 12)
      addNode(b, child, col.nodeX, nodeY, lab, rect(col.nodeX - 12, y, col.right - 4 - (col.nodeX - 12), height))
      b.links.push({ sourceId: group.data.id, targetId: child.data.id, d: elbow([point(col.spineX, parentY), point(col.spineX, nodeY), point(col.nodeX, nodeY)]) })
      y += height
    }
    b.bands.push({ id: `${group.data.id}/${bandId}`, groupingId: group.data.id, colour: group.data.colour, name, caption, box: rect(col.bandX, bandTop, col.right - col.bandX, y + 4 - bandTop) })
    y += 16
  }
  return y
}

function themeNames(input: TreeInput): Map<string, string> {
  return new Map(input.groupings.flatMap((g) => g.subThemes.map((t) => [t.id, t.name] as const)))
}

function layoutTidy(b: Builder, root: HierarchyNode<Datum>, input: TreeInput, width: number): number {
  const groups = root.children ?? []
  const colWidth = (width - 2 * MARGIN) / Math.max(1, groups.length)
  const rootLabel = label(b, root.data.name, ROOT_TEXT, width / 2, 24, width - 2 * MARGIN, LINE.root, 'middle')
  const rootY = 24 + (rootLabel.lines.length - 1) * LINE.root + 18
  addNode(b, root, width / 2, rootY, rootLabel, rect(MARGIN, 0, width - 2 * MARGIN, rootY + 8))
  // d3.tree spaces the groupings one column apart, centred under the root.
  const top = d3Tree<Datum>().nodeSize([colWidth, 1])(hierarchy(root.data, (d) => (d.kind === 'root' ? d.children : undefined)))
  const columnX = new Map((top.children ?? []).map((c) => [c.data.id, c.x]))
  const groupY = rootY + 58
  const columns = groups.map((group) => {
    const left = width / 2 + (columnX.get(group.data.id) ?? 0) - colWidth / 2
    const x = left + 20
    const lab = label(b, group.data.name, GROUPING_TEXT, x + 20, groupY + 6, left + colWidth - x - 26, LINE.grouping)
    const note = { x: round(x + 20), y: round(groupY + 6 + lab.lines.length * LINE.note) }
    addNode(b, group, x, groupY, lab, rect(left + 4, groupY - 18, colWidth - 8, Math.max(44, note.y + 10 - (groupY - 18))), note)
    b.links.push({ sourceId: root.data.id, targetId: group.data.id, d: curve({ source: point(width / 2, rootY), target: point(x, groupY) }) })
    return { group, col: { spineX: x, nodeX: x + 28, bandX: x + 10, right: left + colWidth } }
  })
  const headerBottom = Math.max(...b.nodes.map((n) => n.box.y + n.box.height))
  const themes = themeNames(input)
  const bottoms = columns.map(({ group, col }) => layoutColumn(b, group, groupY, col, headerBottom + 10, themes))
  return Math.max(headerBottom, ...bottoms) + MARGIN
}

function layoutIndented(b: Builder, root: HierarchyNode<Datum>, input: TreeInput, width: number, expanded: ReadonlySet<string>): number {
  const right = width - MARGIN
  const rootLabel = label(b, root.data.name, ROOT_TEXT, 30, 24, right - 30, LINE.root)
  addNode(b, root, 14, 18, rootLabel, rect(0, 0, right, 24 + (rootLabel.lines.length - 1) * LINE.root + 8))
  const themes = themeNames(input)
  let y = 24 + (rootLabel.lines.length - 1) * LINE.root + 16
  for (const group of root.children ?? []) {
    const nodeY = y + 22
    const lab = label(b, group.data.name, GROUPING_TEXT, 50, nodeY + 6, right - 50, LINE.grouping)
    const note = { x: 50, y: round(nodeY + 6 + lab.lines.length * LINE.note) }
    const height = Math.max(52, note.y + 12 - y)
    addNode(b, group, 30, nodeY, lab, rect(12, y, right - 12, height), note)
    b.links.push({ sourceId: root.data.id, targetId: group.data.id, d: elbow([point(14, 18), point(14, nodeY), point(30, nodeY)]) })
    const col: Column = { spineX: 30, nodeX: 60, bandX: 44, right }
    // A closed grouping's rows are laid out in place and not drawn, so their records always exist.
    const bottom = layoutColumn(b, group, nodeY, col, y + height + 2, themes)
    y = expanded.has(group.data.id) ? bottom + 4 : y + height
  }
  return y + MARGIN
}

export function layoutTree(input: TreeInput, options: TreeOptions): TreeLayout {
  const width = Math.max(1, options.width)
  const b: Builder = { measure: options.measure ?? estimateTextWidth, nodes: [], links: [], bands: [] }
  const root = buildHierarchy(input, options.rootLabel)
  const height =
    options.mode === 'tidy' ? layoutTidy(b, root, input, width) : layoutIndented(b, root, input, width, options.expanded ?? new Set())
  // Keep tree order (root, grouping, its specialisms, next grouping ...) whatever order they were placed in.
  const order = new Map<string, number>()
  root.eachBefore((d) => void order.set(d.data.id, order.size))
  const nodes = b.nodes.sort((p, q) => (order.get(p.id) ?? 0) - (order.get(q.id) ?? 0))
  return { mode: options.mode, width: round(width), height: round(height), nodes, links: b.links, bands: b.bands }
}

/** The height actually drawn: closed groupings hide their specialisms and bands. */
export function visibleHeight(layout: TreeLayout, expanded: ReadonlySet<string>): number {
  if (layout.mode === 'indented') return layout.height
  const bottoms = [
    ...layout.nodes.filter((n) => n.kind !== 'specialism' || expanded.has(n.parentId ?? '')).map((n) => n.box.y + n.box.height),
    ...layout.bands.filter((band) => expanded.has(band.groupingId)).map((band) => band.box.y + band.box.height),
  ]
  return round(Math.max(0, ...bottoms) + MARGIN)
}

export interface LinkPath {
  key: string
  d: string
  colour: string
  lit: boolean
}

/**
 * The links to draw as few paths as possible: one per grouping (its curve from the root and its elbows),
 * split in two while a search lights some of them. Fewer nodes make the first render cheaper.
 */
export function mergeLinks(layout: TreeLayout, shown: (id: string) => boolean, lit: (id: string) => boolean): LinkPath[] {
  const rootId = layout.nodes.find((n) => n.kind === 'root')?.id
  const colours = new Map(layout.nodes.map((n) => [n.id, n.colour]))
  const paths = new Map<string, LinkPath>()
  for (const link of layout.links) {
    if (!shown(link.targetId)) continue
    const groupingId = link.sourceId === rootId ? link.targetId : link.sourceId
    const isLit = lit(link.targetId)
    const key = isLit ? `${groupingId} lit` : groupingId
    const path = paths.get(key) ?? { key, d: '', colour: colours.get(groupingId) ?? '', lit: isLit }
    path.d += link.d
    paths.set(key, path)
  }
  return [...paths.values()]
}
