// Keeps the screen awake while a deck is open, where the browser supports the Screen Wake Lock
// API. The browser drops the lock when the tab is hidden; it is asked for again on return.
import { onBeforeUnmount, onMounted, ref } from 'vue'

interface WakeLockLike {
  release(): Promise<void>
}
type WakeLockNavigator = Navigator & { wakeLock?: { request(type: 'screen'): Promise<WakeLockLike> } }

export function useWakeLock() {
  const held = ref(false)
  let lock: WakeLockLike | null = null

  async function request() {
    const wakeLock = (navigator as WakeLockNavigator).wakeLock
    if (!wakeLock || document.visibilityState !== 'visible') return
    try {
      lock = await wakeLock.request('screen')
      held.value = true
    } catch {
      held.value = false // refused (battery saver, policy): nothing else to do
    }
  }
  const onVisible = () => document.visibilityState === 'visible' && void request()

  onMounted(() => {
    void request()
    document.addEventListener('visibilitychange', onVisible)
  })
  onBeforeUnmount(() => {
    document.removeEventListener('visibilitychange', onVisible)
    void lock?.release().catch(() => undefined)
    lock = null
  })
  return { held }
}
