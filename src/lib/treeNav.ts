// Keyboard behaviour of a treeview, per the W3C ARIA Authoring Practices tree pattern, as pure functions:
// which items are visible, and what a key press does. The composable turns the answer into focus changes
// and events.
import type { TreeLayout } from './tree'

export interface NavItem {
  id: string
  /** null for top-level items. */
  parentId: string | null
  /** The text type-ahead matches against. */
  label: string
  hasChildren: boolean
}

export type NavAction =
  | { kind: 'focus'; id: string }
  | { kind: 'expand'; id: string }
  | { kind: 'collapse'; id: string }
  | { kind: 'expandSiblings'; ids: string[] }
  | { kind: 'toggle'; id: string }
  | { kind: 'activate'; id: string }
  | { kind: 'select'; id: string }
  | { kind: 'none' }

const NONE: NavAction = { kind: 'none' }

/** The treeitems of a laid-out tree, in tree order: groupings (top level) and their specialisms. */
export function navItemsOf(layout: TreeLayout): NavItem[] {
  const parents = new Set(layout.nodes.map((n) => n.parentId))
  return layout.nodes
    .filter((n) => n.kind !== 'root')
    .map((n) => ({ id: n.id, parentId: n.kind === 'grouping' ? null : n.parentId, label: n.name, hasChildren: parents.has(n.id) }))
}

/** Items in tree order whose ancestors are all expanded. */
export function visibleItems(items: readonly NavItem[], expanded: ReadonlySet<string>): NavItem[] {
  const shown = new Set<string>()
  return items.filter((item) => {
    const visible = item.parentId === null || (expanded.has(item.parentId) && shown.has(item.parentId))
    if (visible) shown.add(item.id)
    return visible
  })
}

const focus = (item: NavItem | undefined): NavAction => (item ? { kind: 'focus', id: item.id } : NONE)

/**
 * The next visible item whose label starts with `typed` (case-insensitive), searching after the current
 * item and wrapping. Typing one letter again and again cycles through the items starting with it.
 */
export function typeAhead(visible: readonly NavItem[], currentId: string | null, typed: string): string | null {
  const text = typed.toLocaleLowerCase('en-GB')
  if (!text.trim()) return null
  const repeated = [...text].every((c) => c === text[0])
  const prefix = repeated ? text.slice(0, 1) : text
  const at = visible.findIndex((item) => item.id === currentId)
  // A longer prefix may still match the current item; a fresh or repeated letter moves on.
  const start = at < 0 ? 0 : at + (repeated ? 1 : 0)
  for (let step = 0; step < visible.length; step++) {
    const item = visible[(start + step) % visible.length]
    if (item?.label.toLocaleLowerCase('en-GB').startsWith(prefix)) return item.id
  }
  return null
}

/** What `key` does with focus on `currentId`. Printable characters are handled by typeAhead. */
export function navAction(key: string, items: readonly NavItem[], expanded: ReadonlySet<string>, currentId: string): NavAction {
  const visible = visibleItems(items, expanded)
  const index = visible.findIndex((item) => item.id === currentId)
  const item = visible[index]
  if (!item) return focus(visible[0])
  const isOpen = item.hasChildren && expanded.has(item.id)
  switch (key) {
    case 'ArrowDown':
      return focus(visible[index + 1])
    case 'ArrowUp':
      return focus(visible[index - 1])
    case 'Home':
      return focus(visible[0])
    case 'End':
      return focus(visible[visible.length - 1])
    case 'ArrowRight':
      if (!item.hasChildren) return NONE
      return isOpen ? focus(visible.find((child) => child.parentId === item.id)) : { kind: 'expand', id: item.id }
    case 'ArrowLeft':
      if (isOpen) return { kind: 'collapse', id: item.id }
      return focus(visible.find((parent) => parent.id === item.parentId))
    case 'Enter':
      return item.hasChildren ? { kind: 'toggle', id: item.id } : { kind: 'activate', id: item.id }
    case ' ':
      return item.hasChildren ? { kind: 'toggle', id: item.id } : { kind: 'select', id: item.id }
    case '*': {
      const ids = items.filter((other) => other.parentId === item.parentId && other.hasChildren && !expanded.has(other.id)).map((other) => other.id)
      return ids.length > 0 ? { kind: 'expandSiblings', ids } : NONE
    }
    default:
      return NONE
  }
}
