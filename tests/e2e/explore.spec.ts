// The explore page as a whole (/): Back steps through what the reader did and never leaves the site,
// names that match what is shown, results first while searching, a tree that fits a projector, a view
// that can be shared, and a keyboard path that is short.
import { expect, test, type Page } from './fixtures'
import { expectNoAxeViolations, watchForErrors } from './helpers'

const box = (page: Page) => page.getByRole('searchbox', { name: 'Search specialisms' })
const item = (page: Page, id: string) => page.locator(`[role="treeitem"][data-id="${id}"]`)
const results = (page: Page) => page.getByRole('list', { name: 'Matching specialisms' }).getByRole('listitem')
const search = (page: Page) => new URL(page.url()).search

async function openExplore(page: Page, path = '/') {
  await page.goto(path)
  await expect(page.locator('.specialism-tree[data-ready="true"]')).toBeAttached()
}

test('Back closes the preview, then shows the page before the search, and never leaves the site', async ({ page }) => {
  const problems = watchForErrors(page)
  await openExplore(page)
  await box(page).pressSequentially('heart', { delay: 60 })
  await expect.poll(() => search(page)).toBe('?q=heart')
  await item(page, 'cardiac-science').click()
  await expect.poll(() => search(page)).toBe('?q=heart&sel=cardiac-science')
  await expect(page.locator('.tree-preview h2')).toHaveText('Cardiac science')

  await page.goBack()
  await expect.poll(() => search(page)).toBe('?q=heart')
  await expect(page.locator('.tree-preview')).toHaveCount(0)
  await expect(box(page)).toHaveValue('heart')
  await expect(results(page).first()).toContainText('Cardiac science')

  await page.goBack()
  await expect.poll(() => search(page)).toBe('')
  expect(new URL(page.url()).pathname).toBe('/')
  await expect(box(page)).toHaveValue('')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explore healthcare science careers')
  expect(problems).toEqual([])
})

test('a burst of typing is one history entry; each filter, view and grouping is one more', async ({ page }) => {
  await openExplore(page)
  await box(page).pressSequentially('hea', { delay: 60 })
  await expect.poll(() => search(page)).toBe('?q=hea')
  await box(page).pressSequentially('rt', { delay: 60 })
  await expect.poll(() => search(page)).toBe('?q=heart')
  await page.getByRole('checkbox', { name: /Lots of patient contact/ }).check()
  await expect.poll(() => search(page)).toBe('?q=heart&contact=high')
  await page.getByRole('link', { name: 'Tree', exact: true }).click()
  await expect.poll(() => search(page)).toBe('?q=heart&contact=high&view=tree')
  await item(page, 'bioinformatics').click()
  await expect.poll(() => search(page)).toBe('?q=heart&contact=high&view=tree&open=bioinformatics')
  for (const expected of ['?q=heart&contact=high&view=tree', '?q=heart&contact=high', '?q=heart', '']) {
    await page.goBack()
    await expect.poll(() => search(page)).toBe(expected)
  }
  expect(new URL(page.url()).origin).toMatch(/^http:\/\/127\.0\.0\.1/)
})

test('names start with what is shown, no link lacks an address, and axe passes with 4.14', async ({ page }) => {
  test.setTimeout(240_000)
  for (const path of ['/', '/?q=heart', '/specialisms/cardiac-science/']) {
    await page.goto(path)
    await page.waitForLoadState('networkidle')
    await expect(page.locator('a:not([href])'), path).toHaveCount(0)
    await expectNoAxeViolations(page)
  }
  // Each tree item's accessible name starts with the words drawn on the screen.
  await openExplore(page, '/?q=heart&open=laboratory-sciences,medical-physics-and-clinical-engineering')
  const names = await page.locator('[role="treeitem"]:visible').evaluateAll((els) =>
    els.map((el) => ({ label: el.getAttribute('aria-label') ?? '', text: [...el.querySelectorAll('text')].map((t) => t.textContent).join('') })),
  )
  expect(names.length).toBeGreaterThan(40)
  const words = (s: string) => s.toLowerCase().replace(/[^a-z0-9()]+/g, ' ').trim()
  for (const { label, text } of names) expect(words(label).startsWith(words(text)), `${label} / ${text}`).toBe(true)
})

test('at 375 px a search shows its first result on the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 })
  await openExplore(page, '/?q=babies')
  const first = results(page).first()
  await expect(first).toBeVisible()
  const heading = (await first.getByRole('heading').boundingBox())!
  expect(heading.y + heading.height).toBeLessThanOrEqual(667)
  // The tree is below the list, one tap away.
  await expect(page.getByRole('link', { name: 'Tree', exact: true })).toBeInViewport()
})

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`at ${width}×${height} the fully open tree fits the window after Fit, and zoom enlarges its frame`, async ({ page }) => {
    await page.setViewportSize({ width, height })
    await openExplore(page, '/?view=tree')
    await page.getByRole('button', { name: 'Open all groups' }).click()
    const svg = page.locator('svg.specialism-tree__svg')
    const natural = (await svg.boundingBox())!
    const viewBox = await svg.getAttribute('viewBox')
    expect(natural.height).toBeGreaterThan(height)
    await page.getByRole('button', { name: 'Fit the whole tree' }).click()
    await expect.poll(async () => (await svg.boundingBox())!.height).toBeLessThan(height)
    const fitted = (await svg.boundingBox())!
    expect(fitted.y).toBeGreaterThanOrEqual(0)
    expect(fitted.y + fitted.height).toBeLessThanOrEqual(height)
    expect(fitted.x).toBeGreaterThanOrEqual(0)
    expect(fitted.x + fitted.width).toBeLessThanOrEqual(width)
    // Every item is inside the window too.
    const items = await page.locator('[role="treeitem"] > rect').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))
    for (const r of items) expect(r.y >= 0 && r.bottom <= height && r.x >= 0 && r.right <= width).toBe(true)
    // Zooming in makes the frame itself larger (nothing is cut off: the whole drawing stays inside it).
    await page.getByRole('button', { name: 'Zoom in' }).click()
    // within a pixel: the frame's width is rounded to whole pixels
    await expect.poll(async () => Math.abs((await svg.boundingBox())!.width - fitted.width * 1.5)).toBeLessThanOrEqual(1)
    expect(await svg.getAttribute('viewBox')).toBe(viewBox)
  })
}

