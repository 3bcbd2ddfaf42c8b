// A talk timer for the presenter view: minutes and seconds since it started, with pause and reset.
import { computed, onBeforeUnmount, onMounted, ref } from 'vue'

export function useElapsed() {
  const seconds = ref(0)
  const running = ref(true)
  let timer: ReturnType<typeof setInterval> | undefined

  onMounted(() => {
    timer = setInterval(() => running.value && seconds.value++, 1000)
  })
  onBeforeUnmount(() => clearInterval(timer))

  const text = computed(() => `${Math.floor(seconds.value / 60)}:${String(seconds.value % 60).padStart(2, '0')}`)
  const toggle = () => (running.value = !running.value)
  const reset = () => (seconds.value = 0)
  return { seconds, running, text, toggle, reset }
}
