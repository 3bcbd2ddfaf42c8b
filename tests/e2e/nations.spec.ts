// The four UK nations: ?nation= changes the pay a specialism page shows (or says a nation's figures are
// not sourced), /pathways/ has a section per nation with sources, and pay is specific to a specialism.
import { readFileSync } from 'node:fs'
import { expect, test } from './fixtures'
import { expectNoAxeViolations, watchForErrors } from './helpers'
import type { Pay } from '../../src/lib/types'

const pay = JSON.parse(readFileSync(new URL('../../data/pay.json', import.meta.url), 'utf8')) as Pay
const scotland = pay.nations.find((n) => n.nation === 'scotland')!

test.describe('pay in the four UK nations', () => {
  // axe on a long page is slow on a busy machine.
  test.describe.configure({ timeout: 240_000 })
  test('a specialism with ?nation=scotland shows Scotland’s figures or says they are not sourced, with nation and year', async ({ page }) => {
    const problems = watchForErrors(page)
    await page.goto('/specialisms/audiology/?nation=scotland')
    const section = page.locator('section.specialism-pay')
    await section.scrollIntoViewIfNeeded()
    await expect(section.getByRole('heading', { name: 'Pay in Scotland' })).toBeVisible()
    await expect(section.getByRole('link', { name: 'Scotland', exact: true })).toHaveAttribute('aria-current', 'true')
    if (scotland.table) {
      await expect(section).toContainText(`Scotland, ${scotland.table.year}`)
      await expect(section.locator('dl')).toContainText('£')
    } else {
      const notice = section.getByTestId('nation-pay-not-sourced')
      await expect(notice).toContainText('Pay in Scotland: figures not sourced')
      for (const award of scotland.awards) await expect(notice).toContainText(`Scotland, ${award.year}:`)
      await expect(notice).toContainText('3.75%')
      // Bands only: England's figures never stand in for Scotland's.
      await expect(section.locator('dl')).toContainText('band 2')
      await expect(section.locator('dl')).not.toContainText('£')
      await expect(page.locator('.pathway__steps')).not.toContainText('£')
      await expect(page.locator('.pathway__steps')).toContainText('Pay (Scotland: no figures)')
    }
    await expectNoAxeViolations(page)
    // The way to Scotland's section on /pathways/.
    await section.getByRole('link', { name: /work in Scotland/ }).click()
    await expect(page).toHaveURL(/\/pathways\/#nation-scotland$/)
    await expect(page.locator('#nation-scotland')).toBeInViewport()
    expect(problems).toEqual([])
  })

  test('England is the default; an unknown nation is left out with a quiet notice', async ({ page }) => {
    await page.goto('/specialisms/audiology/?nation=mars')
    const section = page.locator('section.specialism-pay')
    await expect(section.locator('.specialism-pay__ignored')).toContainText('nation=mars')
    await expect(section.getByRole('heading', { name: 'Pay in England' })).toBeVisible()
    await expect(section).toContainText(`England, ${pay.year}`)
    await expect(section.locator('dl')).toContainText('£')
    await section.getByRole('link', { name: 'Wales', exact: true }).click()
    await expect(page).toHaveURL(/\/specialisms\/audiology\/\?nation=wales$/)
    await expect(section.getByRole('heading', { name: 'Pay in Wales' })).toBeVisible()
    await section.getByRole('link', { name: 'England', exact: true }).click()
    await expect(page).toHaveURL(/\/specialisms\/audiology\/$/)
  })

  test('/pathways/ has a section for each nation: the same, what differs, where to apply, with sources', async ({ page }) => {
    const problems = watchForErrors(page)
    await page.goto('/pathways/')
    const sections = page.locator('section.nation')
    await expect(sections).toHaveCount(4)
    await expect(sections.locator('h3')).toHaveText(['England', 'Scotland', 'Wales', 'Northern Ireland'])
    for (const section of await sections.all()) {
      await expect(section.locator('h4')).toHaveText(['What is the same', 'What differs', 'Where to apply', 'Pay on this site'])
      for (const item of await section.locator('li').all()) {
        expect(await item.locator('a[href^="http"]').count(), await item.innerText()).toBeGreaterThan(0)
      }
    }
    await expect(page.locator('#nation-england')).toContainText(`England, ${pay.year}`)
    await expect(page.locator('#nation-wales')).toContainText('figures not sourced')
    await expectNoAxeViolations(page)
    expect(problems).toEqual([])
  })

  test('compare shows the pay specific to each specialism', async ({ page }) => {
    await page.goto('/compare/?s=audiology,phlebotomy')
    const row = page.locator('tbody tr').filter({ has: page.locator('th', { hasText: `Pay (England, ${pay.year})` }) })
    await expect(row.locator('td').nth(0)).toContainText('To start: healthcare science assistant, band 2', { timeout: 30_000 })
    await expect(row.locator('td').nth(0)).toContainText('Qualified: clinical scientist, band 7')
    await expect(row.locator('td').nth(1)).toContainText('To start: healthcare science assistant, band 2')
    await expect(row.locator('td').nth(1)).toContainText('Qualified: healthcare science associate, band 3')
  })
})
