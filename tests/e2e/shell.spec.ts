// The foundation: every prerendered page shows its heading before JavaScript, hydrates without
// errors, and the shell passes axe at phone and desktop widths.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, test } from './fixtures'
import { prerenderPaths } from '../../scripts/viteDataPlugin'
import { STATIC_PATHS } from '../../src/router/paths'
import { expectNoAxeViolations, openHoldingTheApp, watchForErrors } from './helpers'

const root = fileURLToPath(new URL('../..', import.meta.url))
const paths = prerenderPaths(root, STATIC_PATHS).map((p) => (p === '/404' ? '/404.html' : p))
const name = (id: string) => (JSON.parse(readFileSync(`${root}/data/specialisms/${id}.json`, 'utf8')) as { name: string }).name

test('each prerendered page contains its <h1> before JavaScript runs', async ({ request }) => {
  for (const path of paths) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    const html = await response.text()
    expect(html, path).toMatch(/<h1[\s>]/)
    expect(html, path).toContain('<html lang="en-GB"')
    expect(html, path).toMatch(/<title>[^<]+<\/title>/)
    expect(html, path).toMatch(/<meta name="description" content="[^"]+"/)
    // Which route the page was prerendered for: the app hydrates it only at that address (src/main.ts).
    expect(html, path).toMatch(/<meta name="prerendered-route" content="\/[^"]*">/)
  }
  const audiology = await (await request.get('/specialisms/audiology/')).text()
  expect(audiology).toContain(`<h1`)
  expect(audiology).toContain(name('audiology'))
})

test('no console error, page error or failed request on any route', async ({ page }) => {
  // 81 pages (decks and the teacher guide added 12): about 2 s each on a loaded 2-core machine.
  test.setTimeout(360_000)
  const problems = watchForErrors(page)
  for (const path of paths) {
    await page.goto(path)
    await expect(page.locator('h1').first(), path).toBeVisible()
    await expect(page.locator('html[data-hydrated]'), path).toHaveCount(1)
    await page.waitForLoadState('networkidle')
    expect(problems, path).toEqual([])
  }
})

// Hydration adopts the prerendered HTML: the heading the browser parsed is still the one on screen
// once the app has started. Rendering it again from scratch (vite-ssg's default) replaced every node,
// so the largest paint waited for the whole app.
for (const path of ['/', '/?q=babies', '/specialisms/audiology/', '/compare/?s=audiology,cardiac-science', '/about/']) {
  test(`${path} keeps its prerendered nodes when the app starts`, async ({ page }) => {
    const problems = watchForErrors(page)
    // The heading, and the parts that hydrate later (composables/deferredHydration.ts): the header, the
    // explorer's filters and tree. A query in the link must not make them render afresh either.
    const PARTS = ['h1', 'header', '.filters', '.specialism-tree']
    await page.addInitScript((parts) => {
      document.addEventListener('DOMContentLoaded', () => {
        ;(window as unknown as { parsed: (Element | null)[] }).parsed = parts.map((part) => document.querySelector(part))
      })
    }, PARTS)
    await page.goto(path)
    await page.waitForLoadState('networkidle')
    await expect(page.locator('html[data-hydrated]')).toHaveCount(1)
    await page.waitForTimeout(500) // the deferred parts hydrate when the browser is idle
    const kept = await page.evaluate((parts) => {
      const parsed = (window as unknown as { parsed: (Element | null)[] }).parsed
      return parts.filter((part, i) => parsed[i] !== document.querySelector(part) || (parsed[i] !== null && !parsed[i].isConnected))
    }, PARTS)
    expect(kept, 'parts rendered afresh instead of hydrated').toEqual([])
    expect(problems).toEqual([])
  })
}

