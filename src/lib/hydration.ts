// Whether the HTML the browser was given is the page for the address it shows. A static host serves
// its 404 page (or, on some hosts, the home page) for any unknown path: that HTML was rendered for
// another route, so adopting it would only produce mismatches. The app then renders afresh instead.

const normalise = (path: string) => path.replace(/\/index\.html$/, '').replace(/\/+$/, '')

/**
 * True when the page was prerendered for the route at `pathname` (the address bar's path, under the
 * site's `base`), so the app can hydrate it. `prerendered` is the route path the build wrote into the
 * page (App.vue). The query never changes which HTML file a host serves, so it is not compared.
 */
export function servedPageMatches(prerendered: string | null | undefined, pathname: string, base = '/'): boolean {
  if (!prerendered) return false
  const root = base.replace(/\/+$/, '')
  if (root && pathname !== root && !pathname.startsWith(`${root}/`)) return false
  return normalise(prerendered) === normalise(pathname.slice(root.length))
}
