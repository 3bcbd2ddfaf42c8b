// Zoom scales the tree's frame: the <svg> itself is drawn larger or smaller (its viewBox always holds
// the whole drawing), so zooming in never cuts a grouping in half, and panning is plain scrolling of
// the page and of the frame's box. Buttons (WCAG 2.5.7), Ctrl or Cmd + wheel (a trackpad pinch sends
// it) and a two-finger pinch; one finger and the plain wheel scroll the page. No library: the numbers
// come from lib/exploreLayout, and there is nothing to load before the first gesture.
import { nextTick, onScopeDispose, ref, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue'
import { fitScale, ZOOM_STEP, zoomStep, type Size } from '@/lib/exploreLayout'

export interface UseZoomOptions {
  /** The drawing's natural size (svg units = CSS px at scale 1). */
  size: MaybeRefOrGetter<Size>
  /** The box the frame scrolls in sideways; Fit fits the frame to its width. */
  box: Readonly<Ref<HTMLElement | null>>
  /** What stays on screen above the frame after Fit (the zoom buttons), in CSS px. */
  above?: () => number
}

const MARGIN = 8

export function useZoom(svg: Readonly<Ref<SVGSVGElement | null>>, options: UseZoomOptions) {
  const scale = ref(1)

  /** Sets the scale, keeping the point at (clientX, clientY) where it is on screen. */
  async function zoomTo(k: number, clientX?: number, clientY?: number) {
    const el = svg.value
    const box = options.box.value
    const k0 = scale.value
    if (k === k0) return
    const r = el?.getBoundingClientRect()
    scale.value = k
    if (!el || !box || !r || r.width === 0) return
    const b = box.getBoundingClientRect()
    const x = (clientX ?? (Math.max(r.left, b.left) + Math.min(r.right, b.right)) / 2) - r.left
    const y = (clientY ?? (Math.max(r.top, 0) + Math.min(r.bottom, window.innerHeight)) / 2) - r.top
    await nextTick()
    box.scrollLeft += x * (k / k0 - 1)
    window.scrollBy({ top: y * (k / k0 - 1) })
  }

  const zoomIn = () => zoomTo(zoomStep(scale.value, ZOOM_STEP))
  const zoomOut = () => zoomTo(zoomStep(scale.value, 1 / ZOOM_STEP))
  const reset = () => void (scale.value = 1)

  /** The whole drawing inside the window, with the zoom buttons still in view above it. */
  async function fit() {
    const box = options.box.value
    if (!box) return
    const above = options.above?.() ?? 0
    scale.value = fitScale(toValue(options.size), { width: box.clientWidth, height: window.innerHeight - above - 2 * MARGIN })
    await nextTick()
    box.scrollLeft = 0
    window.scrollBy({ top: box.getBoundingClientRect().top - above - MARGIN })
  }

  /** Scrolls the frame's box sideways so that a box of the drawing (svg units) is in view. */
  function reveal(rect: { x: number; width: number }) {
    const box = options.box.value
    if (!box) return
    const k = scale.value
    const left = rect.x * k
    const right = (rect.x + rect.width) * k
    if (left < box.scrollLeft) box.scrollLeft = left - MARGIN
    else if (right > box.scrollLeft + box.clientWidth) box.scrollLeft = right - box.clientWidth + MARGIN
  }

  function onWheel(event: WheelEvent) {
    if (!event.ctrlKey && !event.metaKey) return
    event.preventDefault()
    void zoomTo(zoomStep(scale.value, Math.exp(-event.deltaY * 0.002)), event.clientX, event.clientY)
  }

  let pinch: { distance: number; k: number } | null = null
  const distance = (t: TouchList) => Math.hypot((t[0]?.clientX ?? 0) - (t[1]?.clientX ?? 0), (t[0]?.clientY ?? 0) - (t[1]?.clientY ?? 0))
  function onTouch(event: TouchEvent) {
    if (event.touches.length !== 2) return void (pinch = null)
    event.preventDefault()
    if (!pinch || event.type === 'touchstart') return void (pinch = { distance: distance(event.touches) || 1, k: scale.value })
    const [a, b] = [event.touches[0], event.touches[1]]
    void zoomTo(zoomStep(pinch.k, distance(event.touches) / pinch.distance), ((a?.clientX ?? 0) + (b?.clientX ?? 0)) / 2, ((a?.clientY ?? 0) + (b?.clientY ?? 0)) / 2)
  }

  const listeners = [
    ['wheel', onWheel],
    ['touchstart', onTouch],
    ['touchmove', onTouch],
    ['touchend', onTouch],
  ] as const
  function listen(el: SVGSVGElement | null, old?: SVGSVGElement | null) {
    for (const [type, fn] of listeners) old?.removeEventListener(type, fn as EventListener)
    for (const [type, fn] of listeners) el?.addEventListener(type, fn as EventListener, { passive: false })
  }
  watch(svg, listen, { flush: 'post', immediate: true })
  onScopeDispose(() => listen(null, svg.value))

  return { scale, zoomIn, zoomOut, fit, reset, reveal }
}
