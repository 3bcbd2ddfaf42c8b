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
  build: {
    outDir: process.env.OUT_DIR ?? 'dist',
    reportCompressedSize: false,
  },
  ssgOptions: {
    script: 'async',
    formatting: 'none',
    dirStyle: 'nested',
    includedRoutes: () => prerenderPaths(root, STATIC_PATHS),
  },
})
