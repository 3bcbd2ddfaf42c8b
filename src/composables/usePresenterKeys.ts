// Keys and presentation clickers for a deck: each key press becomes a SlideAction (lib/slideNav).
// Digits wait for Enter ("12" then Enter jumps to slide 12); Esc first clears them. Keys typed into
// a field, or Space/Enter on a focused button or link, are left to the browser.
import { onBeforeUnmount, onMounted, ref } from 'vue'
import { keyToAction, type SlideAction } from '@/lib/slideNav'

const isField = (el: EventTarget | null) => el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))
const isControl = (el: EventTarget | null) => el instanceof HTMLElement && /^(BUTTON|A|SUMMARY)$/.test(el.tagName)

export function usePresenterKeys(onAction: (action: SlideAction) => void) {
  const typed = ref('')

  function onKey(event: KeyboardEvent) {
    if (event.defaultPrevented || isField(event.target)) return
    if ((event.key === ' ' || event.key === 'Enter') && isControl(event.target) && !typed.value) return
    const action = keyToAction({ key: event.key, typed: typed.value, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey })
    if (!action) return
    event.preventDefault()
    if (action.type === 'digit') return void (typed.value = action.typed)
    const hadTyped = typed.value !== ''
    typed.value = ''
    if (action.type === 'exit' && hadTyped) return
    onAction(action)
  }

  onMounted(() => window.addEventListener('keydown', onKey))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey))
  return { typed }
}
