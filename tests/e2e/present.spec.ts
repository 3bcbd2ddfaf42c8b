// Present mode: decks on a projector, moved by keys, clickers and a second (presenter) window;
// the slide lives in the URL; text is big enough and contrasty enough from the back row.
import { expect, test, type Page } from './fixtures'
import { expectNoAxeViolations, openHoldingTheApp, watchForErrors } from './helpers'

const progress = (page: Page) => page.locator('.deck-controls__progress [aria-hidden="true"]')
// Every slide of a deck is in the page, all but the one shown hidden (DeckScreen).
const shown = (page: Page) => page.locator('.deck-slide:not([hidden])')
const slideParam = (page: Page) => new URL(page.url()).searchParams.get('slide')
async function open(page: Page, url: string) {
  await page.goto(url)
  await expect(shown(page)).toBeVisible()
  await page.waitForLoadState('networkidle')
}
async function count(page: Page) {
  return Number((await progress(page).innerText()).split(' / ')[1])
}

test('keys and clicker keys move the slides and the URL', async ({ page }) => {
  const problems = watchForErrors(page)
  await open(page, '/present/physiological-sciences/')
  const last = await count(page)
  expect(last).toBeGreaterThan(5)
  const steps: [string, number][] = [
    ['ArrowRight', 2],
    ['PageDown', 3],
    ['Space', 4],
    ['ArrowDown', 5],
    ['PageUp', 4],
    ['ArrowLeft', 3],
    ['End', last],
    ['Home', 1],
  ]
  for (const [key, n] of steps) {
    await page.keyboard.press(key)
    await expect(progress(page), key).toHaveText(`${n} / ${last}`)
    await expect.poll(() => slideParam(page), key).toBe(String(n))
  }
  await page.keyboard.type('7')
  await expect(page.getByText('Go to 7… press Enter')).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(progress(page)).toHaveText(`7 / ${last}`)
  await expect.poll(() => slideParam(page)).toBe('7')
  // The slide is replaced in history, not pushed: Back leaves the deck in one step.
  expect(await page.evaluate(() => history.length)).toBe(2)
  expect(problems).toEqual([])
})

test('a reload, a shared link and junk or out-of-range slide numbers land on the right slide', async ({ page }) => {
  await open(page, '/present/laboratory-sciences/?slide=4')
  const last = await count(page)
  await expect(progress(page)).toHaveText(`4 / ${last}`)
  await page.reload()
  await page.waitForLoadState('networkidle')
  await expect(progress(page)).toHaveText(`4 / ${last}`)
  for (const [raw, n] of [['-1', 1], ['9999', last], ['abc', 1], ['2.6', 3]] as const) {
    await open(page, `/present/laboratory-sciences/?slide=${raw}`)
    await expect(progress(page), raw).toHaveText(`${n} / ${last}`)
    await expect.poll(() => slideParam(page), raw).toBe(String(n))
  }
})

test('a link to a later slide shows that slide before the app has started, and the app goes on from it', async ({ page }) => {
  const problems = watchForErrors(page)
  const { opened, release } = await openHoldingTheApp(page, '/present/laboratory-sciences/?slide=4')
  const last = Number((await progress(page).innerText()).split(' / ')[1])
  await expect(progress(page)).toHaveText(`4 / ${last}`)
  await expect(page.locator('.deck-controls__progress .visually-hidden')).toHaveText(`Slide 4 of ${last}`)
  await expect(shown(page)).toHaveCount(1)
  const fourth = await shown(page).innerText()
  await expect(page.getByRole('button', { name: 'Back' })).toBeEnabled()
  await expect(page.getByRole('button', { name: 'Next' })).toBeEnabled()
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-hydrated'))).toBe(false)
  release()
  await opened
  await expect(page.locator('html[data-hydrated]')).toBeAttached({ timeout: 15_000 })
  await expect(progress(page)).toHaveText(`4 / ${last}`)
  await expect(shown(page)).toHaveCount(1)
  expect(await shown(page).innerText()).toBe(fourth)
  await page.keyboard.press('ArrowRight')
  await expect(progress(page)).toHaveText(`5 / ${last}`)
  await expect(shown(page)).toHaveCount(1)
  expect(await shown(page).innerText()).not.toBe(fourth)
  await page.getByRole('button', { name: 'Back' }).click()
  await page.getByRole('button', { name: 'Back' }).click()
  await expect(progress(page)).toHaveText(`3 / ${last}`)
  // The last slide: Next is off from the start, and on again once the app has gone back one.
  const end = await openHoldingTheApp(page, `/present/laboratory-sciences/?slide=${last}`)
  await expect(progress(page)).toHaveText(`${last} / ${last}`)
  await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled()
  end.release()
  await end.opened
  await expect(page.locator('html[data-hydrated]')).toBeAttached({ timeout: 15_000 })
  await page.keyboard.press('ArrowLeft')
  await expect(progress(page)).toHaveText(`${last - 1} / ${last}`)
  await expect(page.getByRole('button', { name: 'Next' })).toBeEnabled()
  await expect(shown(page)).toHaveCount(1)
  expect(problems).toEqual([])
})

