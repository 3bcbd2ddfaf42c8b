// Which groupings of the tree are open: those in the URL's `open`, plus, while a search or filter is
// active, those with matches (unless the reader closed one during that search). Changes go out as a
// new `open` list through onChange; nothing here is a second copy of the URL.
import { computed, ref, toValue, watch, type MaybeRefOrGetter } from 'vue'

export interface TreeExpansionOptions {
  groupings: MaybeRefOrGetter<readonly string[]>
  /** The specialisms' groupings, to find the groupings that hold matches. */
  groupingOf: (specialismId: string) => string | undefined
  open: MaybeRefOrGetter<readonly string[]>
  matches: MaybeRefOrGetter<ReadonlySet<string> | null>
  onChange: (open: string[]) => void
}

export function useTreeExpansion(options: TreeExpansionOptions) {
  const matched = computed(() => {
    const ids = new Set<string>()
    for (const id of toValue(options.matches) ?? []) {
      const grouping = options.groupingOf(id)
      if (grouping) ids.add(grouping)
    }
    return ids
  })
  // Groupings the reader closed while a search holds them open; forgotten when the search changes.
  const closedDuringSearch = ref(new Set<string>())
  watch(() => toValue(options.matches), () => (closedDuringSearch.value = new Set()))

  const expanded = computed<ReadonlySet<string>>(() => {
    const groupings = toValue(options.groupings)
    const ids = new Set(toValue(options.open).filter((id) => groupings.includes(id)))
    for (const id of matched.value) if (!closedDuringSearch.value.has(id)) ids.add(id)
    return ids
  })
  const allOpen = computed(() => toValue(options.groupings).every((id) => expanded.value.has(id)))

  /** Emits open groupings in tree order; other ids in `open` (sub-themes) are kept as they were. */
  function setOpen(ids: Iterable<string>) {
    const wanted = new Set(ids)
    const groupings = toValue(options.groupings)
    const others = toValue(options.open).filter((id) => !groupings.includes(id))
    options.onChange([...groupings.filter((id) => wanted.has(id)), ...others])
  }
  function expand(ids: readonly string[]) {
    const next = new Set(closedDuringSearch.value)
    for (const id of ids) next.delete(id)
    closedDuringSearch.value = next
    setOpen([...toValue(options.open), ...ids])
  }
  function collapse(id: string) {
    if (matched.value.has(id)) closedDuringSearch.value = new Set([...closedDuringSearch.value, id])
    setOpen(toValue(options.open).filter((open) => open !== id))
  }
  function toggle(id: string) {
    if (expanded.value.has(id)) collapse(id)
    else expand([id])
  }
  function closeAll() {
    closedDuringSearch.value = new Set(matched.value)
    setOpen([])
  }

  return { expanded, matched, allOpen, expand, collapse, toggle, closeAll }
}
