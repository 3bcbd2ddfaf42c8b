// The tree on the explore page (/), in Chromium: a real treeview by keyboard, search drawn on the tree,
// deep links that restore the same picture, no sideways scroll, no overlapping labels, and axe.
import { fileURLToPath } from 'node:url'
import { expect, test, type Locator, type Page } from './fixtures'
import { loadData } from '../../scripts/readData'
import { expectNoAxeViolations, watchForErrors } from './helpers'

const root = fileURLToPath(new URL('../..', import.meta.url))
const loaded = loadData(root)
if (!loaded.ok) throw new Error(loaded.errors.join('\n'))
const data = loaded.data
const groupingIds = data.groupings.map((g) => g.id)

interface Box {
  x: number
  y: number
  width: number
  height: number
}

// The app has started (fixtures: page.goto). On a phone the tree itself comes to life at its first
// touch, key or focus, which every test's first step here is (the test below checks that it does).
async function openExplore(page: Page, path = '/') {
  await page.goto(path)
  // A page not from the fixtures (a second browser page) is waited for here, as long as the fixtures
  // wait (15 s): two workers on two cores can take longer than the default 5 s to start a page.
  await expect(page.locator('html[data-hydrated]')).toBeAttached({ timeout: 15_000 })
  return page.getByRole('tree', { name: 'Healthcare science careers' })
}
const item = (page: Page, id: string) => page.locator(`[role="treeitem"][data-id="${id}"]`)
const focusedId = (page: Page) => page.locator(':focus').getAttribute('data-id')
async function openAll(page: Page) {
  await page.getByRole('button', { name: 'Open all groups' }).click()
  for (const id of groupingIds) await expect(item(page, id)).toHaveAttribute('aria-expanded', 'true')
}
const boxes = (locator: Locator) =>
  locator.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect()
      return { x: r.x, y: r.y, width: r.width, height: r.height, text: el.textContent ?? '' }
    }),
  )
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5

test('the prerendered page already has every grouping and specialism as a link inside the tree', async ({ request }) => {
  const html = await (await request.get('/')).text()
  const tree = html.slice(html.indexOf('role="tree"'))
  expect(html).toContain('role="tree"')
  for (const g of data.groupings) expect(tree, g.id).toContain(`href="/groupings/${g.id}/"`)
  for (const s of data.specialisms) expect(tree, s.id).toContain(`href="/specialisms/${s.id}/"`)
})

test('keyboard journey: open all four groupings by keys, reach every specialism, open one', async ({ page }) => {
  const problems = watchForErrors(page)
  const tree = await openExplore(page)
  // One tab stop: the first grouping.
  const stops = tree.locator('[role="treeitem"][tabindex="0"]')
  await expect(stops).toHaveCount(1)
  await stops.focus()
  expect(await focusedId(page)).toBe(groupingIds[0])
  // End goes to the last grouping; open it, then Up to the one before, and so on.
  await page.keyboard.press('End')
  for (const id of [...groupingIds].reverse()) {
    expect(await focusedId(page)).toBe(id)
    await expect(item(page, id)).toHaveAttribute('aria-expanded', 'false')
    await page.keyboard.press('ArrowRight')
    await expect(item(page, id)).toHaveAttribute('aria-expanded', 'true')
    if (id !== groupingIds[0]) await page.keyboard.press('ArrowUp')
  }
  await expect(page).toHaveURL(/[?&]open=/)
  // Down through the whole tree visits every specialism once, each a level-2 item in its grouping.
  const seen: string[] = []
  for (let i = 0; i < data.specialisms.length + groupingIds.length - 1; i++) {
    await page.keyboard.press('ArrowDown')
    const id = await focusedId(page)
    if (id && !groupingIds.includes(id)) seen.push(id)
  }
  expect(new Set(seen).size).toBe(data.specialisms.length)
  expect(data.specialisms.length).toBe(55)
  await expect(tree.locator('[role="treeitem"][aria-level="2"]')).toHaveCount(55)
  // Type-ahead, then Enter opens the specialism's page.
  await page.keyboard.press('Home')
  await page.keyboard.type('audio')
  expect(await focusedId(page)).toBe('audiology')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/specialisms\/audiology\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Audiology')
  expect(problems).toEqual([])
})

