// The site built with BASE_PATH=/careers/ works under that prefix: assets, links and the router.
import { expect, test } from '../e2e/fixtures'
import { watchForErrors } from '../e2e/helpers'

test('served from /careers/ with no failed request', async ({ page, request }) => {
  const problems = watchForErrors(page)
  await page.goto('/careers/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.waitForLoadState('networkidle')
  await page.getByRole('link', { name: 'List', exact: true }).click()
  await expect(page).toHaveURL(/\/careers\/\?view=list$/)
  await page.getByRole('main').getByRole('link', { name: 'Audiology' }).first().click()
  await expect(page).toHaveURL(/\/careers\/specialisms\/audiology\/$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Audiology' })).toBeVisible()
  await page.goto('/careers/pathways/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.getByRole('link', { name: /Healthcare Science/ }).first().click()
  await expect(page).toHaveURL(/\/careers\/$/)
  await page.waitForLoadState('networkidle')
  expect(problems).toEqual([])
  const html = await (await request.get('/careers/specialisms/audiology/')).text()
  expect(html).toMatch(/src="\/careers\/assets\/[^"]+\.js"/)
  expect(html).not.toMatch(/(?:src|href)="\/assets\//)
})
