// A QR code as one SVG path (dark modules as unit squares), drawn by Vue; encoding by `qrcode`.
import { create } from 'qrcode'

export interface QrPath {
  text: string
  /** Modules per side, without the quiet zone. */
  size: number
  d: string
}

export function qrPath(text: string): QrPath {
  const { modules } = create(text, { errorCorrectionLevel: 'M' })
  const { size, data } = modules
  let d = ''
  for (let y = 0; y < size; y++) {
    let x = 0
    while (x < size) {
      if (!data[y * size + x]) {
        x++
        continue
      }
      const start = x
      while (x < size && data[y * size + x]) x++
      d += `M${start} ${y}h${x - start}v1h${start - x}z`
    }
  }
  return { text, size, d }
}
