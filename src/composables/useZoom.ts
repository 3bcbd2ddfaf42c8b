// Pan and zoom with d3-zoom on an <svg> template ref. d3-zoom only listens and computes; the transform
// lives in a shallowRef that the template applies to one <g>. The page never gets stuck: the wheel
// zooms only with Ctrl or Cmd (and trackpad pinch, which sends Ctrl), one finger scrolls the page, two
// fingers pinch and pan the tree; buttons do the same for everyone else (WCAG 2.5.7).
// d3-zoom and its helpers (about 18 KB gzip) load after the page has rendered: drawing never waits.
import { onMounted, onScopeDispose, shallowRef, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue'
import type { ZoomBehavior, ZoomTransform } from 'd3-zoom'

export interface ZoomState {
  k: number
  x: number
  y: number
}
export interface ZoomBox {
  x: number
  y: number
  width: number
  height: number
}
export interface UseZoomOptions {
  /** The svg's size in its own units: the zoom extent and what may be panned into view. */
  size: MaybeRefOrGetter<{ width: number; height: number }>
  scaleExtent?: [number, number]
}

const STEP = 1.5
const DURATION_MS = 250

async function loadD3() {
  const [{ zoom, zoomIdentity, zoomTransform }, { select }] = await Promise.all([import('d3-zoom'), import('d3-selection')])
  return { zoom, zoomIdentity, zoomTransform, select }
}
type D3 = Awaited<ReturnType<typeof loadD3>>

function allowGesture(event: Event): boolean {
  if (event instanceof WheelEvent) return event.ctrlKey || event.metaKey
  if (event.type === 'dblclick') return false // double-click opens a specialism
  if (event.type.startsWith('touch')) return (event as TouchEvent).touches.length >= 2
  return event instanceof MouseEvent && event.button === 0 && !event.ctrlKey
}

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches

export function useZoom(svg: Readonly<Ref<SVGSVGElement | null>>, options: UseZoomOptions) {
  const transform = shallowRef<ZoomState>({ k: 1, x: 0, y: 0 })
  const [minK, maxK] = options.scaleExtent ?? [0.5, 4]
  let d3: D3 | null = null
  let behaviour: ZoomBehavior<SVGSVGElement, unknown> | null = null
  let loading: Promise<void> | null = null
  let attached: SVGSVGElement | null = null
  let frame = 0
  let disposed = false

  const extent = (): [[number, number], [number, number]] => {
    const { width, height } = toValue(options.size)
    return [
      [0, 0],
      [width, height],
    ]
  }

  function attach(el: SVGSVGElement | null) {
    if (!d3 || !behaviour || el === attached) return
    if (attached) d3.select(attached).on('.zoom', null)
    attached = el
    if (el) d3.select(el).call(behaviour)
  }

  /** Loads d3-zoom once (after mount) and attaches it; every action waits for it. */
  function ready(): Promise<void> {
    loading ??= loadD3().then((loaded) => {
      if (disposed) return
      d3 = loaded
      behaviour = loaded
        .zoom<SVGSVGElement, unknown>()
        .scaleExtent([minK, maxK])
        .clickDistance(4)
        .filter(allowGesture)
        .extent(extent)
        .translateExtent(extent())
        .on('zoom', (event: { transform: ZoomTransform }) => {
          const { k, x, y } = event.transform
          transform.value = { k, x, y }
        })
      attach(svg.value)
    })
    return loading
  }

  function apply(t: ZoomTransform) {
    if (d3 && behaviour && attached) behaviour.transform(d3.select(attached), t)
  }

  async function animateTo(target: (d3: D3) => ZoomTransform) {
    await ready()
    if (!d3 || !behaviour || !attached) return
    const { zoomIdentity } = d3
    cancelAnimationFrame(frame)
    const end = behaviour.constrain()(target(d3), extent(), extent())
    if (reducedMotion()) return apply(end)
    const from = d3.zoomTransform(attached)
    const start = performance.now()
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / DURATION_MS)
      const e = t * (2 - t)
      const mix = (a: number, b: number) => a + (b - a) * e
      apply(t < 1 ? zoomIdentity.translate(mix(from.x, end.x), mix(from.y, end.y)).scale(mix(from.k, end.k)) : end)
      if (t < 1) frame = requestAnimationFrame(step)
    }
    frame = requestAnimationFrame(step)
  }

  /** The middle of the part of the svg on screen, in svg units (the svg can be taller than the window). */
  function visibleCentre(): [number, number] {
    const { width, height } = toValue(options.size)
    const r = svg.value?.getBoundingClientRect()
    if (!r || r.width === 0 || r.height === 0) return [width / 2, height / 2]
    const top = Math.max(r.top, 0)
    const bottom = Math.min(r.bottom, window.innerHeight)
    const y = bottom > top ? (top + bottom) / 2 - r.top : r.height / 2
    return [width / 2, (y * height) / r.height]
  }

  function zoomBy(factor: number) {
    return animateTo(({ zoomIdentity }) => {
      const { k: k0, x, y } = transform.value
      const [px, py] = visibleCentre()
      // Rounded so that in and out again lands exactly on 1.
      const k = Math.round(Math.min(maxK, Math.max(minK, k0 * factor)) * 1000) / 1000
      return zoomIdentity.translate(px - ((px - x) / k0) * k, py - ((py - y) / k0) * k).scale(k)
    })
  }

  /** Puts the point (x, y) of the drawing in the middle of what is on screen, keeping the scale. */
  function centreOn(x: number, y: number) {
    return animateTo(({ zoomIdentity }) => {
      const { k } = transform.value
      const [px, py] = visibleCentre()
      return zoomIdentity.translate(px - x * k, py - y * k).scale(k)
    })
  }

  /** Centres a box of the drawing if any of it is outside the svg at the current zoom. */
  function ensureVisible(box: ZoomBox) {
    const { k, x, y } = transform.value
    const { width, height } = toValue(options.size)
    const inside = x + box.x * k >= 0 && y + box.y * k >= 0 && x + (box.x + box.width) * k <= width && y + (box.y + box.height) * k <= height
    if (!inside) void centreOn(box.x + box.width / 2, box.y + box.height / 2)
  }

  const zoomIn = () => zoomBy(STEP)
  const zoomOut = () => zoomBy(1 / STEP)
  /** The whole drawing at its natural size: the svg is sized to fit it. */
  const fit = () => animateTo(({ zoomIdentity }) => zoomIdentity)
  function reset() {
    if (d3) apply(d3.zoomIdentity)
  }

  onMounted(() => void ready())
  watch(svg, attach, { flush: 'post' })
  // A new size keeps the view inside the drawing.
  watch(
    () => toValue(options.size),
    () => {
      if (!d3 || !behaviour || !attached) return
      behaviour.translateExtent(extent())
      apply(behaviour.constrain()(d3.zoomTransform(attached), extent(), extent()))
    },
  )
  onScopeDispose(() => {
    disposed = true
    if (frame) cancelAnimationFrame(frame)
    if (d3 && attached) d3.select(attached).on('.zoom', null)
    attached = null
  })

  return { transform, zoomIn, zoomOut, fit, reset, centreOn, ensureVisible }
}
