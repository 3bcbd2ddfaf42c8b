// Swipe left or right on a touch screen to move between slides (lib/slideNav swipeAction decides).
import { onBeforeUnmount, onMounted, toValue, type MaybeRefOrGetter } from 'vue'
import { swipeAction, type SlideAction } from '@/lib/slideNav'

export function useSwipe(target: MaybeRefOrGetter<HTMLElement | null>, onAction: (action: SlideAction) => void) {
  let start: { x: number; y: number } | null = null
  const down = (event: PointerEvent) => {
    start = event.pointerType === 'mouse' ? null : { x: event.clientX, y: event.clientY }
  }
  const up = (event: PointerEvent) => {
    if (!start) return
    const action = swipeAction(event.clientX - start.x, event.clientY - start.y)
    start = null
    if (action) onAction(action)
  }
  let el: HTMLElement | null = null
  onMounted(() => {
    el = toValue(target)
    el?.addEventListener('pointerdown', down)
    el?.addEventListener('pointerup', up)
  })
  onBeforeUnmount(() => {
    el?.removeEventListener('pointerdown', down)
    el?.removeEventListener('pointerup', up)
  })
}
