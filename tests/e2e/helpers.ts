import { expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)
  expect(summary).toEqual([])
}

/** Console errors, page errors and failed requests, collected while a test runs. */
export function watchForErrors(page: Page) {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || (message.type() === 'warning' && /hydration/i.test(message.text()))) {
      problems.push(`console ${message.type()}: ${message.text()}`)
    }
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  // A request the page itself gave up on (ERR_ABORTED: the test moved to the next page while a lazy
  // part was still loading) is not a fault; a blocked or unreachable one is.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  return problems
}

/** Opens `path` on a phone with the app's own file held back until `release()`: resolves once the page
 * has painted and boot.ts has asked for the app's files, so the app has not started. */
export async function openHoldingTheApp(page: Page, path: string) {
  await page.setViewportSize({ width: 375, height: 800 })
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/assets\/main-[^/]+\.js$/, async (route) => {
    await held
    await route.continue()
  })
  const opened = page.goto(path)
  await page.waitForSelector('link[rel="modulepreload"]', { state: 'attached' })
  return { opened, release }
}
