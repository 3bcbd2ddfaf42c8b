import { resolve } from 'node:path'
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import type {} from 'vite-ssg'
import { basePath } from './scripts/basePath.ts'
import { prerenderPaths, siteData } from './scripts/viteDataPlugin.ts'
import { preloadFilter } from './scripts/preloadLinks.ts'
import { STATIC_PATHS } from './src/router/paths.ts'

const root = fileURLToPath(new URL('.', import.meta.url))
const base = basePath()
const outDir = process.env.OUT_DIR ?? 'dist'
const dropDeferredPreloads = preloadFilter(resolve(root, outDir))

export default defineConfig({
  base,
  plugins: [vue(), siteData(root)],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    outDir,
    // Read by scripts/preloadLinks.ts: which chunks hydration needs at start.
    manifest: true,
    reportCompressedSize: false,
    // The framework in one file every page shares. Left to itself the bundler splits it by which lazy
    // chunks use which part, and each lazy component (the tree's preview) then costs the first view
    // an extra framework file (about 1 KB gzip of lost compression).
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'framework', test: /node_modules[\\/](@vue|vue|vue-router|pinia|@unhead|unhead|hookable)[\\/]/ }] } },
    },
  },
  ssgOptions: {
    script: 'async',
    formatting: 'none',
    dirStyle: 'nested',
    includedRoutes: () => prerenderPaths(root, STATIC_PATHS),
    // Lazily hydrated components must not be preloaded (see scripts/preloadLinks.ts). The app's root
    // says which path it was rendered for: the browser hydrates it only there (src/main.ts), so a host
    // that serves 404.html (or any page) for another path gets a fresh render, not a mismatch.
    onPageRendered: (route, html) => dropDeferredPreloads(html).replace('<div id="app"', `<div id="app" data-path="${route}"`),
  },
})
