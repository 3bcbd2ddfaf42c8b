// Screenshots of the pages a user test looks at, at a phone's, a laptop's and a projector's width, from
// the built site served with gzip: `tsx scripts/screenshots.ts <folder> [prefix]` (OUT_DIR picks the
// build). Each page once as the first screen and once in full, after the app has started.
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import type { AddressInfo } from 'node:net'
import { chromium } from 'playwright-core'
import { serve } from './serve.ts'

const PAGES = [
  ['explore', '/'],
  ['explore-search', '/?q=babies'],
  ['specialism', '/specialisms/clinical-embryology/'],
  ['compare', '/compare/?s=audiology,cardiac-science'],
] as const
const WIDTHS = [
  [375, 800],
  [1280, 720],
  [1920, 1080],
] as const

const folder = resolve(process.argv[2] ?? 'screenshots')
const prefix = process.argv[3] ? `${process.argv[3]}-` : ''
mkdirSync(folder, { recursive: true })
const server = await serve({ dir: resolve(process.env.OUT_DIR ?? 'dist'), port: 0 })
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] })
try {
  for (const [width, height] of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height } })
    for (const [name, path] of PAGES) {
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`)
      await page.waitForSelector('html[data-hydrated]')
      await page.waitForLoadState('networkidle')
      await page.screenshot({ path: resolve(folder, `${prefix}${name}-${width}.png`) })
      await page.screenshot({ path: resolve(folder, `${prefix}${name}-${width}-full.png`), fullPage: true })
      const tall = await page.evaluate(() => document.documentElement.scrollHeight)
      console.log(`${name} at ${width}: ${tall} px tall`)
    }
    await page.close()
  }
} finally {
  await browser.close()
  server.close()
}
