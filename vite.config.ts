import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import type {} from 'vite-ssg'
import { basePath } from './scripts/basePath.ts'
import { prerenderPaths, siteData } from './scripts/viteDataPlugin.ts'
import { STATIC_PATHS } from './src/router/paths.ts'

const root = fileURLToPath(new URL('.', import.meta.url))
const base = basePath()

export default defineConfig({
  base,
  plugins: [vue(), siteData(root)],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { outDir: process.env.OUT_DIR ?? 'dist', reportCompressedSize: false },
  ssgOptions: {
    script: 'async',
    formatting: 'none',
    dirStyle: 'nested',
    // PRERENDER_ONLY=/a/,/b/ prerenders just those pages: the contribution browser test builds a
    // throwaway copy of the site and needs only the one page it checks.
    includedRoutes: () => {
      const only = process.env.PRERENDER_ONLY?.split(',')
      const all = prerenderPaths(root, STATIC_PATHS)
      return only ? all.filter((path) => only.includes(path)) : all
    },
  },
})
