// Whether the HTML the browser was given is the page for the address it shows. A static host serves
// its 404 page (or, on some hosts, the home page) for any unknown path: that HTML was rendered for
// another route, so adopting it would only produce mismatches. The app then renders afresh instead.

const normalise = (pathname: string) =>
  pathname
    .replace(/\/index\.html$/, '')
    .replace(/\/+$/, '')

/**
 * True when the prerendered page (its canonical link) is the page at `locationHref`, so the app can
 * hydrate it. Only the paths are compared: the query never changes which HTML file a host serves.
 */
export function servedPageMatches(canonicalHref: string | null | undefined, locationHref: string): boolean {
  if (!canonicalHref) return false
  try {
    return normalise(new URL(canonicalHref).pathname) === normalise(new URL(locationHref).pathname)
  } catch {
    return false
  }
}
