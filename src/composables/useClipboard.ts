// Copy text: the Clipboard API, else the old execCommand way, else ask the reader to copy it by
// hand. `status` drives a visible confirmation in a live region, and resets after a few seconds.
import { onScopeDispose, ref } from 'vue'

export type CopyStatus = 'idle' | 'copied' | 'manual'

function copyWithSelection(text: string): boolean {
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.append(area)
  area.select()
  try {
    return document.execCommand('copy')
  } catch {
    return false
  } finally {
    area.remove()
  }
}

export function useClipboard(resetAfterMs = 5000) {
  const status = ref<CopyStatus>('idle')
  let timer: ReturnType<typeof setTimeout> | undefined

  async function copy(text: string): Promise<CopyStatus> {
    let copied = false
    try {
      await navigator.clipboard.writeText(text)
      copied = true
    } catch {
      copied = copyWithSelection(text)
    }
    status.value = copied ? 'copied' : 'manual'
    clearTimeout(timer)
    // The manual fallback stays until the next try: the reader needs time to copy by hand.
    if (copied) timer = setTimeout(() => (status.value = 'idle'), resetAfterMs)
    return status.value
  }

  onScopeDispose(() => clearTimeout(timer))
  return { status, copy }
}
