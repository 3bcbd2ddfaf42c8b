// Parts of a page that are prerendered and come to life (hydrate) a moment after the rest, each in a
// task of its own: the app's start is then several short tasks instead of one long one, and a phone
// can scroll and answer taps between them (issue 11: total blocking time).
//
// A deferred part hydrates at the first of:
// - the browser being idle, if it is to hydrate then at all (`idle`: the default; a part whose
//   prerendered HTML is right as it is and which only answers a touch or key leaves it out, so a page
//   that is only read never runs its code);
// - a touch, a key or focus inside it (so the tap or key that follows already works);
// - anything about to change it: its parent re-rendering it, or a navigation (hydrateWaiting runs
//   first). Vue skips hydrating a lazy part that was updated before it hydrated, which would leave
//   it prerendered HTML that never answers, so nothing may update one first. Pages are prerendered
//   without a query, so a page opened with one (?q=, ?nation=) hydrates, as it starts, the parts that
//   read it (`query`, the default: App.vue).
//
// Unlike lazyHydrated (which waits until a part is near the screen and loads its code then), the code
// of a deferred part comes with the page: use it for parts on the first screen (the site's header and
// footer, the explorer's search, filters and tree, the specialism page's sections).
import { defineAsyncComponent, defineComponent, h, onBeforeUpdate, type Component, type HydrationStrategy } from 'vue'

const waiting = new Map<() => void, DeferOptions>()

/** Hydrates, now, every deferred part still waiting (`which: 'query'`: those that read the query). */
export function hydrateWaiting(which: 'all' | 'query' = 'all'): void {
  for (const [run, options] of [...waiting]) if (which === 'all' || options.query !== false) run()
}

const INTERACTIONS = ['pointerdown', 'focusin', 'keydown'] as const

/** When, besides being needed, a deferred part hydrates: when the browser is first idle (true), never
 * (false), or when idle if its prerendered HTML is wrong for this screen (a function of its elements). */
export type IdleHydration = boolean | ((elements: readonly Element[]) => boolean)

export interface DeferOptions {
  /** See IdleHydration; true unless said. */
  idle?: IdleHydration
  /** A media query under which its prerendered HTML is wrong (it shows more on a wider screen): it
   * hydrates when idle if the query matches, or as soon as it comes to match (a phone turned). */
  media?: string
  /** Whether what it shows may depend on the address's query; true unless said. */
  query?: boolean
}

const whenNeeded = (options: DeferOptions): HydrationStrategy => (hydrate, forEachElement) => {
  const media = options.media ? matchMedia(options.media) : undefined
  const idleToo = options.idle ?? true
  let done = false
  const run = () => {
    if (done) return
    done = true
    teardown()
    hydrate()
  }
  const elements: Element[] = []
  forEachElement((el) => elements.push(el))
  const whenIdle = () => (idleToo === true || (typeof idleToo === 'function' && idleToo(elements)) || media?.matches) && run()
  const onMedia = () => media?.matches && run()
  media?.addEventListener('change', onMedia)
  // Safari has no requestIdleCallback: a short timeout still gives each part its own task.
  const atIdle = idleToo || media
  const idle = !atIdle ? undefined : typeof requestIdleCallback === 'function' ? requestIdleCallback(whenIdle, { timeout: 2000 }) : undefined
  const timer = atIdle && idle === undefined ? setTimeout(whenIdle, 50) : undefined
  elements.forEach((el) => INTERACTIONS.forEach((type) => el.addEventListener(type, run, { capture: true })))
  waiting.set(run, options)
  function teardown() {
    waiting.delete(run)
    if (idle !== undefined) cancelIdleCallback(idle)
    if (timer !== undefined) clearTimeout(timer)
    media?.removeEventListener('change', onMedia)
    elements.forEach((el) => INTERACTIONS.forEach((type) => el.removeEventListener(type, run, { capture: true })))
  }
  return teardown
}

const made = new WeakMap<Component, Component>()

/** `component`, prerendered with the page but hydrated a moment later (see above). Props, listeners
 * and slots pass through. One wrapper per component, made once: called in a <script setup>, it must
 * not make a new async component (one not yet resolved) every time the page is shown. The first call
 * for a component decides its options. */
export function deferHydration<T extends Component>(component: T, options: DeferOptions = {}): T {
  const known = made.get(component)
  if (known) return known as T
  const Deferred = defineAsyncComponent({ loader: () => Promise.resolve(component), hydrate: whenNeeded(options) })
  // Resolved before the page hydrates, so the part registers as waiting during hydration itself,
  // not a few promise turns later, when its parent might already have updated it.
  void (Deferred as { __asyncLoader?: () => Promise<unknown> }).__asyncLoader?.()
  const wrapper = defineComponent({
    name: 'DeferredHydration',
    inheritAttrs: false,
    setup(_, { attrs, slots }) {
      onBeforeUpdate(() => hydrateWaiting())
      return () => h(Deferred, attrs, slots)
    },
  })
  made.set(component, wrapper)
  return wrapper as unknown as T
}