test('Esc goes back to where the teacher came from', async ({ page }) => {
  await page.goto('/present/')
  await page.waitForLoadState('networkidle')
  await page.getByRole('link', { name: 'Bioinformatics' }).click()
  await expect(shown(page)).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => slideParam(page)).toBe('2')
  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(/\/present\/$/)
  // Opened directly (no page before it in the app), Esc goes to the list of decks.
  await open(page, '/present/bioinformatics/?slide=2')
  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(/\/present\/$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Slides for the classroom' })).toBeVisible()
})

test('"Present this selection" from /?q=heart makes a deck of exactly the matches', async ({ page }) => {
  await page.goto('/?q=heart&view=list')
  await page.waitForLoadState('networkidle')
  const results = page.locator('.result__name a')
  await expect(results.first()).toBeVisible()
  const names = await results.allInnerTexts()
  const ids = (await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))).map((href) => href.split('/').at(-2))
  expect(ids.length).toBeGreaterThan(1)
  await page.getByRole('link', { name: 'Present this selection' }).click()
  await expect(page).toHaveURL(/\/present\/selection\/\?s=/)
  expect(new URL(page.url()).searchParams.get('s')?.split(',')).toEqual(ids)
  await expect(shown(page)).toBeVisible()
  await expect(progress(page)).toHaveText(`1 / ${ids.length + 2}`)
  for (const name of names) {
    await page.keyboard.press('PageDown')
    await expect(shown(page).locator('h2')).toHaveText(name)
  }
  await page.keyboard.press('PageDown')
  await expect(page.getByRole('img', { name: /^QR code for / })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(/\/\?q=heart&view=list$/)
})

test('the presenter window and the audience window stay in step, both ways', async ({ context }) => {
  const audience = await context.newPage()
  await open(audience, '/present/what-is-healthcare-science/')
  const [presenter] = await Promise.all([context.waitForEvent('page'), audience.getByRole('button', { name: 'Presenter view' }).click()])
  await expect(presenter).toHaveURL(/presenter=1/)
  await expect(presenter.getByRole('heading', { name: 'Speaker notes' })).toBeVisible()
  await presenter.waitForLoadState('networkidle')
  await expect(presenter.getByRole('heading', { name: 'Next' })).toBeVisible()
  await expect(presenter.getByRole('timer')).toHaveText(/^\d+:\d\d$/)

  await audience.keyboard.press('ArrowRight')
  await expect.poll(() => slideParam(presenter)).toBe('2')
  await expect(progress(presenter)).toHaveText(/^2 \//)
  await presenter.keyboard.press('ArrowRight')
  await presenter.keyboard.press('ArrowRight')
  await expect.poll(() => slideParam(audience)).toBe('4')
  await expect(progress(audience)).toHaveText(/^4 \//)
  await audience.keyboard.press('End')
  const last = await count(audience)
  await expect.poll(() => slideParam(presenter)).toBe(String(last))
  await expect(presenter.getByText('End of the deck.')).toBeVisible()
})

test('slide body text is at least 28 px at 1280×720, and grows with the window', async ({ page }) => {
  const sizes = async () =>
    shown(page).evaluate((slide) =>
      [...slide.querySelectorAll('p, li, dd, dt, blockquote, a')].filter((el) => (el.textContent ?? '').trim()).map((el) => parseFloat(getComputedStyle(el).fontSize)),
    )
  await page.setViewportSize({ width: 1280, height: 720 })
  for (const url of ['/present/physiological-sciences/?slide=2', '/present/what-is-healthcare-science/?slide=2', '/present/seven-questions/?slide=3', '/present/bioinformatics/?slide=6']) {
    await open(page, url)
    const measured = await sizes()
    expect(measured.length, url).toBeGreaterThan(0)
    expect(Math.min(...measured), url).toBeGreaterThanOrEqual(28)
  }
  await open(page, '/present/physiological-sciences/?slide=2')
  const small = Math.min(...(await sizes()))
  await page.setViewportSize({ width: 3840, height: 2160 })
  await expect.poll(async () => Math.min(...(await sizes()))).toBeGreaterThanOrEqual(small * 2.5)
})

test('"High contrast" gives slide text at least 7:1, and is remembered on this device', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await open(page, '/present/physiological-sciences/?slide=2')
  const button = page.getByRole('button', { name: 'High contrast' })
  await expect(button).toHaveAttribute('aria-pressed', 'false')
  await button.click()
  await expect(button).toHaveAttribute('aria-pressed', 'true')
  const worst = () =>
    page.locator('.deck').evaluate((deck) => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number)
      const lum = (c: string) => {
        const [r = 0, g = 0, b = 0] = rgb(c).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
      }
      const background = (el: Element | null): string => {
        for (let node = el; node; node = node.parentElement) {
          const bg = getComputedStyle(node).backgroundColor
          if (bg && !/rgba\(.*,\s*0\)$/.test(bg) && bg !== 'transparent') return bg
        }
        return 'rgb(255, 255, 255)'
      }
      const ratios = [...deck.querySelectorAll('.deck-slide *, .deck-controls p')]
        .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim()))
        .map((el) => {
          const [a, b] = [lum(getComputedStyle(el).color), lum(background(el))]
          return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
        })
      return { count: ratios.length, min: Math.min(...ratios) }
    })
  for (const slide of [2, 1, 7]) {
    await page.keyboard.press('Home')
    for (let i = 1; i < slide; i++) await page.keyboard.press('ArrowRight')
    const { count, min } = await worst()
    expect(count).toBeGreaterThan(0)
    expect(min, `slide ${slide}`).toBeGreaterThanOrEqual(7)
  }
  await page.reload()
  await page.waitForLoadState('networkidle')
  await expect(page.getByRole('button', { name: 'High contrast' })).toHaveAttribute('aria-pressed', 'true')
  await expect(page.locator('.deck')).toHaveCSS('background-color', 'rgb(0, 0, 0)')
})

