// Specialism pages, pathways, compare, shortlist and sharing: the journeys a student, a teacher
// and an adviser take, in Chromium, with axe on every page.
import { readdirSync } from 'node:fs'
import { expect, test, type Page } from './fixtures'
import { qrPath } from '../../src/lib/qr'
import { expectNoAxeViolations, watchForErrors } from './helpers'

async function addToShortlist(page: Page, id: string) {
  await page.goto(`/specialisms/${id}/`)
  // The QR code is drawn once the page is running, so the buttons work from here on.
  await expect(page.getByRole('img', { name: /^QR code for / })).toBeVisible()
  await page.getByRole('button', { name: 'Add to shortlist' }).click()
  await expect(page.getByRole('button', { name: 'Remove from shortlist' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'to your shortlist' })).toBeVisible()
}

test('shortlist two, open the shortlist, and a share link shows the same list in a fresh browser', async ({ page, browser }) => {
  test.setTimeout(60_000)
  const problems = watchForErrors(page)
  await addToShortlist(page, 'audiology')
  await addToShortlist(page, 'cardiac-science')
  await page.goto('/shortlist/')
  const own = page.getByRole('main').getByRole('heading', { level: 3 })
  await expect(own).toHaveText(['Audiology', 'Cardiac science'])

  await page.getByRole('button', { name: 'Move up Cardiac science' }).click()
  await expect(own).toHaveText(['Cardiac science', 'Audiology'])
  await expect(page.getByRole('button', { name: 'Move down Cardiac science' })).toBeFocused()
  await page.reload()
  await expect(own).toHaveText(['Cardiac science', 'Audiology'])

  const shareUrl = await page.getByRole('region', { name: 'Share your shortlist' }).getByRole('link').getAttribute('href')
  expect(shareUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/shortlist\/\?s=cardiac-science,audiology$/)

  const fresh = await browser.newContext()
  const other = await fresh.newPage()
  await other.goto(shareUrl!)
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('A shortlist shared with you')
  await expect(other.getByRole('main').getByRole('heading', { level: 3 })).toHaveText(['Cardiac science', 'Audiology'])
  await expectNoAxeViolations(other)
  await other.getByRole('button', { name: 'Save to my shortlist' }).click()
  await expect(other.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()
  await other.getByRole('link', { name: 'See your shortlist' }).click()
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Your shortlist')
  await expect(other.getByRole('main').getByRole('heading', { level: 3 })).toHaveText(['Cardiac science', 'Audiology'])
  await fresh.close()
  expect(problems).toEqual([])
})

test('compare three from the shortlist, remove one, add one with the search picker', async ({ page }) => {
  test.setTimeout(60_000)
  for (const id of ['audiology', 'haematology', 'cardiac-science']) await addToShortlist(page, id)
  await page.goto('/shortlist/')
  await page.getByRole('link', { name: 'Compare these' }).click()
  await expect(page).toHaveURL(/\/compare\/\?s=audiology,haematology,cardiac-science$/)
  const table = page.getByRole('table')
  await expect(table.getByRole('columnheader')).toHaveText([/Audiology/, /Haematology/, /Cardiac science/])
  // What is the same for all three (here, pay) is folded under one line: open it to see every row.
  await page.getByRole('button', { name: /^Same for all three: / }).click()
  for (const row of ['Grouping', 'Patient contact', 'Where you work', 'School subjects that help', 'Ways in', /^Pay \(England/, 'Registration']) {
    await expect(table.getByRole('rowheader', { name: row })).toBeVisible()
  }
  await expect(table.getByRole('rowheader', { name: 'What does an average day look like for you?' })).toBeVisible()
  await expect(table).toContainText('Editorial answer:')
  await expect(page.getByText('You are comparing three, the most at once.')).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByRole('button', { name: 'Remove Haematology' }).click()
  await expect(page).toHaveURL(/\/compare\/\?s=audiology,cardiac-science$/)
  await page.getByRole('searchbox').fill('x-ray')
  await page.getByRole('list').getByRole('button', { name: /^Add / }).first().click()
  await expect(table.getByRole('columnheader')).toHaveCount(3)
  await expect(page).toHaveURL(/\/compare\/\?s=audiology,cardiac-science,[a-z-]+$/)
})

test('a compare link with unknown or too many ids drops them with a notice, as text', async ({ page }) => {
  await page.goto('/compare/?s=audiology,%3Cimg%20src%3Dx%3E,virology,haematology,cardiac-science')
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(3)
  const notice = page.getByRole('status').filter({ hasText: 'we left' })
  await expect(notice).toContainText('“<img src=x>”')
  await expect(notice).toContainText('so we left out Cardiac science')
  await expect(page.locator('main img')).toHaveCount(0)
})

test('copy link puts the page address on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/specialisms/audiology/')
  await expect(page.getByRole('img', { name: 'QR code for Audiology page' })).toBeVisible()
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible()
  expect(await page.evaluate('navigator.clipboard.readText()')).toBe(page.url())
})

test('the QR code encodes the page’s absolute address', async ({ page }) => {
  await page.goto('/specialisms/cardiac-science/')
  const qr = page.getByRole('img', { name: 'QR code for Cardiac science page' })
  await expect(qr).toBeVisible()
  const href = String(await page.evaluate('window.location.href'))
  expect(href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/specialisms\/cardiac-science\/$/)
  expect(await qr.getAttribute('data-qr-text')).toBe(href)
  // Independent of the page's own code: encode the address here and compare the drawn modules.
  expect(await qr.locator('path').getAttribute('d')).toBe(qrPath(href).d)
})

