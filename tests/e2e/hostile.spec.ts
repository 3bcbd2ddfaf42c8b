// Hostile input stays harmless: script in parameters and ids, very long and repeated parameters,
// encoded slashes, and garbled localStorage. Each page shows a friendly notice or the nearest right
// page, with no page error and no script run (the fixture also fails on any CSP violation), and a
// shortlist that was valid stays intact.
import { expect, test, type Page } from './fixtures'
// The key src/stores/shortlist.ts uses (importing the store would pull in the app's data modules).
const SHORTLIST_KEY = 'hcs-careers:shortlist'

const SCRIPT = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1"><svg onload="window.__pwned=1">`
const LONG = 'a'.repeat(10_000)
const JUNK_LIST = Array.from({ length: 2000 }, (_, i) => `x${i}`).join(',')

function watch(page: Page) {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`)
    void dialog.dismiss()
  })
  return errors
}

async function expectHarmless(page: Page, errors: string[]) {
  await expect(page.locator('h1').first()).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  expect(await page.locator('main img[src="x"], main svg[onload]').count()).toBe(0)
  expect(errors).toEqual([])
}

const cases: [string, string, RegExp][] = [
  ['script in q', `/?q=${encodeURIComponent(SCRIPT)}`, /Explore/],
  ['script in sel', `/?sel=${encodeURIComponent(SCRIPT)}`, /Explore/],
  ['script in a filter', `/?group=${encodeURIComponent(SCRIPT)}&open=${encodeURIComponent(SCRIPT)}`, /Explore/],
  ['script in a specialism id', `/specialisms/${encodeURIComponent(SCRIPT)}/`, /can’t find/],
  ['script in compare ids', `/compare/?s=audiology,${encodeURIComponent(SCRIPT)}`, /Compare/],
  ['script in a shared shortlist', `/shortlist/?s=${encodeURIComponent(SCRIPT)}`, /shared with you/],
  ['script in pathways', `/pathways/?for=${encodeURIComponent(SCRIPT)}`, /./],
  ['10,000-character q', `/?q=${LONG}`, /Explore/],
  // One long parameter at a time: servers refuse request lines over about 16 KB before the app sees them.
  ['10,000-character sel', `/?sel=${LONG}`, /Explore/],
  ['10,000-character filter', `/?group=${LONG.replace(/a{10}/g, 'aaaaaaaaa,')}`, /Explore/],
  ['10,000-character compare list', `/compare/?s=${JUNK_LIST},audiology`, /Compare/],
  ['10,000-character id in the path', `/specialisms/${LONG}/`, /can’t find/],
  ['unknown and repeated parameters', '/?q=heart&q=lung&group=x&group=laboratory-sciences&utm_source=a&__proto__=1&constructor=2', /Explore/],
  ['repeated compare lists', '/compare/?s=audiology&s=cardiac-science&s=audiology&toString=1', /Compare/],
  ['encoded slashes in an id', '/specialisms/audiology%2F..%2F..%2Fabout/', /can’t find|Audiology/],
  ['encoded slashes in compare', '/compare/?s=audiology%2Fcardiac-science,..%2F..%2Fabout', /Compare/],
]

for (const [name, url, heading] of cases) {
  test(`${name}: harmless, with a page that makes sense`, async ({ page }) => {
    const errors = watch(page)
    await page.goto(url)
    await expectHarmless(page, errors)
    await expect(page.locator('h1').first()).toContainText(heading)
    // Nothing from the URL is shown as markup, and a notice stays short.
    const mainText = (await page.locator('main').innerText()).length
    // /pathways/ itself is about 28,500 characters with its four nation sections.
    expect(mainText).toBeLessThan(40_000)
  })
}

test('a notice says what was left out, as text', async ({ page }) => {
  const errors = watch(page)
  await page.goto(`/compare/?s=audiology,${encodeURIComponent('<b>bold</b>')}`)
  await expectHarmless(page, errors)
  await expect(page.getByRole('status').filter({ hasText: 'we do not know' })).toContainText('<b>bold</b>')
  expect(await page.locator('main b').count()).toBe(0)
})

test('every localStorage value garbled: no page breaks, and the shortlist recovers', async ({ page }) => {
  test.setTimeout(600_000)
  const errors = watch(page)
  await page.goto('/')
  await expect(page.locator('h1')).toBeVisible()
  // A valid shortlist, and whatever else the app keeps on this device.
  await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ v: 1, ids: ['audiology', 'cardiac-science'] })), SHORTLIST_KEY)
  for (const path of ['/specialisms/audiology/', '/shortlist/', '/compare/?s=audiology,cardiac-science']) {
    await page.goto(path)
    await page.waitForLoadState('networkidle')
  }
  const keys = await page.evaluate(() => Object.keys(localStorage))
  const others = keys.filter((key) => key !== SHORTLIST_KEY)
  const garbage = ['{', 'null', '[]', '{"ids":"audiology"}', '{"__proto__":{"polluted":1}}', SCRIPT, '\u0000\uffff', 'x'.repeat(100_000)]
  const pages = ['/', '/specialisms/audiology/', '/compare/?s=audiology,cardiac-science']

  // Every other value garbled, in every way: the valid shortlist is untouched and still shown.
  for (const value of garbage) {
    await page.evaluate(({ list, value }) => list.forEach((key) => localStorage.setItem(key, value)), { list: others, value })
    for (const path of pages) {
      await page.goto(path)
      await expectHarmless(page, errors)
    }
    await page.goto('/shortlist/')
    await expect(page.getByRole('main').getByRole('link', { name: 'Audiology' }).first()).toBeVisible()
    expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), SHORTLIST_KEY))!).ids).toEqual(['audiology', 'cardiac-science'])
    expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined()
  }

  // The shortlist itself garbled: an empty list and a page that says so, never an error.
  for (const value of [...garbage, JSON.stringify({ v: 1, ids: ['audiology', SCRIPT, 42, null, 'audiology'] })]) {
    await page.evaluate(({ list, value }) => list.forEach((key) => localStorage.setItem(key, value)), { list: keys, value })
    await page.goto('/shortlist/')
    await expectHarmless(page, errors)
    await expect(page.getByRole('main')).toContainText(/Your shortlist is empty|Audiology/)
  }
  // A hostile shared list never overwrites the one on this device.
  await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ v: 1, ids: ['audiology'] })), SHORTLIST_KEY)
  await page.goto(`/shortlist/?s=${encodeURIComponent(SCRIPT)},${JUNK_LIST}`)
  await expectHarmless(page, errors)
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), SHORTLIST_KEY))!).ids).toEqual(['audiology'])
})
