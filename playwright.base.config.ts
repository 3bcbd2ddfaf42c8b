import { defineConfig } from '@playwright/test'
import base from './playwright.config'

const basePort = Number(process.env.E2E_BASE_PORT ?? 4174)
// The base-path check: a second build (BASE_PATH=/careers/, OUT_DIR=dist-careers), served under /careers/.
export default defineConfig({
  ...base,
  testDir: 'tests/e2e-base',
  use: { ...base.use, baseURL: `http://127.0.0.1:${basePort}` },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${basePort} --strictPort`,
    url: `http://127.0.0.1:${basePort}/careers/`,
    reuseExistingServer: false,
    env: { BASE_PATH: '/careers/', OUT_DIR: 'dist-careers' },
  },
})
