// The specialism page as a student on a phone meets it: what they ask first on the first screen, a
// page a few screens long with the rest one tap away, every term explained where it first appears,
// links big enough to tap, and no QR code or print button where they are no use.
import { readdirSync, readFileSync } from 'node:fs'
import { expect, test } from './fixtures'
import { expectNoAxeViolations, watchForErrors } from './helpers'

const ids = readdirSync(new URL('../../data/specialisms/', import.meta.url)).map((file) => file.replace(/\.json$/, ''))
type Term = { id: string; term: string; full?: string; match?: string[] }
const glossary = JSON.parse(readFileSync(new URL('../../data/glossary.json', import.meta.url), 'utf8')) as Term[]
const PHONE = { width: 375, height: 812 }

test('every specialism page explains each glossary term where it first appears, with a link to the glossary', async ({ page }) => {
  // The prerendered pages, as a reader gets them (no script needed), parsed here rather than loaded
  // one by one: the same HTML, 55 times faster. Left out: print-only text, the sources list, whose
  // titles are other documents' names, and the real stories (.voices: their owner's part, still to do). A term is linked to the glossary, or is inside another
  // link (a route's name, which cannot hold a second link): an abbreviation needs its <abbr title>
  // either way.
  await page.goto('/glossary/')
  const problems = await page.evaluate(
    async ({ ids, glossary }) => {
      const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      const patterns = glossary.map((term) => ({
        term,
        // Abbreviations are whole words in capitals ("STP", not "stop"); other terms in any case.
        pattern: new RegExp(`(?<![\\p{L}\\p{N}&-])(?:${(term.match ?? [term.term]).map(escape).join('|')})(?![\\p{L}\\p{N}&])`, term.full ? 'u' : 'iu'),
      }))
      const found: string[] = []
      let checked = 0
      for (const id of ids) {
        const doc = new DOMParser().parseFromString(await (await fetch(`/specialisms/${id}/`)).text(), 'text/html')
        const main = doc.querySelector('main')
        if (!main) {
          found.push(`${id}: no main`)
          continue
        }
        main.querySelectorAll('.handout__print-only, .sources, .voices').forEach((element) => element.remove())
        const texts: Text[] = []
        const walker = doc.createTreeWalker(main, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text)
        for (const { term, pattern } of patterns) {
          const first = texts.find((text) => pattern.test(text.data))
          if (!first) continue
          checked++
          const at = first.parentElement!
          const title = at.closest('abbr[title]')?.getAttribute('title')
          const inLink = at.closest('a') !== null
          // "Institute of Biomedical Science (IBMS)": the full name in the text explains it too.
          const spelledOut = term.full !== undefined && first.data.toLowerCase().includes(term.full.toLowerCase())
          const missing = [
            ...(term.full && title !== term.full && !spelledOut ? [`no <abbr title="${term.full}">`] : []),
            ...(inLink ? [] : ['no glossary link']),
          ]
          if (missing.length) found.push(`${id}: ${term.term} first in “${first.data.trim().slice(0, 50)}”: ${missing.join(', ')}`)
        }
      }
      return { found, checked }
    },
    { ids, glossary },
  )
  expect(problems.found).toEqual([])
  expect(problems.checked).toBeGreaterThan(ids.length * 3)
})

test('on a phone, what you do, how to get in and pay are on the first screen, and the page is a few screens long', async ({ page }) => {
  await page.setViewportSize(PHONE)
  // The longest page before (clinical embryology: 13,667 px at 375) and the page-weight example.
  for (const id of ['clinical-embryology', 'audiology']) {
    await page.goto(`/specialisms/${id}/`)
    for (const name of ['What you do', 'How to get in', 'Pay']) {
      const heading = page.getByRole('heading', { level: 2, name, exact: true })
      const box = (await heading.boundingBox())!
      expect(box.y + box.height, `${id}: ${name}`).toBeLessThanOrEqual(PHONE.height)
    }
    // The first line of pay (the band you usually start on) shows too.
    const start = (await page.locator('.glance__pay li').first().boundingBox())!
    expect(start.y + start.height).toBeLessThanOrEqual(PHONE.height)
    // Before: clinical embryology 13,667 px (17 screens). Now 7 to 8 screens, not counting the real
    // stories section (.voices, its own owner's part; up to about 1,700 px more where a specialism has stories).
    const height = await page.evaluate(() => document.documentElement.scrollHeight - (document.querySelector('.voices')?.getBoundingClientRect().height ?? 0))
    expect(height, id).toBeLessThanOrEqual(8 * PHONE.height)
  }
})