test('the full view is a link: the tree alone, without the filters, and back again', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await openExplore(page, '/?q=heart')
  await page.getByRole('link', { name: 'Full view' }).click()
  await expect.poll(() => search(page)).toBe('?q=heart&full=1')
  await expect(page.getByRole('checkbox')).toHaveCount(0)
  await expect(box(page)).toHaveCount(0)
  await expect(item(page, 'cardiac-science')).toHaveClass(/is-match/)
  const frame = (await page.locator('.specialism-tree__frame').boundingBox())!
  expect(frame.width).toBeGreaterThan(1200)
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Leave full view' }).click()
  await expect.poll(() => search(page)).toBe('?q=heart')
  await expect(box(page)).toHaveValue('heart')
})

test('"Copy link" copies the exact view; the QR code loads when asked for', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.setViewportSize({ width: 1280, height: 800 })
  const qrRequests: string[] = []
  page.on('request', (r) => /\/qr-|SpecialismQrCode/.test(r.url()) && qrRequests.push(r.url()))
  await openExplore(page, '/?q=heart&contact=high')
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url())
  expect(new URL(page.url()).search).toBe('?q=heart&contact=high')
  await page.waitForLoadState('networkidle')
  expect(qrRequests).toEqual([])
  await page.getByRole('button', { name: 'QR code' }).click()
  await expect(page.getByRole('img', { name: 'QR code for this view of the explorer' })).toHaveAttribute('data-qr-text', page.url())
  await expectNoAxeViolations(page)
  // On a phone there is nobody to scan it.
  await page.setViewportSize({ width: 375, height: 700 })
  await expect(page.getByRole('button', { name: 'QR code' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible()
})

test('keyboard: Skip to results, one stop per filter group, one stop for the tree, focus back after Back', async ({ page }) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1280, height: 800 })
  await openExplore(page, '/?q=heart')
  await box(page).focus()
  // From the search box to the first result in a few presses.
  const presses: string[] = []
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab')
    const name = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')
    presses.push(name)
    if (name === 'Skip to results') break
  }
  expect(presses).toContain('Skip to results')
  await page.keyboard.press('Enter')
  await expect(page.locator('#results-title')).toBeFocused()
  // A few stops: the view switch, Copy link and Present this selection come before the first result.
  for (let i = 0; i < 7 && !(await page.evaluate(() => !!document.activeElement?.closest('.result-list'))); i++) await page.keyboard.press('Tab')
  await expect(results(page).first().getByRole('link')).toBeFocused()

  // The filter panel: one Tab stop per facet group, arrows move within a group.
  await page.getByRole('checkbox', { name: /Laboratory sciences/ }).focus()
  const facets = await page.locator('fieldset.facet').count()
  const stops: string[] = []
  for (let i = 0; i < facets + 3; i++) {
    await page.keyboard.press('Tab')
    stops.push(await page.evaluate(() => (document.activeElement as HTMLInputElement).name ?? ''))
  }
  expect(stops.slice(0, facets - 1)).toEqual(['contact', 'setting', 'subject', 'entry'])
  await page.getByRole('checkbox', { name: /Laboratory sciences/ }).focus()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('checkbox', { name: /Physiological sciences/ })).toBeFocused()

  // The tree: a single Tab stop; ArrowDown from the first grouping goes to the second.
  await page.goto('/?view=tree')
  await expect(page.locator('.specialism-tree[data-ready="true"]')).toBeAttached()
  await page.getByRole('button', { name: 'Fit the whole tree' }).focus()
  await page.keyboard.press('Tab')
  await expect(item(page, 'laboratory-sciences')).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(item(page, 'physiological-sciences')).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(page.getByRole('button', { name: 'Fit the whole tree' })).toBeFocused()

  // Enter on a specialism opens its page; Back puts focus on that item again.
  await item(page, 'physiological-sciences').focus()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  const id = await page.evaluate(() => document.activeElement?.getAttribute('data-id'))
  expect(id).toBeTruthy()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/specialisms/${id}/$`))
  await page.goBack()
  await expect(item(page, id ?? '')).toBeFocused()
})

test('on a phone the key hints are left out and the explore page targets are at least 24 px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 })
  await openExplore(page, '/?q=heart')
  await expect(page.locator('.tree-legend__hint')).toBeHidden()
  await page.getByRole('button', { name: /^Filters/ }).click()
  const small = await page.locator('main a:visible, main button:visible, main input:visible').evaluateAll((els) =>
    els
      // A checkbox's target is its whole label.
      .map((el) => ({ el, r: (el.closest('label') ?? el).getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
      .map(({ el }) => el.outerHTML.slice(0, 80)),
  )
  expect(small).toEqual([])
})
