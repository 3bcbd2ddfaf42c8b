// A part of a page that is prerendered as HTML but whose code loads, and which hydrates, only when it
// comes near the screen: for long, rarely used parts (answers, related, sources). Vue's own
// hydrateOnVisible defers hydration but loads the code at once, so the loader itself waits here.
// The part's root element must carry data-lazy="<name>" so the prerendered copy can be found.
// Rendered in the browser later (after a click on a link), it loads at once.
import { defineAsyncComponent, type Component } from 'vue'
import { isHydrated } from './useHydratedQuery'

function whenNear(name: string): Promise<void> {
  if (import.meta.env.SSR || isHydrated.value || typeof IntersectionObserver === 'undefined') return Promise.resolve()
  const element = document.querySelector(`[data-lazy="${name}"]`)
  if (!element) return Promise.resolve()
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return
        observer.disconnect()
        resolve()
      },
      { rootMargin: '300px' },
    )
    observer.observe(element)
  })
}

export function lazyHydrated<T extends Component>(name: string, loader: () => Promise<T | { default: T }>) {
  return defineAsyncComponent({ loader: () => whenNear(name).then(loader) })
}
