// A QR code for some text, made on the client only. The encoder loads on demand, so pages
// without a QR code never download it.
import { shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue'
import type { QrPath } from '@/lib/qr'

export function useQrCode(text: MaybeRefOrGetter<string>) {
  const qr = shallowRef<QrPath | null>(null)
  watch(
    () => toValue(text),
    async (value) => {
      if (!value) return void (qr.value = null)
      const { qrPath } = await import('@/lib/qr')
      if (value === toValue(text)) qr.value = qrPath(value)
    },
    { immediate: true },
  )
  return qr
}
