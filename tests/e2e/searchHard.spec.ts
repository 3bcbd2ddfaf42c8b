// The hard queries from the user test (issue 15), opened as links: the count, the first results,
// the notice for a neighbouring job or money, and the weak matches folded.
import { expect, test, type Page } from './fixtures'
import { expectNoAxeViolations } from './helpers'

const summary = (page: Page) => page.locator('p.summary[role="status"]')
const shown = (page: Page) => page.getByRole('list', { name: 'Matching specialisms' }).getByRole('heading', { level: 3 })

test.use({ viewport: { width: 1280, height: 900 } })

test('"opthalmology" finds ophthalmic and vision science, saying why', async ({ page }) => {
  await page.goto('/?q=opthalmology&view=list')
  await expect(summary(page)).toHaveText('1 specialism for “opthalmology”')
  await expect(shown(page)).toHaveText(['Ophthalmic and vision science'])
  await expect(page.locator('.result__because').first()).toContainText('(word students use)')
})

test('"nurse" says it is not healthcare science, links NHS Health Careers and the nearest specialisms', async ({ page }) => {
  const requests: string[] = []
  page.on('request', (r) => requests.push(new URL(r.url()).hostname))
  await page.goto('/?q=nurse&view=list')
  await expect(shown(page)).toHaveText(['Cardiac science', 'Phlebotomy', 'Critical care science'])
  const notice = page.locator('.result-advice')
  await expect(notice).toContainText('Nursing is a different NHS career, not healthcare science.')
  await expect(notice.getByRole('link', { name: 'NHS Health Careers (healthcareers.nhs.uk)' })).toHaveAttribute('href', 'https://www.healthcareers.nhs.uk/')
  await expect(notice.getByRole('link', { name: 'Phlebotomy' })).toHaveAttribute('href', '/specialisms/phlebotomy/')
  await expect(page.locator('.result__because').first()).toContainText('nurse (near nursing)')
  expect(requests.filter((host) => host !== '127.0.0.1' && host !== 'localhost')).toEqual([])
  await expectNoAxeViolations(page)
})

test('"money" leads to pay on the pathways page', async ({ page }) => {
  await page.goto('/?q=money&view=list')
  await expect(summary(page)).toHaveText('0 specialisms for “money”')
  await expect(page.getByRole('link', { name: 'See what each band pays' })).toHaveAttribute('href', '/pathways/#pay')
  await page.goto('/pathways/#pay')
  await expect(page.locator('#pay')).toBeVisible()
})

test('"maths" shows the 3 strong matches and folds the other 47', async ({ page }) => {
  await page.goto('/?q=maths&view=list')
  await expect(summary(page)).toHaveText('50 specialisms for “maths”')
  await expect(shown(page)).toHaveText(['Clinical scientific computing', 'Clinical bioinformatics (genomics)', 'Radiotherapy physics'])
  const more = page.locator('details.result-list__more')
  await expect(more.locator('summary')).toHaveText('and 47 more that use maths')
  await expect(more.locator('li.result').first()).toBeHidden()
  await more.locator('summary').click()
  await expect(more.locator('li.result')).toHaveCount(47)
  await expect(more.locator('.result__because').first()).toContainText('maths (school subject)')
  await expectNoAxeViolations(page)
})

test('"kids" does not put renal technology first', async ({ page }) => {
  await page.goto('/?q=kids&view=list')
  await expect(shown(page).first()).toHaveText('Audiology')
})
