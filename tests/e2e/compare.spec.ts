// Compare: ids in any case show the same answers, and the page works on a phone.
import { expect, test, type Page } from './fixtures'
import { openHoldingTheApp, watchForErrors } from './helpers'
import { readQueryFiles } from '../../src/lib/queryFiles'

const answerRows = (page: Page) => page.locator('tbody tr.compare__row--answer')

async function answersFor(page: Page, url: string): Promise<string[]> {
  await page.goto(url)
  await expect(page.getByRole('columnheader', { name: /Audiology/ })).toBeVisible()
  await expect(answerRows(page).first()).toBeVisible()
  return answerRows(page).locator('td').allTextContents()
}

test('a compare link with ids in another case shows the same answers as lower case', async ({ page }) => {
  const problems = watchForErrors(page)
  const lower = await answersFor(page, '/compare/?s=audiology,cardiac-science')
  expect(lower.length).toBeGreaterThan(0)
  expect(lower.filter((text) => text.includes('Not given'))).toEqual([])
  const mixed = await answersFor(page, '/compare/?s=Audiology,CARDIAC-science')
  expect(mixed).toEqual(lower)
  expect(problems).toEqual([])
})

/** The details file of each specialism, as the build listed it in the page (lib/queryFiles.ts). */
async function detailsFiles(page: Page): Promise<Record<string, string>> {
  const listed = readQueryFiles(await page.locator('meta[name="query-files"]').getAttribute('content'))
  expect(listed, 'meta query-files').toBeDefined()
  return Object.fromEntries(Object.entries(listed!.specialisms).map(([id, [file]]) => [id, file]))
}

test('a shared comparison names what it compares before the app starts, and its details come with the app, not after it', async ({ page }) => {
  const problems = watchForErrors(page) // and no hydration mismatch for the named stand-in
  const requested: string[] = []
  page.on('request', (request) => requested.push(new URL(request.url()).pathname))
  const { opened, release } = await openHoldingTheApp(page, '/compare/?s=Cardiac-Science,nope,audiology,<script>alert(1)</script>')
  // The app's own file is held back: what shows is the prerendered page, named by boot.ts.
  const asked = page.locator('.compare-page__asked')
  await expect(asked).toHaveText('Comparing Cardiac science and Audiology')
  await expect(page.getByText('Nothing to compare yet')).toBeHidden()
  const files = await detailsFiles(page)
  await expect.poll(() => requested).toEqual(expect.arrayContaining([files['cardiac-science'], files.audiology]))
  // Only the two asked for: nothing else of the list, nothing from the address.
  const detailsRequested = requested.filter((path) => Object.values(files).includes(path))
  expect(detailsRequested.sort()).toEqual([files['cardiac-science'], files.audiology].sort())
  release()
  await opened
  await expect(page.locator('html[data-hydrated]')).toHaveCount(1)
  await expect(page.locator('.compare__table caption')).toHaveText('Comparing Cardiac science and Audiology')
  await expect(asked).toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: 'we do not know' })).toContainText('“nope”')
  expect(problems).toEqual([])
})

test('without a list, or with none we know, compare says there is nothing to compare yet; pathways ?for= fetches its details early too', async ({ page }) => {
  for (const path of ['/compare/', '/compare/?s=nope,%3Cb%3E']) {
    await page.goto(path)
    await expect(page.getByText('Nothing to compare yet')).toBeVisible()
    await expect(page.locator('.compare-page__asked')).toHaveCount(0)
  }
  const requested: string[] = []
  page.on('request', (request) => requested.push(new URL(request.url()).pathname))
  const { opened, release } = await openHoldingTheApp(page, '/pathways/?for=audiology')
  const files = await detailsFiles(page)
  await expect.poll(() => requested).toContain(files.audiology)
  release()
  await opened
})
