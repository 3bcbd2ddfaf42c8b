// Full screen for the whole page (F in a deck): follows the browser's own state, so leaving full
// screen with Esc or the browser's controls is reflected too.
import { onBeforeUnmount, onMounted, ref } from 'vue'

export function useFullscreen() {
  const active = ref(false)
  const supported = ref(false)
  const sync = () => (active.value = document.fullscreenElement !== null)

  async function toggle() {
    try {
      if (document.fullscreenElement) await document.exitFullscreen()
      else await document.documentElement.requestFullscreen()
    } catch {
      // refused (not allowed in this frame, or no user gesture): the deck still fills the window
    }
  }

  onMounted(() => {
    supported.value = typeof document.documentElement.requestFullscreen === 'function'
    sync()
    document.addEventListener('fullscreenchange', sync)
  })
  onBeforeUnmount(() => document.removeEventListener('fullscreenchange', sync))
  return { active, supported, toggle }
}
