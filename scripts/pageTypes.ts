// One page of each type, for the page-weight gate and Lighthouse: every prerendered path, with paths
// one level deeper than a section (/specialisms/<id>/, /groupings/<id>/, /present/<deck>/) folded
// into one type each. New pages join the checks as soon as they are prerendered.
import { fileURLToPath } from 'node:url'
import { prerenderPaths } from './viteDataPlugin.ts'
import { STATIC_PATHS } from '../src/router/paths.ts'

const root = fileURLToPath(new URL('..', import.meta.url))

/** The example picked for a folded type when it exists (the page the figures were taken on). */
const PREFERRED = ['/specialisms/audiology/', '/groupings/physiological-sciences/']

/** Pages that are empty without a query get a realistic one. */
function withQuery(path: string): string {
  if (path === '/compare/' || path === '/shortlist/') return `${path}?s=audiology,cardiac-science`
  if (/^\/present\/[^/]+\/$/.test(path)) return `${path}?slide=2`
  return path
}

export interface PageType {
  type: string
  url: string
}

export function pageTypes(): PageType[] {
  const byType = new Map<string, string>()
  for (const path of prerenderPaths(root, STATIC_PATHS)) {
    const segments = path.split('/').filter(Boolean)
    const type = path === '/404' ? '404' : segments.length >= 2 ? `/${segments.slice(0, -1).join('/')}/*/` : path
    const url = path === '/404' ? '/404.html' : path
    if (!byType.has(type) || PREFERRED.includes(url)) byType.set(type, url)
  }
  return [...byType].map(([type, url]) => ({ type, url: withQuery(url) }))
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(pageTypes())
}
