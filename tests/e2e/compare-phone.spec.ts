// Compare on a phone (375 px): the picker comes first, what differs is marked, what is the same is
// folded (and opens from the keyboard), and the page is a few screens long, not nine thousand pixels.
import { expect, test, type Page } from './fixtures'
import { expectNoAxeViolations, watchForErrors } from './helpers'

const PHONE = { width: 375, height: 800 }
// Before this change the page was 9,473 px (the picker at 8,723 px). A few screens: at most 5½ phone
// screens of 800 px, footer included, every answer folded, for a pair where every fact differs.
const MAX_HEIGHT = 5.5 * PHONE.height

async function openCompare(page: Page, ids: string) {
  await page.setViewportSize(PHONE)
  await page.goto(`/compare/?s=${ids}`)
  await expect(page.locator('html[data-hydrated]')).toHaveCount(1)
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(ids.split(',').length)
  await page.waitForLoadState('networkidle')
}

test('on a phone the picker is on the first screen and the page is a few screens long', async ({ page }) => {
  const problems = watchForErrors(page)
  await openCompare(page, 'audiology,clinical-embryology')
  const search = page.getByRole('searchbox', { name: /Search by name/ })
  const box = await search.boundingBox()
  expect(box).not.toBeNull()
  expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height)
  const height = await page.evaluate(() => document.documentElement.scrollHeight)
  expect(height).toBeLessThanOrEqual(MAX_HEIGHT)
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
  await expectNoAxeViolations(page)
  expect(problems).toEqual([])
})

test('rows that differ are marked; rows that are the same are folded and open from the keyboard', async ({ page }) => {
  await openCompare(page, 'audiology,cardiac-science')
  const table = page.getByRole('table')
  // Where you work differs (community, wards and theatres): shown and marked.
  const setting = table.getByRole('rowheader', { name: /^Where you work/ })
  await expect(setting).toContainText('Different')
  await expect(table.getByRole('cell', { name: /Wards and theatres/ })).toBeVisible()
  // Grouping, patient contact and pay are the same for both: named in one folded line.
  const same = page.getByRole('button', { name: /^Same for both: / })
  await expect(same).toHaveText(/grouping, patient contact.* and pay/)
  await expect(same).toHaveAttribute('aria-expanded', 'false')
  const grouping = table.getByRole('rowheader', { name: 'Grouping', exact: true })
  await expect(grouping).toBeHidden()
  await same.focus()
  await page.keyboard.press('Enter')
  await expect(same).toHaveAttribute('aria-expanded', 'true')
  await expect(grouping).toBeVisible()
  await expect(grouping.locator('xpath=..')).toContainText('Physiological sciences')
  await page.keyboard.press('Space')
  await expect(same).toHaveAttribute('aria-expanded', 'false')
  await expect(grouping).toBeHidden()

  // Ways in differ, but most are shared: each column keeps its own, the shared ones fold apart.
  const ways = page.getByRole('button', { name: /^Ways in: same for both \(\d+\)$/ })
  await expect(ways).toHaveAttribute('aria-expanded', 'false')
  const stp = table.getByText('Scientist Training Programme (STP)')
  await expect(stp).toBeHidden()
  await ways.focus()
  await page.keyboard.press('Enter')
  await expect(stp).toBeVisible()

  // Long answers are folded to their question; the question opens both answers.
  const question = page.getByRole('button', { name: 'What does an average day look like for you?' })
  await expect(question).toHaveAttribute('aria-expanded', 'false')
  const row = table.getByRole('row').filter({ has: question })
  await expect(row).toHaveCount(1)
  await expect(row.locator('td')).toHaveCount(2)
  for (const cell of await row.locator('td').all()) await expect(cell).toBeHidden()
  const answers = row.getByRole('cell')
  await question.focus()
  await page.keyboard.press('Enter')
  await expect(answers).toHaveCount(2)
  for (const cell of await answers.all()) await expect(cell).toBeVisible()
  await expectNoAxeViolations(page)
})

test('printing a compare page shows every folded row and answer', async ({ page }) => {
  await openCompare(page, 'audiology,cardiac-science')
  await page.emulateMedia({ media: 'print' })
  const table = page.getByRole('table')
  await expect(table.getByRole('rowheader', { name: 'Grouping', exact: true })).toBeVisible()
  await expect(table.getByText('Scientist Training Programme (STP)')).toBeVisible()
  const answers = table.locator('tr.compare__row--answer td')
  expect(await answers.count()).toBeGreaterThan(0)
  for (const cell of await answers.all()) await expect(cell).toBeVisible()
})