test('no slide animation when the device asks for reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await open(page, '/present/bioinformatics/')
  await page.keyboard.press('ArrowRight')
  await expect(shown(page)).toHaveCSS('animation-name', 'none')
  await page.emulateMedia({ reducedMotion: 'no-preference' })
  await expect(shown(page)).toHaveCSS('animation-name', /^deck-fade-in/)
})

test('swiping left and right on a touch screen moves the slides', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 800, height: 600 } })
  const page = await context.newPage()
  await open(page, '/present/bioinformatics/')
  const swipe = (from: number, to: number) =>
    page.locator('.deck').evaluate((el, { a, b }) => {
      const at = (type: string, x: number) => el.dispatchEvent(new PointerEvent(type, { pointerType: 'touch', clientX: x, clientY: 300, bubbles: true }))
      at('pointerdown', a)
      at('pointerup', b)
    }, { a: from, b: to })
  await swipe(600, 200)
  await expect.poll(() => slideParam(page)).toBe('2')
  await swipe(200, 600)
  await expect.poll(() => slideParam(page)).toBe('1')
  await context.close()
})

for (const path of ['/present/', '/present/seven-questions/?slide=2', '/present/physiological-sciences/?slide=3', '/teach/', '/teach/seven-questions-jigsaw/']) {
  test(`axe finds no violation on ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.goto(path)
    await page.waitForLoadState('networkidle')
    await expectNoAxeViolations(page)
    if (path.includes('slide=')) {
      await page.getByRole('button', { name: 'High contrast' }).click()
      await expectNoAxeViolations(page)
    }
  })
}

test('a deck page loads neither the tree nor the search code', async ({ page }) => {
  const scripts: string[] = []
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()))
  await open(page, '/present/physiological-sciences/')
  await page.keyboard.press('End')
  await page.waitForLoadState('networkidle')
  expect(scripts.filter((url) => /ExploreView|SpecialismTree|d3-|search/i.test(url))).toEqual([])
})

test('each worksheet prints on one A4 page, without the site header or footer', async ({ page }) => {
  await page.goto('/teach/')
  const links = page.getByRole('link', { name: /^Worksheet to print: / })
  await expect(links).toHaveCount(3)
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
  for (const href of hrefs) {
    await page.emulateMedia({ media: 'screen' })
    await page.goto(href)
    await expect(page.getByRole('button', { name: 'Print this worksheet' })).toBeVisible()
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('button', { name: 'Print this worksheet' })).toBeHidden()
    await expect(page.getByRole('contentinfo')).toBeHidden()
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true })
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length, href).toBe(1)
    if (href.includes('jigsaw')) {
      // Seven rows to write in take most of the page (A4 less 12 mm margins is about 1,030 px tall),
      // not the top half of it.
      const grid = await page.locator('table').boundingBox()
      expect(grid?.height ?? 0, href).toBeGreaterThan(0.55 * 1030)
    }
  }
})

test('the teacher guide names the Gatsby benchmarks each activity serves, with sources', async ({ page }) => {
  await page.goto('/teach/')
  for (const name of ['Find your specialism', 'The seven questions jigsaw', 'A Healthcare Science Week talk']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible()
  }
  await expect(page.getByText('Benchmark 2: Learning from career and labour market information.').first()).toBeVisible()
  await expect(page.getByText('Benchmark 4: Linking curriculum learning to careers.').first()).toBeVisible()
  await expect(page.getByText('Benchmark 5: Encounters with employers and employees.')).toBeVisible()
  await expect(page.getByRole('link', { name: /source: Gatsby Charitable Foundation/ }).first()).toHaveAttribute('href', /gatsbybenchmarks\.org\.uk/)
  await expect(page.getByRole('rowheader', { name: '0 to 3' })).toBeVisible()
})
