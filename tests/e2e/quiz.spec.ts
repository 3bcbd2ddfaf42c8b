// The interest quiz: taken by keyboard alone, its result link reproduced in a fresh browser, the
// matches lit on the tree, and axe on the quiz and the result.
import { expect, test, type Page } from './fixtures'
import { expectNoAxeViolations, watchForErrors } from './helpers'

test.use({ viewport: { width: 1280, height: 900 } })
// axe on the explorer with its full tree is slow on a busy 2-core machine.
test.setTimeout(180_000)

const question = (page: Page) => page.locator('fieldset.question:visible')
const matches = (page: Page) => page.locator('.quiz-results__list > li h3')

/** Answer the visible question by keyboard: Tab to its first option, arrow or space to choose. */
async function answerByKeyboard(page: Page, labels: readonly string[]) {
  for (const label of labels) {
    const option = question(page).getByLabel(label, { exact: true })
    await option.focus()
    const type = await option.getAttribute('type')
    await page.keyboard.press('Space')
    if (type === 'checkbox') await expect(option).toBeChecked()
    else await expect(option).toBeChecked()
  }
}

test('the quiz by keyboard alone, Back keeps the answers, and the result explains each match', async ({ page }) => {
  const problems = watchForErrors(page)
  await page.goto('/quiz/')
  await expect(page.getByText('Question 1 of 10')).toBeVisible()
  await expect(question(page)).toHaveCount(1)
  await expectNoAxeViolations(page)

  const answers: string[][] = [
    ['Physics'],
    ['Machines and equipment'],
    ['In a workshop', 'On hospital wards and in clinics'],
    ['Lots: I want to meet patients every day'],
    [],
    [],
    [],
    ['Making and fixing things with my hands'],
    ['At 18, after A levels or college'],
    ['Medical machines and devices'],
  ]
  for (const [i, labels] of answers.entries()) {
    await expect(question(page).locator('legend')).toContainText(`Question ${i + 1} of 10`)
    await answerByKeyboard(page, labels)
    if (i === 2) {
      // Back, then forward again: the answers are still there.
      await page.getByRole('button', { name: 'Back' }).press('Enter')
      await expect(question(page).getByLabel('Machines and equipment')).toBeChecked()
      await page.getByRole('button', { name: 'Next question' }).press('Enter')
      await expect(question(page).getByLabel('In a workshop')).toBeChecked()
    }
    const submit = page.getByRole('button', { name: i === answers.length - 1 ? 'See my matches' : 'Next question' })
    await submit.focus()
    await page.keyboard.press('Enter')
    if (i < answers.length - 1) await expect(page).toHaveURL(new RegExp(`step=${i + 2}`))
  }

  await expect(page).toHaveURL(/\/\?quiz=/)
  const quiz = new URL(page.url()).searchParams.get('quiz')
  expect(quiz).toBe('subjects:physics.focus:machines.places:hospital,workshop.patients:lots.style:making.start:18.topics:machines')
  await expect(page.getByRole('heading', { name: 'Your quiz matches' })).toBeVisible()
  const first = page.locator('.quiz-results__list > li').first()
  await expect(first.locator('.match__reasons li').first()).toBeVisible()
  await expect(first).toContainText('Your way in:')
  const names = await matches(page).allTextContents()
  expect(names.length).toBeGreaterThan(2)
  expect(names).toContain('Rehabilitation engineering')
  await expectNoAxeViolations(page)
  expect(problems).toEqual([])
})

test('a result link gives the same matches, with reasons, in a fresh browser, and lights them on the tree', async ({ browser }) => {
  const link = '/?quiz=subjects:biology.places:lab.patients:little.focus:samples.topics:germs'
  const first = await browser.newContext()
  const a = await first.newPage()
  await a.goto(link)
  await expect(matches(a).first()).toBeVisible()
  const seen = await a.locator('.quiz-results__list > li').allTextContents()
  await first.close()

  const second = await browser.newContext()
  const b = await second.newPage()
  const problems = watchForErrors(b)
  await b.goto(link)
  await expect(matches(b).first()).toBeVisible()
  expect(await b.locator('.quiz-results__list > li').allTextContents()).toEqual(seen)
  expect(seen[0]).toMatch(/It is about germs and infections/)
  // Every listed match is lit on the tree, and nothing else is.
  const ids = await b.locator('.quiz-results__list > li h3 a').evaluateAll((els) => els.map((el) => el.getAttribute('href')!.split('/').filter(Boolean).pop()))
  const lit = await b.locator('[role="treeitem"].is-match').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')))
  expect(new Set(lit)).toEqual(new Set(ids))
  await expectNoAxeViolations(b)
  expect(problems).toEqual([])
  await second.close()
})

test('a quiz link in another order or with junk is made canonical, quietly', async ({ page }) => {
  await page.goto('/?quiz=topics:germs.subjects:biology,latin')
  await expect(matches(page).first()).toBeVisible()
  await expect(page).toHaveURL(/\?quiz=subjects:biology\.topics:germs$/)
})

test('"Compare the top 3" and "Add all to my shortlist" work from the result', async ({ page }) => {
  await page.goto('/?quiz=topics:senses.ages:babies.focus:people')
  await expect(matches(page).first()).toHaveText('Audiology')
  await page.getByRole('button', { name: /Add all \d+ to my shortlist/ }).click()
  await expect(page.getByRole('status').filter({ hasText: 'to your shortlist' })).toBeVisible()
  await page.getByRole('link', { name: 'Compare the top 3' }).click()
  await expect(page).toHaveURL(/\/compare\/\?s=audiology,/)
})
