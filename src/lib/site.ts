// Facts about the site itself and its addresses, shared by the app and the build scripts.
export const SITE_NAME = 'Healthcare Science Careers Explorer'
/** The brand colour (the favicon, the app icon and the browser's address bar; the same blue as --link). */
export const THEME_COLOUR = '#1f5aa6'
export const BACKGROUND_COLOUR = '#ffffff'

/** The address of an app path: absolute when the site's origin is known, else from the host's root
 * ("/careers/og/site.png"). `base` is Vite's base ("/" or "/careers/"); `path` starts with "/". */
export function siteUrl(origin: string, base: string, path: string): string {
  return `${origin}${base.replace(/\/$/, '')}${path}`
}

/** The origin from SITE_URL (or VITE_SITE_URL): "https://example.org"; "" when unset or not http(s). */
export function siteOrigin(raw: string | undefined): string {
  if (!raw?.trim()) return ''
  try {
    const url = new URL(raw.trim())
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : ''
  } catch {
    return ''
  }
}