test('a path the host answers with its 404 page renders the not-found page without hydration errors', async ({ page }) => {
  const problems = watchForErrors(page)
  await page.goto('/specialisms/no-such-job/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.waitForLoadState('networkidle')
  // The host's 404 status is expected; nothing else may go wrong.
  expect(problems.filter((p) => !p.startsWith('HTTP 404') && !p.includes('404 (Not Found)'))).toEqual([])
})

test('unknown paths get the not-found page with a way home and to each grouping', async ({ page }) => {
  const response = await page.goto('/404.html')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('can’t find')
  await expect(page.getByRole('link', { name: 'Go to the explorer' })).toBeVisible()
  await expect(page.getByRole('main').getByRole('link', { name: /Physiological sciences/ })).toBeVisible()
})

for (const width of [375, 1280]) {
  for (const path of ['/', '/about/', '/groupings/', '/specialisms/audiology/', '/404.html']) {
    test(`${path} passes axe and has no sideways scroll at ${width}px`, async ({ page }) => {
      test.setTimeout(60_000)
      await page.setViewportSize({ width, height: 900 })
      await page.goto(path)
      await expect(page.locator('h1').first()).toBeVisible()
      await expectNoAxeViolations(page)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow).toBeLessThanOrEqual(0)
    })
  }
}

test('deep links with a query string hydrate without errors', async ({ page }) => {
  const problems = watchForErrors(page)
  for (const url of ['/?q=heart&group=physiological-sciences', '/?view=list&contact=high', '/compare/?s=audiology,cardiac-science', '/shortlist/?s=audiology,genomics', '/pathways/?for=audiology']) {
    await page.goto(url)
    await expect(page.locator('h1').first(), url).toBeVisible()
    await page.waitForLoadState('networkidle')
    expect(problems, url).toEqual([])
  }
  await page.goto('/compare/?s=audiology,cardiac-science')
  await expect(page.getByRole('columnheader', { name: /Cardiac science/ }).first()).toBeVisible()
})

test('skip link and menu work from the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 })
  await page.goto('/about/')
  // Start from the top of a fully hydrated page, as a keyboard user arriving would.
  await page.waitForLoadState('networkidle')
  const skip = page.getByRole('link', { name: 'Skip to main content' })
  await expect(async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.keyboard.press('Tab')
    await expect(skip).toBeFocused({ timeout: 1000 })
  }).toPass({ timeout: 10_000 })
  const menu = page.getByRole('button', { name: 'Menu' })
  await expect(menu).toHaveAttribute('aria-expanded', 'false')
  await menu.click()
  await expect(menu).toHaveAttribute('aria-expanded', 'true')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pathways' }).click()
  await expect(page).toHaveURL(/\/pathways\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
})

test('a tap on a button before the app has started is answered once it has (src/earlyTaps.ts)', async ({ page }) => {
  // Hold the app's own file back, as a slow connection would, until the tap is made.
  const { opened, release } = await openHoldingTheApp(page, '/?q=x-ray')
  const toggle = page.getByRole('button', { name: /^Filters/ })
  await toggle.click()
  await expect(page.locator('html[data-hydrated]')).toHaveCount(0)
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  release()
  await opened
  await expect(page.locator('html[data-hydrated]')).toHaveCount(1)
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await expect(page.getByRole('checkbox', { name: /Lots of patient contact/ })).toBeVisible()
})

test('what a student types before the app has started is kept and searched for once it has', async ({ page }) => {
  const { opened, release } = await openHoldingTheApp(page, '/')
  const box = page.getByRole('searchbox', { name: 'Search specialisms' })
  await box.fill('heart')
  release()
  await opened
  await expect(page.locator('html[data-hydrated]')).toHaveCount(1)
  // The search box comes to life at the next key, focus or touch (composables/deferredHydration), and
  // keeps the word already in it.
  await box.press('End')
  await expect(box).toHaveValue('heart')
  await expect.poll(() => new URL(page.url()).search).toBe('?q=heart')
  await expect(page.getByRole('list', { name: 'Matching specialisms' }).getByRole('listitem').first()).toContainText(/Cardiac/)
})
