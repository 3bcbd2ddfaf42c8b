// Keeps the audience window and the presenter window on the same slide, with no server: each
// window posts its slide on a BroadcastChannel named after the deck, and follows the other's.
// A slide that arrives from the channel is not posted back, so the windows never ping-pong.
import { onBeforeUnmount, onMounted, toValue, watch, type MaybeRefOrGetter } from 'vue'

interface SyncMessage {
  slide: number
}

export function usePresenterSync(name: MaybeRefOrGetter<string>, slide: MaybeRefOrGetter<number>, go: (n: number) => void) {
  let channel: BroadcastChannel | null = null
  let arrived: number | null = null

  const post = (n: number) => channel?.postMessage({ slide: n } satisfies SyncMessage)
  function receive(event: MessageEvent<SyncMessage>) {
    const n = event.data?.slide
    if (typeof n !== 'number' || n === toValue(slide)) return
    arrived = n
    go(n)
  }
  function open() {
    channel?.close()
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(toValue(name)) : null
    channel?.addEventListener('message', receive)
  }

  onMounted(open)
  watch(() => toValue(name), open)
  watch(
    () => toValue(slide),
    (n) => {
      if (n === arrived) return void (arrived = null)
      post(n)
    },
  )
  onBeforeUnmount(() => channel?.close())
  return { post: () => post(toValue(slide)) }
}
