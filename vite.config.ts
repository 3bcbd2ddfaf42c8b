import { resolve } from 'node:path'
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import type {} from 'vite-ssg'
import { basePath } from './scripts/basePath.ts'
import { prerenderPaths, siteData, specialismDetails } from './scripts/viteDataPlugin.ts'
import { preloadFilter } from './scripts/preloadLinks.ts'
import { compileHints } from './scripts/compileHints.ts'
import { browserHead } from './scripts/browserHead.ts'
import { STATIC_PATHS } from './src/router/paths.ts'
import { siteOrigin } from './src/lib/site.ts'

const root = fileURLToPath(new URL('.', import.meta.url))
const base = basePath()
const outDir = process.env.OUT_DIR ?? 'dist'
const appFiles = preloadFilter(root, resolve(root, outDir))

export default defineConfig({
  base,
  // The deployed site's origin (SITE_URL, or VITE_SITE_URL as before) makes canonical, og:url and
  // og:image absolute; without it, preview images are addressed from the host's root.
  define: { 'import.meta.env.VITE_SITE_URL': JSON.stringify(siteOrigin(process.env.SITE_URL ?? process.env.VITE_SITE_URL)) },
  plugins: [
    // No component uses the Options API (data(), methods: every component is <script setup>), so the
    // runtime drops it: about 1.5 KB gzip off the framework file every page loads.
    vue({ features: { optionsAPI: false, prodDevtools: false, prodHydrationMismatchDetails: false } }),
    siteData(root),
    specialismDetails(root),
    // Scripts compiled off the main thread as they stream in (scripts/compileHints.ts).
    compileHints(),
    // No head manager in the browser build (scripts/browserHead.ts).
    browserHead(root),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    outDir,
    // Read by scripts/preloadLinks.ts: which chunks hydration needs at start.
    manifest: true,
    reportCompressedSize: false,
    // PROFILE_BUILD=1 keeps the names readable for scripts/profile-start.ts.
    ...(process.env.PROFILE_BUILD ? { minify: false } : {}),
    // Every browser the site supports (Chrome 66+, Safari 17+, Firefox 115+) understands
    // <link rel="modulepreload">; older Safari just loads those files when they are imported.
    // src/boot.ts preloads, itself, all the start needs (<meta name="app-files">) and its stylesheets are
    // in the page: the import of the app carries no second list to check them against.
    modulePreload: { polyfill: false, resolveDependencies: (file, deps) => (/(^|\/)main-[\w-]+\.js$/.test(file) ? [] : deps) },
    // The framework in two files every page shares (Vue; the router and the store). Left to itself the
    // bundler splits it by which lazy chunks use which part, and each lazy component (the tree's
    // preview) then costs the first view an extra framework file (about 1 KB gzip of lost compression).
    // Two, not one: the browser finishes compiling each file on the main thread as it arrives, and one
    // file was one task of 9-19 ms (traced, unthrottled: a long task on a phone); two are 2-7 ms each.
    rolldownOptions: {
      output: { codeSplitting: { groups: [
        { name: 'vue', test: /node_modules[\\/](@vue|vue)[\\/]/ },
        { name: 'router', test: /node_modules[\\/](vue-router|pinia|@unhead|unhead|hookable)[\\/]/ },
      ] } },
    },
  },
  ssgOptions: {
    // The page's script tag loads src/boot.ts, which starts the app after the first paint; the
    // prerender builds the app itself.
    entry: 'src/main.ts',
    script: 'async',
    formatting: 'none',
    dirStyle: 'nested',
    // vite-ssg links every chunk the prerender rendered, even parts that load their code when scrolled
    // to (SpecialismVoicesLazy, composables/lazyHydrated): the page lists only what its start imports,
    // fetched after the first paint (scripts/preloadLinks.ts).
    onPageRendered: (route, html) => appFiles(route, html),
    // PRERENDER_ONLY=/a/,/b/ prerenders just those pages: the contribution browser test builds a
    // throwaway copy of the site and needs only the one page it checks.
    includedRoutes: () => {
      const only = process.env.PRERENDER_ONLY?.split(',')
      const all = prerenderPaths(root, STATIC_PATHS)
      return only ? all.filter((path) => only.includes(path)) : all
    },
  },
})
