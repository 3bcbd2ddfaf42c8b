// Back from a specialism's page puts focus on the tree item or result the reader left from
// (lib/focusReturn decides; this only reads and moves focus). Kept in memory: a reload starts afresh.
import { nextTick, onMounted, type Ref } from 'vue'
import { onBeforeRouteLeave, useRoute } from 'vue-router'
import { focusReturnTarget, markFocus, type FocusMark } from '@/lib/focusReturn'

let mark: FocusMark | null = null

export function useFocusReturn(root: Readonly<Ref<HTMLElement | null>>) {
  const route = useRoute()
  onBeforeRouteLeave(() => {
    const el = document.activeElement
    mark = el && root.value?.contains(el) ? markFocus(route.fullPath, { dataId: el.getAttribute('data-id'), href: el.getAttribute('href') }) : null
  })
  onMounted(async () => {
    const id = focusReturnTarget(mark, route.fullPath)
    mark = null
    if (!id) return
    await nextTick()
    const escaped = CSS.escape(id)
    const el =
      root.value?.querySelector<HTMLElement>(`[role="treeitem"][data-id="${escaped}"]`) ??
      root.value?.querySelector<HTMLElement>(`a[href$="/specialisms/${escaped}/"]`)
    el?.focus()
  })
}
