// The web app manifest and its icons, so a student can add the explorer to a phone's home screen and
// open it like an app (it already works offline: scripts/serviceWorker.ts). The icons are the site's
// mark (public/favicon.svg) drawn to PNG by resvg at build time, like the link-preview images.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { logo, renderPng } from './ogImages.ts'
import { BACKGROUND_COLOUR, SITE_NAME, THEME_COLOUR } from '../src/lib/site.ts'

export const MANIFEST_FILE = 'manifest.webmanifest'

interface Icon {
  file: string
  size: number
  purpose: 'any' | 'maskable'
  svg: string
}

const square = (size: number, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">${body}</svg>`
/** The mark on a full square of brand blue, the tree drawn at `scale` of the icon: a maskable icon
 * keeps everything inside the middle 80% circle that any mask shape leaves visible. */
const fullBleed = (size: number, scale: number) => {
  const inner = size * scale
  return square(size, `<rect width="${size}" height="${size}" fill="${THEME_COLOUR}"/>${logo((size - inner) / 2, (size - inner) / 2, inner, THEME_COLOUR, 0)}`)
}

export const ICONS: Icon[] = [
  { file: 'icons/icon-192.png', size: 192, purpose: 'any', svg: square(192, logo(0, 0, 192)) },
  { file: 'icons/icon-512.png', size: 512, purpose: 'any', svg: square(512, logo(0, 0, 512)) },
  { file: 'icons/icon-maskable-512.png', size: 512, purpose: 'maskable', svg: fullBleed(512, 0.72) },
]
/** iOS ignores the manifest's icons and masks this square one itself. */
export const APPLE_TOUCH_ICON: Icon = { file: 'icons/apple-touch-icon.png', size: 180, purpose: 'any', svg: fullBleed(180, 0.86) }

export function manifest(base: string) {
  return {
    id: base,
    name: SITE_NAME,
    short_name: 'HCS careers',
    description: 'Explore more than 50 NHS healthcare science careers: what the work is like, how to get in and what it pays.',
    lang: 'en-GB',
    dir: 'ltr',
    start_url: base,
    scope: base,
    display: 'standalone',
    theme_color: THEME_COLOUR,
    background_color: BACKGROUND_COLOUR,
    icons: ICONS.map((icon) => ({ src: `${base}${icon.file}`, sizes: `${icon.size}x${icon.size}`, type: 'image/png', purpose: icon.purpose })),
  }
}

/** The head links every page carries (added by scripts/post-build.ts). */
export const manifestLinks = (base: string) =>
  `<link rel="manifest" href="${base}${MANIFEST_FILE}"><link rel="apple-touch-icon" href="${base}${APPLE_TOUCH_ICON.file}">`

/** Adds the manifest links after the favicon link (or at the end of the head), once. */
export function addManifestLinks(html: string, base: string): string {
  const cleaned = html.replace(/<link rel="(manifest|apple-touch-icon)"[^>]*>/g, '')
  const icon = /<link rel="icon"[^>]*>/
  return icon.test(cleaned) ? cleaned.replace(icon, (m) => `${m}${manifestLinks(base)}`) : cleaned.replace('</head>', `${manifestLinks(base)}</head>`)
}

export function writeManifest(dist: string, base: string): { files: number; bytes: number } {
  mkdirSync(join(dist, 'icons'), { recursive: true })
  let bytes = 0
  for (const icon of [...ICONS, APPLE_TOUCH_ICON]) {
    const png = renderPng(icon.svg)
    writeFileSync(join(dist, icon.file), png)
    bytes += png.length
  }
  const text = `${JSON.stringify(manifest(base), null, 2)}\n`
  writeFileSync(join(dist, MANIFEST_FILE), text)
  return { files: ICONS.length + 2, bytes: bytes + text.length }
}
