// Search and filters in Chromium: typing, the URL as the state, Back, pasted links, hostile input,
// the not-found suggestions, and axe on each state.
import { expect, test, type Page } from './fixtures'
import { expectNoAxeViolations, watchForErrors } from './helpers'

const box = (page: Page) => page.getByRole('searchbox', { name: 'Search specialisms' })
const summary = (page: Page) => page.locator('p.summary[role="status"]')
const results = (page: Page) => page.getByRole('list', { name: 'Matching specialisms' }).getByRole('heading', { level: 3 })
const url = (page: Page) => new URL(page.url())

test.use({ viewport: { width: 1280, height: 900 } })

test('typing "heart" finds the cardiac specialisms and writes ?q=heart', async ({ page }) => {
  const problems = watchForErrors(page)
  await page.goto('/')
  await box(page).pressSequentially('heart', { delay: 40 })
  await expect.poll(() => url(page).searchParams.get('q')).toBe('heart')
  await expect(summary(page)).toHaveText(/^\d+ specialisms for “heart”$/)
  await page.getByRole('link', { name: 'List', exact: true }).click()
  await expect(results(page).first()).toHaveText('Cardiac science')
  await expect(results(page).nth(1)).toHaveText('Clinical perfusion science')
  const first = page.getByRole('list', { name: 'Matching specialisms' }).getByRole('listitem').first()
  await expect(first.locator('mark').first()).toHaveText(/heart/i)
  expect(url(page).search).toBe('?q=heart&view=list')
  await expectNoAxeViolations(page)
  expect(problems).toEqual([])
})

test('opening /?q=heart&group=... directly restores the search, filters and view', async ({ page }) => {
  await page.goto('/?q=heart&group=physiological-sciences&contact=high&view=list')
  await expect(box(page)).toHaveValue('heart')
  await expect(page.getByRole('checkbox', { name: /Physiological sciences/ })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: /Lots of patient contact/ })).toBeChecked()
  await expect(page.getByRole('link', { name: 'Remove filter: Physiological sciences' })).toBeVisible()
  await expect(results(page).first()).toHaveText('Cardiac science')
  await expect(summary(page)).toHaveText(/specialisms for “heart” with these filters/)
  // every shown result really is in that grouping
  const groupings = await page.locator('.result__grouping').allTextContents()
  expect(new Set(groupings)).toEqual(new Set(['Physiological sciences']))
})

test('filters change the URL, counts update, and "clear all" is a link', async ({ page }) => {
  await page.goto('/?view=list')
  await page.getByRole('checkbox', { name: /Bioinformatics/ }).check()
  await expect.poll(() => url(page).searchParams.get('group')).toBe('bioinformatics')
  await expect(results(page)).toHaveCount(4)
  await expect(page.getByRole('checkbox', { name: /Computer \(4\)/ })).toBeVisible()
  await page.getByRole('link', { name: 'Clear all filters' }).first().click()
  await expect.poll(() => url(page).search).toBe('?view=list')
  await expect(summary(page)).toHaveText('All 55 specialisms')
})

test('Back restores the previous state', async ({ page }) => {
  await page.goto('/')
  await box(page).fill('blood')
  await expect.poll(() => url(page).searchParams.get('q')).toBe('blood')
  await page.getByRole('link', { name: 'List', exact: true }).click()
  await expect.poll(() => url(page).searchParams.get('view')).toBe('list')
  await page.getByRole('checkbox', { name: /Lots of patient contact/ }).check()
  await expect.poll(() => url(page).search).toBe('?q=blood&contact=high&view=list')
  await results(page).first().getByRole('link').click()
  await expect(page).toHaveURL(/\/specialisms\/[a-z-]+\/$/)

  await page.goBack()
  await expect.poll(() => url(page).search).toBe('?q=blood&contact=high&view=list')
  await expect(box(page)).toHaveValue('blood')
  await expect(page.getByRole('checkbox', { name: /Lots of patient contact/ })).toBeChecked()
  await expect(results(page).first()).toBeVisible()
  // typing and filters replace the entry; switching view made one, so Back goes to the tree view
  await page.goBack()
  await expect.poll(() => url(page).search).toBe('?q=blood')
  await expect(box(page)).toHaveValue('blood')
  await expect(page.locator('.views__link[aria-current="true"]')).toHaveText('Tree')
  await expect(page.getByRole('checkbox', { name: /Lots of patient contact/ })).not.toBeChecked()
})

test('a hostile q is shown as text, never run as HTML', async ({ page }) => {
  const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>'
  let dialogs = 0
  page.on('dialog', (dialog) => {
    dialogs++
    void dialog.dismiss()
  })
  await page.goto(`/?q=${encodeURIComponent(hostile)}&view=list&group=nope`)
  await expect(box(page)).toHaveValue(hostile.slice(0, 100))
  await expect(page.locator('img[src="x"]')).toHaveCount(0)
  await expect(page.locator('main script')).toHaveCount(0)
  await expect(page.getByRole('heading', { name: /No specialisms match/ })).toContainText('<img src=x onerror=alert(1)>')
  await expect(page.getByText('Some parts of this link were not recognised')).toContainText('group=nope')
  expect(dialogs).toBe(0)
  await expectNoAxeViolations(page)
})

test('a near miss offers "did you mean", which is a link', async ({ page }) => {
  await page.goto('/?q=audiolgy&view=list')
  await expect(results(page).first()).toHaveText('Audiology')
  await page.getByRole('link', { name: 'audiology', exact: true }).click()
  await expect.poll(() => url(page).search).toBe('?q=audiology&view=list')
  await expect(box(page)).toHaveValue('audiology')
})

test('on a phone the filters are a disclosure, and the page passes axe', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 })
  await page.goto('/?q=x-ray')
  const toggle = page.getByRole('button', { name: /^Filters/ })
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await expect(page.getByRole('checkbox').first()).toBeHidden()
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await page.getByRole('checkbox', { name: /Lots of patient contact/ }).check()
  await expect.poll(() => url(page).searchParams.get('contact')).toBe('high')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: /^Show \d+ results?$/ }).click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await expectNoAxeViolations(page)
})

test('the not-found page offers the nearest specialisms', async ({ page }) => {
  await page.goto('/specialisms/audiolgy/')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('can’t find')
  await page.getByRole('link', { name: 'Audiology', exact: true }).click()
  await expect(page).toHaveURL(/\/specialisms\/audiology\/$/)
  await page.goto('/cardiacscience')
  await expect(page.getByRole('link', { name: 'Cardiac science', exact: true })).toBeVisible()
  await expectNoAxeViolations(page)
})
