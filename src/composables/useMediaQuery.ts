// Whether a media query matches, kept up to date. False in the prerender and until mounted, so the
// first render matches the prerendered HTML.
import { onMounted, onScopeDispose, ref } from 'vue'

export function useMediaQuery(query: string) {
  const matches = ref(false)
  let list: MediaQueryList | undefined
  const update = () => (matches.value = list?.matches ?? false)
  onMounted(() => {
    list = window.matchMedia(query)
    update()
    list.addEventListener('change', update)
  })
  onScopeDispose(() => list?.removeEventListener('change', update))
  return matches
}
