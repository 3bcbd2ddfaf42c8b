// Installable, and quiet about updates: every page links the web app manifest, whose icons exist;
// when a new version of the site is released, an open page offers a reload and never reloads itself.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { fileURLToPath } from 'node:url'
import { expect, test, type Page } from './fixtures'
import { expectNoAxeViolations } from './helpers'
import { serve } from '../../scripts/serve'

const root = fileURLToPath(new URL('../..', import.meta.url))
const shots = process.env.SHOTS_DIR

test('every page links the manifest; it is installable under the base path with 192, 512 and maskable icons', async ({ page, request }) => {
  for (const path of ['/', '/specialisms/audiology/', '/compare/', '/present/seven-questions/', '/404.html']) {
    const html = await (await request.get(path)).text()
    expect(html, path).toContain('<link rel="manifest" href="/manifest.webmanifest">')
  }
  const response = await request.get('/manifest.webmanifest')
  expect(response.ok()).toBe(true)
  const manifest = await response.json()
  expect(manifest).toMatchObject({ start_url: '/', scope: '/', id: '/', display: 'standalone', theme_color: '#1f5aa6', background_color: '#ffffff' })
  expect(manifest.name).toBe('Healthcare Science Careers Explorer')
  expect(manifest.short_name.length).toBeLessThanOrEqual(12)
  const icons: { src: string; sizes: string; purpose: string; type: string }[] = manifest.icons
  expect(icons.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable'])
  for (const icon of icons) {
    const png = await (await request.get(icon.src)).body()
    const size = Number(icon.sizes.split('x')[0])
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], icon.src).toEqual([size, size])
  }
  // The browser reads it without a CSP complaint (the fixture watches) and finds no manifest errors.
  await page.goto('/')
  const cdp = await page.context().newCDPSession(page)
  const { errors, url } = await cdp.send('Page.getAppManifest')
  expect(url).toMatch(/\/manifest\.webmanifest$/)
  expect(errors).toEqual([])
})

/** A first visit installs the worker; the second is the return visit the worker controls. */
async function visitTwice(page: Page, url: string) {
  await page.goto(url)
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }))
    }
  })
  await page.reload()
  await expect(page.locator('h1')).toBeVisible()
  // The update watcher has loaded (from the worker's cache) once the page has registered again.
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('serviceWorkerUpdates')))
}

test.describe('a new version', () => {
  let dir = ''
  let server: Server | undefined
  let port = 0
  const start = async () => {
    server = await serve({ dir, port })
    port = (server.address() as AddressInfo).port
  }
  const stop = () => new Promise<void>((done) => (server ? server.close(() => done()) : done()))

  test.beforeEach(async () => {
    // Our own copy of the build on our own server, so the test can release a "new version" of it.
    dir = mkdtempSync(join(tmpdir(), 'hcs-update-'))
    cpSync(join(root, 'dist'), dir, { recursive: true })
    port = 0
    await start()
  })
  test.afterEach(async () => {
    await stop()
    rmSync(dir, { recursive: true, force: true })
  })

  test('is offered with a quiet prompt; the page reloads only when asked, into the new version', async ({ page }) => {
    test.setTimeout(180_000)
    await visitTwice(page, `http://127.0.0.1:${port}/specialisms/audiology/`)
    // The first install is not an update: no prompt.
    await page.waitForTimeout(500)
    await expect(page.locator('.update-prompt')).toHaveCount(0)
    const oldCache = await page.evaluate(async () => (await caches.keys()).find((k) => k.startsWith('hcs-')))

    // Release: a changed sw.js (as every build with new files writes one), served from the same address.
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8')
    writeFileSync(join(dir, 'sw.js'), sw.replace(/const CACHE = 'hcs-([0-9a-f]+)'/, "const CACHE = 'hcs-$1next'"))
    await stop()
    await start()

    await page.evaluate(() => {
      ;(window as unknown as { stillHere: boolean }).stillHere = true
    })
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update())
    const prompt = page.locator('#update-slot .update-prompt')
    await expect(prompt).toContainText('A new version of this site is ready.')
    await expect(prompt.getByRole('button', { name: 'Reload' })).toBeVisible()
    // It waits for the student: the page is the same page, and the old version still serves it.
    await page.waitForTimeout(1500)
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true)
    expect(await page.evaluate(() => document.activeElement?.closest('.update-prompt') ?? null)).toBeNull()
    await expectNoAxeViolations(page)
    if (shots) {
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: width === 375 ? 740 : 800 })
        await page.screenshot({ path: `${shots}/update-prompt-${width}.png` })
      }
    }

    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()])
    await expect(page.getByRole('heading', { level: 1, name: 'Audiology' })).toBeVisible()
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBeUndefined()
    await expect(page.locator('.update-prompt')).toHaveCount(0)
    const names = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('hcs-')))
    expect(names).toEqual([`${oldCache}next`])
  })

  test('"Not now" hides the prompt and leaves the page alone', async ({ page }) => {
    test.setTimeout(180_000)
    await visitTwice(page, `http://127.0.0.1:${port}/about/`)
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8')
    writeFileSync(join(dir, 'sw.js'), `${sw}\n// next\n`)
    await stop()
    await start()
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update())
    await page.getByRole('button', { name: 'Not now' }).click()
    await expect(page.locator('.update-prompt')).toHaveCount(0)
    await expect(page.getByRole('heading', { level: 1, name: 'About this explorer' })).toBeVisible()
    expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(true)
  })
})