test('the folded parts open with one tap: a question, the routes to ask about and the sources, grouped by publisher', async ({ page }) => {
  const problems = watchForErrors(page)
  await page.setViewportSize(PHONE)
  await page.goto('/specialisms/clinical-embryology/')
  const sources = page.getByRole('region', { name: /^Sources/ })
  await expect(sources.getByRole('link').first()).toBeHidden()
  await page.getByText(/^Sources \(\d+\)$/).click()
  await expect(sources.getByRole('link').first()).toBeVisible()
  const publishers = await sources.locator('.sources__publisher').allInnerTexts()
  expect(new Set(publishers).size).toBe(publishers.length)
  // A page about another specialism, used only for the pay bands, says so.
  await expect(sources.locator('#source-h09')).toContainText('Ophthalmic and vision science')
  await expect(sources.locator('#source-h09')).toContainText('General: for the pay bands')
  const question = page.getByRole('heading', { level: 3, name: 'What advice would you give students who want to work in the NHS?' })
  await question.click()
  await expect(page.locator('details[open]').getByText('Editorial answer, written from the sources below')).toBeVisible()
  await page.getByRole('heading', { name: /^Routes to ask about/ }).click()
  await expect(page.locator('.theme-routes__list a').first()).toBeVisible()
  expect(problems).toEqual([])
})

test('small links have tap areas of at least 24 by 24 px on a phone', async ({ page }) => {
  await page.setViewportSize(PHONE)
  await page.goto('/specialisms/clinical-embryology/')
  // Open what is folded, so its links have a size.
  for (const summary of await page.locator('main summary').all()) await summary.click()
  const selectors = [
    '.intro__where a', // the breadcrumb back to the grouping
    '.glance a',
    '.step__routes a', // the STP and HSST links on the pathway
    '.theme-routes__list a',
    '.specialism-pay__more',
    '.qa__from a', // "From:" links
    '.sources__list a',
  ]
  const small: string[] = []
  for (const selector of selectors) {
    const links = page.locator(selector)
    expect(await links.count(), selector).toBeGreaterThan(0)
    for (const link of await links.all()) {
      for (const box of await link.evaluate((a) => [...a.getClientRects()].map((r) => ({ width: r.width, height: r.height })))) {
        if (box.width < 24 || box.height < 24) small.push(`${selector} “${await link.innerText()}”: ${Math.round(box.width)}×${Math.round(box.height)}`)
      }
    }
  }
  expect(small).toEqual([])
})

test('on a phone the QR code and Print handout are hidden and their code never loads; on a wider screen both show', async ({ page }) => {
  const scripts: string[] = []
  page.on('request', (request) => void (request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname)))
  await page.setViewportSize(PHONE)
  await page.goto('/specialisms/audiology/')
  await page.waitForLoadState('networkidle')
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Print handout' })).toBeHidden()
  await expect(page.locator('.qr')).toBeHidden()
  expect(scripts.filter((path) => /\/qr-[\w-]+\.js$/.test(path))).toEqual([])
  // Answers, related and sources load their code only when scrolled near.
  expect(scripts.filter((path) => /\/Specialism(Answers|Related|Sources)-/.test(path))).toEqual([])
  await page.getByText(/^Sources \(\d+\)$/).scrollIntoViewIfNeeded()
  await expect.poll(() => scripts.some((path) => /\/SpecialismSources-/.test(path))).toBe(true)
  await page.setViewportSize({ width: 1280, height: 800 })
  await expect(page.getByRole('img', { name: 'QR code for Audiology page' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Print handout' })).toBeVisible()
})

test('axe finds no violation on a specialism page with everything unfolded, on a phone', async ({ page }) => {
  await page.setViewportSize(PHONE)
  await page.goto('/specialisms/clinical-embryology/')
  for (const summary of await page.locator('main summary').all()) await summary.click()
  await page.waitForLoadState('networkidle')
  await expectNoAxeViolations(page)
})

test('on a phone that has a shortlist, a specialism on it says so without a tap (its actions come to life when idle)', async ({ page }) => {
  await page.setViewportSize(PHONE)
  await page.addInitScript(() => localStorage.setItem('hcs-careers:shortlist', JSON.stringify({ v: 1, ids: ['audiology'] })))
  await page.goto('/specialisms/audiology/')
  await expect(page.getByRole('button', { name: 'Remove from shortlist' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'See your shortlist' })).toBeVisible()
})
