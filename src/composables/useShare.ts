// The absolute address to share: this page's (window.location.href), or another app path.
// Empty while prerendering, so server and client HTML agree; filled in once mounted.
import { computed, onMounted, ref, toValue, type MaybeRefOrGetter } from 'vue'
import { useRoute, useRouter, type RouteLocationRaw } from 'vue-router'
import { useClipboard } from './useClipboard'

export function useShare(target?: MaybeRefOrGetter<RouteLocationRaw | undefined>) {
  const route = useRoute()
  const router = useRouter()
  const mounted = ref(false)
  onMounted(() => (mounted.value = true))

  const url = computed(() => {
    if (!mounted.value) return ''
    const to = toValue(target)
    if (to === undefined) {
      void route.fullPath // recompute after each navigation; the address bar is already updated
      return window.location.href
    }
    return new URL(router.resolve(to).href, window.location.origin).href
  })

  const clipboard = useClipboard()
  const copyLink = () => clipboard.copy(url.value)
  return { url, copyLink, copyStatus: clipboard.status }
}