test('print: each handout (page, pathway and QR) fits one A4 sheet, without header, footer or buttons', async ({ page }) => {
  test.setTimeout(240_000)
  await page.goto('/specialisms/audiology/')
  await expect(page.getByRole('img', { name: /^QR code for / })).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('region', { name: /^Your pathway into / })).toBeVisible()
  await expect(page.getByRole('img', { name: /^QR code for / })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
  await expect(page.getByRole('contentinfo')).toBeHidden()
  await expect(page.getByRole('button', { name: 'Print handout' })).toBeHidden()
  await expect(page.getByRole('heading', { name: 'Questions and answers' })).toBeHidden()
  // Every specialism: the longest pathway and summary decide whether the sheet is full.
  const ids = readdirSync(new URL('../../data/specialisms/', import.meta.url)).map((file) => file.replace(/\.json$/, ''))
  const over: string[] = []
  for (const id of ids) {
    await page.emulateMedia({ media: 'screen' })
    await page.goto(`/specialisms/${id}/`)
    await expect(page.getByRole('img', { name: /^QR code for / })).toBeVisible()
    await page.emulateMedia({ media: 'print' })
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true })
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
    if (pages !== 1) over.push(`${id}: ${pages} pages`)
  }
  expect(ids.length).toBeGreaterThan(0)
  expect(over).toEqual([])
})

test('a specialism page shows the job, the way in with pay and its source, and answers labelled as editorial', async ({ page }) => {
  await page.goto('/specialisms/audiology/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audiology')
  await expect(page.getByRole('main').getByRole('link', { name: 'Physiological sciences' })).toBeVisible()
  for (const name of ['What you do', 'How to get in', 'Pay', 'The work, day to day', 'School subjects that help', 'Skills you use', 'Questions and answers', 'Related specialisms', 'Sources']) {
    await expect(page.getByRole('heading', { level: 2, name: name === 'Sources' ? /^Sources \(\d+\)$/ : name, exact: true })).toBeVisible()
  }
  const pathway = page.getByRole('region', { name: 'Your pathway into Audiology' })
  await expect(pathway.getByRole('listitem').filter({ hasText: 'Clinical scientist' }).first()).toContainText(/£\d{2},\d{3} to £\d{2},\d{3} a year/)
  await expect(pathway).toContainText('2025/26')
  await expect(pathway).toContainText('3.3%')
  // Each answer is folded under its question: one tap opens it.
  await page.getByRole('heading', { level: 3, name: 'What does an average day look like for you?' }).click()
  await expect(page.locator('details[open]').getByText('Editorial answer, written from the sources below')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Sources' })).toContainText(/Last reviewed \d{1,2} [A-Z][a-z]+ \d{4}/)
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Audiology')
  // Its own link-preview image; no canonical link, as this build has no SITE_URL (README: deploy).
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/og\/specialisms\/audiology\.png$/)
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0)
})

// The text pages' parts stay prerendered HTML until touched (composables/deferredHydration): the first
// tap on a link in one is an in-app navigation, with no page error or hydration warning.
for (const [path, prepare, link, heading] of [
  ['/teach/', null, /^Worksheet to print: Find your specialism/, /Find your specialism/],
  ['/pathways/', /specialisms? a source names for this route/, 'Clinical perfusion science', 'Clinical perfusion science'],
  ['/about/', null, 'Healthcare Science Week kit', /Healthcare Science Week/],
] as const) {
  test(`a link in a part of ${path} that has not come to life yet works at the first tap, in the app`, async ({ page }) => {
    const problems = watchForErrors(page)
    await page.goto(path)
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' })
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true))
    if (prepare) {
      const summaries = page.locator('summary').filter({ hasText: prepare })
      for (const summary of await summaries.all()) await summary.click()
    }
    await page.getByRole('link', { name: link }).first().click()
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed), 'an in-app navigation, not a page load').toBe(true)
    expect(problems).toEqual([])
  })
}

const AXE_PATHS = [
  '/specialisms/audiology/',
  '/specialisms/clinical-perfusion-science/',
  '/specialisms/not-a-real-one/',
  '/groupings/',
  '/groupings/laboratory-sciences/',
  '/pathways/',
  '/pathways/?for=cardiac-science',
  '/compare/',
  '/compare/?s=audiology,haematology,nope',
  '/shortlist/',
  '/shortlist/?s=audiology,haematology',
]

for (const width of [375, 1280]) {
  for (const path of AXE_PATHS) {
    test(`axe finds no violation, and nothing scrolls sideways, on ${path} at ${width}px`, async ({ page }) => {
      // A saved shortlist, so /shortlist/ shows its list, buttons and share link.
      await page.addInitScript(`localStorage.setItem('hcs-careers:shortlist', '{"v":1,"ids":["audiology","haematology"]}')`)
      await page.setViewportSize({ width, height: 900 })
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await page.waitForLoadState('networkidle')
      await expectNoAxeViolations(page)
      expect(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')).toBeLessThanOrEqual(0)
    })
  }
}
