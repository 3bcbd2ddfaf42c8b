// The treeview's keyboard: one tab stop (roving tabindex), arrow keys, Home/End, Enter, Space, * and
// type-ahead. The decisions are pure (lib/treeNav); this turns them into focus moves and callbacks.
import { computed, onScopeDispose, ref, toValue, type MaybeRefOrGetter } from 'vue'
import { navAction, typeAhead, visibleItems, type NavItem } from '@/lib/treeNav'

export interface TreeKeyboardOptions {
  items: MaybeRefOrGetter<readonly NavItem[]>
  expanded: MaybeRefOrGetter<ReadonlySet<string>>
  /** Gets the tab stop until the user focuses an item, e.g. the selected specialism. */
  preferred: MaybeRefOrGetter<string | null>
  focusItem: (id: string) => void
  onExpand: (ids: string[]) => void
  onCollapse: (id: string) => void
  onSelect: (id: string) => void
  onActivate: (id: string) => void
}

/** Keys the tree always consumes, even at its ends, so they never scroll the page instead. */
const TREE_KEYS = new Set(['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Home', 'End'])
/** Letters typed within this time form one type-ahead search. */
const TYPE_AHEAD_MS = 600

export function useTreeKeyboard(options: TreeKeyboardOptions) {
  const focused = ref<string | null>(null)
  const visible = computed(() => visibleItems(toValue(options.items), toValue(options.expanded)))

  /** The one item with tabindex="0". When the focused item is hidden, its parent takes over. */
  const activeId = computed(() => {
    const ids = new Set(visible.value.map((item) => item.id))
    const parent = toValue(options.items).find((item) => item.id === focused.value)?.parentId ?? null
    const candidates = [focused.value, parent, toValue(options.preferred)]
    return candidates.find((id): id is string => id !== null && ids.has(id)) ?? visible.value[0]?.id ?? null
  })

  let typed = ''
  let timer: ReturnType<typeof setTimeout> | undefined
  onScopeDispose(() => clearTimeout(timer))

  function moveTo(id: string) {
    focused.value = id
    options.focusItem(id)
  }

  function onType(key: string, current: string) {
    clearTimeout(timer)
    typed += key
    timer = setTimeout(() => (typed = ''), TYPE_AHEAD_MS)
    const id = typeAhead(visible.value, current, typed)
    if (id) moveTo(id)
  }

  /**
   * Keys pressed on an item. `onItem` is false when the tree itself has focus (a click on its
   * background): then any tree key first brings focus to the tab stop, rather than acting from it.
   */
  function onKeydown(event: KeyboardEvent, onItem = true) {
    const current = activeId.value
    if (!current || event.altKey || event.ctrlKey || event.metaKey) return
    if (!onItem) {
      if (TREE_KEYS.has(event.key)) {
        event.preventDefault()
        moveTo(current)
      }
      return
    }
    if (event.key.length === 1 && event.key !== '*' && event.key !== ' ') {
      event.preventDefault()
      onType(event.key, current)
      return
    }
    const expanded = toValue(options.expanded)
    const action = navAction(event.key, toValue(options.items), expanded, current)
    if (TREE_KEYS.has(event.key) || action.kind !== 'none') event.preventDefault()
    if (action.kind === 'none') return
    if (action.kind === 'focus') moveTo(action.id)
    else if (action.kind === 'expand') options.onExpand([action.id])
    else if (action.kind === 'expandSiblings') options.onExpand(action.ids)
    else if (action.kind === 'collapse') options.onCollapse(action.id)
    else if (action.kind === 'toggle') {
      if (expanded.has(action.id)) options.onCollapse(action.id)
      else options.onExpand([action.id])
    } else if (action.kind === 'activate') options.onActivate(action.id)
    else options.onSelect(action.id)
  }

  /** Focus arriving by pointer or script moves the tab stop too. */
  function onFocusin(id: string) {
    focused.value = id
  }

  return { activeId, onKeydown, onFocusin }
}