test('Left closes a grouping, * opens them all, Space selects and shows the preview', async ({ page }) => {
  await openExplore(page)
  await item(page, groupingIds[1] ?? '').focus()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  const first = await focusedId(page)
  expect(data.specialisms.find((s) => s.id === first)?.grouping).toBe(groupingIds[1])
  await page.keyboard.press(' ')
  await expect(item(page, first ?? '')).toHaveAttribute('aria-selected', 'true')
  await expect(page).toHaveURL(new RegExp(`[?&]sel=${first}`))
  await expect(page.locator('.tree-preview h2')).toHaveText(data.specialisms.find((s) => s.id === first)?.name ?? '')
  await page.keyboard.press('ArrowLeft')
  expect(await focusedId(page)).toBe(groupingIds[1])
  await page.keyboard.press('ArrowLeft')
  await expect(item(page, groupingIds[1] ?? '')).toHaveAttribute('aria-expanded', 'false')
  await page.keyboard.press('*')
  for (const id of groupingIds) await expect(item(page, id)).toHaveAttribute('aria-expanded', 'true')
})

test('a search lights up matches, dims the rest and opens only groupings with matches', async ({ page }) => {
  await openExplore(page, '/?q=heart')
  await expect(item(page, 'cardiac-science')).toHaveClass(/is-match/)
  await expect(item(page, 'cardiac-science')).toHaveAttribute('aria-label', /matches your search/)
  await expect(item(page, 'physiological-sciences')).toHaveAttribute('aria-expanded', 'true')
  await expect(item(page, 'physiological-sciences')).toHaveAttribute('aria-label', /\d+ of 12 match/)
  const visible = page.locator('[role="treeitem"][aria-level="2"]:visible')
  const classes = await visible.evaluateAll((els) => els.map((el) => el.getAttribute('class') ?? ''))
  expect(classes.length).toBeGreaterThan(0)
  expect(classes.every((c) => /is-match|is-dim/.test(c))).toBe(true)
  expect(classes.some((c) => c.includes('is-dim'))).toBe(true)
  // Groupings without a match stay closed and say so.
  const labels = await page.locator('[role="treeitem"][aria-level="1"]').evaluateAll((els) =>
    els.map((el) => [el.getAttribute('aria-label') ?? '', el.getAttribute('aria-expanded')]),
  )
  for (const [label, expanded] of labels) if (label?.includes(' 0 of ')) expect(expanded).toBe('false')
})

test('a deep link with a search and a selection restores the same picture', async ({ page, browser }) => {
  await openExplore(page, '/?q=heart')
  await item(page, 'cardiac-science').click()
  await expect(page).toHaveURL(/sel=cardiac-science/)
  const picture = async (p: Page) => ({
    expanded: await p.locator('[role="treeitem"][aria-expanded="true"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-id'))),
    matches: await p.locator('.is-match').evaluateAll((els) => els.map((el) => el.getAttribute('data-id'))),
    selected: await p.locator('[aria-selected="true"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-id'))),
    preview: (await p.locator('.tree-preview').innerText()).replace(/\s+/g, ' '),
    positions: await p.locator('[role="treeitem"] circle').evaluateAll((els) => els.map((el) => `${el.getAttribute('cx')},${el.getAttribute('cy')}`)),
  })
  const before = await picture(page)
  expect(before.selected).toEqual(['cardiac-science'])
  expect(before.preview).toContain('Cardiac science')
  // The pay specific to this specialism (issue 15): the band you start on, with its pay.
  expect(before.preview).toMatch(/Start at band \w+, £[\d,]+/)
  const fresh = await browser.newPage()
  await openExplore(fresh, page.url().replace(/^https?:\/\/[^/]+/, ''))
  // The matches are drawn once the search engine has come (it loads after the start): polled, not read once.
  await expect.poll(() => picture(fresh), { timeout: 15_000 }).toEqual(before)
  await expect(fresh.getByRole('link', { name: 'Open Cardiac science' })).toHaveAttribute('href', '/specialisms/cardiac-science/')
  await fresh.close()
})

test('on a phone the tree stays the prerendered page until touched, and the first tap works; on a wide screen it is laid out again at once', async ({ page }) => {
  const idle = () => page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => setTimeout(resolve, 300))))
  await page.setViewportSize({ width: 375, height: 800 })
  await openExplore(page)
  await idle()
  // Its layout (lib/tree FIRST_LAYOUT_WIDTH) fits this phone: nothing to do until a reader asks.
  await expect(page.locator('.specialism-tree')).not.toHaveAttribute('data-ready', 'true')
  await item(page, 'physiological-sciences').click()
  await expect(item(page, 'physiological-sciences')).toHaveAttribute('aria-expanded', 'true')
  await expect(page.locator('.specialism-tree')).toHaveAttribute('data-ready', 'true')
  await expect(item(page, 'audiology')).toBeVisible()

  await page.setViewportSize({ width: 1280, height: 800 })
  await openExplore(page)
  await idle()
  // Prerendered as one indented column for a phone; here the four columns of a wide screen.
  await expect(page.locator('.specialism-tree')).toHaveAttribute('data-ready', 'true')
  await expect(page.locator('.specialism-tree')).toHaveAttribute('data-mode', 'tidy')
})

