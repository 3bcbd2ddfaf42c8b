// vite-ssg installs a head manager (@unhead/vue) in the app, in the prerender and in the browser. The
// head's tags are written at prerender (usePageMeta, App.vue); in the browser no part hands the manager
// anything (the three tags that change there, title, description and canonical link, are kept by
// usePageMeta itself), yet its code was about 5.5 KB gzip of every page's start and its set-up ran in
// the task that starts the app. The browser build gets src/head/browserHead.ts in its place.
import { resolve } from 'node:path'
import type { Plugin } from 'vite'

export const HEAD_CLIENT = '@unhead/vue/client'

export function browserHead(root: string): Plugin {
  const standIn = resolve(root, 'src/head/browserHead.ts')
  return {
    name: 'browser-head',
    enforce: 'pre',
    resolveId: (id, _importer, options) => (id === HEAD_CLIENT && !options?.ssr ? standIn : undefined),
  }
}