for (const width of [375, 1280, 1920]) {
  test(`at ${width}px: no sideways scroll, no overlapping labels, targets of 24px or more, axe passes`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    await openExplore(page)
    await openAll(page)
    // Four columns side by side when the tree has 880 px (lib/tree TIDY_MIN_WIDTH), else one indented column.
    const treeWidth = await page.locator('.specialism-tree').evaluate((el) => el.clientWidth)
    await expect(page.locator('.specialism-tree')).toHaveAttribute('data-mode', treeWidth >= 880 ? 'tidy' : 'indented')
    const sideways = await page.locator('html').evaluate((el) => el.scrollWidth - el.clientWidth)
    expect(sideways).toBeLessThanOrEqual(0)
    const svg = (await page.locator('svg.specialism-tree__svg').boundingBox()) as Box
    const texts = await boxes(page.locator('svg.specialism-tree__svg text'))
    expect(texts.length).toBeGreaterThan(55 + 4)
    for (const t of texts) {
      expect(t.x, t.text).toBeGreaterThanOrEqual(svg.x)
      expect(t.x + t.width, t.text).toBeLessThanOrEqual(svg.x + svg.width)
    }
    const clashes = texts.flatMap((a, i) => texts.slice(i + 1).filter((b) => overlaps(a, b)).map((b) => `${a.text} / ${b.text}`))
    expect(clashes).toEqual([])
    // Each specialism's label stays inside its own target, and targets are at least 24 px.
    const rows = await page.locator('[role="treeitem"][aria-level="2"]').evaluateAll((els) =>
      els.map((el) => {
        const hit = el.querySelector('rect')?.getBoundingClientRect()
        const label = el.querySelector('text')?.getBoundingClientRect()
        return { id: el.getAttribute('data-id'), hit: hit && [hit.x, hit.y, hit.width, hit.height], label: label && [label.x, label.y, label.width, label.height] }
      }),
    )
    for (const { id, hit, label } of rows) {
      const [hx = 0, hy = 0, hw = 0, hh = 0] = hit ?? []
      const [lx = 0, ly = 0, lw = 0, lh = 0] = label ?? []
      expect(Math.min(hw, hh), `${id} target`).toBeGreaterThanOrEqual(24)
      expect(lx >= hx && ly >= hy && lx + lw <= hx + hw && ly + lh <= hy + hh, `${id} label inside its target`).toBe(true)
    }
    await expectNoAxeViolations(page)
  })
}

test('search with a selection passes axe on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 })
  await openExplore(page, '/?q=heart&sel=cardiac-science')
  await expect(page.locator('.tree-preview')).toBeVisible()
  await expectNoAxeViolations(page)
})

test('the page scrolls past the tree; zoom is on buttons, Ctrl+wheel or pinch, and scales the frame', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 })
  await openExplore(page)
  await openAll(page)
  const svg = page.locator('svg.specialism-tree__svg')
  const width = async () => Math.round((await svg.boundingBox())!.width)
  const natural = await width()
  const box = (await svg.boundingBox()) as Box
  await page.mouse.move(box.x + box.width / 2, Math.min(600, box.y + 200))
  const scrollTop = () => page.locator('html').evaluate((el) => el.scrollTop)
  const before = await scrollTop()
  await page.mouse.wheel(0, 400)
  await expect.poll(scrollTop).toBeGreaterThan(before)
  expect(await width()).toBe(natural)
  // Ctrl + wheel (and a trackpad pinch, which sends it) zooms the tree, not the page.
  await page.keyboard.down('Control')
  await page.mouse.wheel(0, -200)
  await page.keyboard.up('Control')
  await expect.poll(width).toBeGreaterThan(natural)
  await page.getByRole('button', { name: 'Zoom out' }).click()
  await page.getByRole('button', { name: 'Zoom out' }).click()
  await page.getByRole('button', { name: 'Zoom in' }).click()
  await page.getByRole('button', { name: 'Zoom in' }).click()
  const zoomed = await width()
  await page.getByRole('button', { name: 'Zoom in' }).click()
  await expect.poll(width).toBe(Math.round(zoomed * 1.5))
  await page.getByRole('button', { name: 'Zoom out' }).click()
  await expect.poll(width).toBe(zoomed)
  // No d3-zoom, nor anything else, is loaded for zooming.
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /d3-zoom|d3-selection/.test(n)))
  expect(scripts).toEqual([])
})
