// Real voices: the Healthcare Science Week kit, the contribution form, and a contribution travelling
// from the form through data/ and the build onto its specialism page.
// eslint-disable-next-line no-restricted-imports -- the throwaway build in the last test has no post-build CSP step
import { test as plainTest } from '@playwright/test'
import { expect, test, type Page } from './fixtures'
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expectNoAxeViolations } from './helpers'

const root = fileURLToPath(new URL('../..', import.meta.url))
// Axe, full-page screenshots and a site build on a shared 2-core machine: give them room.
test.describe.configure({ timeout: 180_000 })
const SHOTS = process.env.SHOTS_DIR

async function shoot(page: Page, name: string) {
  if (!SHOTS) return
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true })
  }
}

test('the Healthcare Science Week kit lists the four ways to take part and the seven questions', async ({ page }) => {
  await page.goto('/hcs-week/')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Healthcare Science Week')
  await expect(page.getByText('held every year in March')).toBeVisible()
  const ways = page.getByRole('region', { name: 'Four ways to take part' }).getByRole('heading', { level: 3 })
  await expect(ways).toHaveText([/stand in a public area/, /presentation in a school or college/, /Inviting students into a department/, /Day in the life/])
  const cards = page.locator('#prompt-cards .card:not(.card--title) .card__question')
  await expect(cards).toHaveCount(7)
  await expect(cards.first()).toHaveText('Tell us about yourself and what you do')
  await expectNoAxeViolations(page)
  await shoot(page, 'hcs-week')
})

test('the prompt cards print on one A4 page, without the rest of the page', async ({ page }) => {
  await page.goto('/hcs-week/')
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.header')).toBeHidden()
  await expect(page.getByRole('heading', { name: 'Four ways to take part' })).toBeHidden()
  await expect(page.locator('#prompt-cards .card')).toHaveCount(8)
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true })
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1)
  if (SHOTS) writeFileSync(join(SHOTS, 'prompt-cards.pdf'), pdf)
})

// The chunk the voices section loads (src/components/voices/voicesEntry.ts).
const VOICES_CHUNK = /\/assets\/voicesEntry-/

test('a specialism page shows its real stories with role, publisher and date; their code loads only when scrolled to', async ({ page }) => {
  const scripts: string[] = []
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url())
  })
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('/specialisms/cardiac-science/')
  await page.waitForLoadState('networkidle')
  expect(scripts.filter((url) => VOICES_CHUNK.test(url))).toEqual([])
  // Until the app hydrates the prerendered page (it renders it again), the section fills in when near.
  await page.locator('[data-lazy="voices"]').scrollIntoViewIfNeeded()
  const section = page.getByRole('region', { name: 'Read real stories' })
  await section.scrollIntoViewIfNeeded()
  await expect.poll(() => scripts.filter((url) => VOICES_CHUNK.test(url)).length).toBeGreaterThan(0)
  const stories = section.getByRole('listitem')
  expect(await stories.count()).toBeGreaterThan(2)
  for (const story of await stories.all()) {
    await expect(story.getByRole('link')).toHaveAttribute('href', /^https:\/\//)
    await expect(story.locator('.story__who')).not.toBeEmpty()
    await expect(story.locator('.story__meta')).toContainText(/ · (published \S|no date on the page; we read it on \d)/)
  }
  await expect(page.getByRole('link', { name: 'Add your answers to the seven questions' })).toHaveAttribute('href', '/contribute/?specialism=cardiac-science')
  await expectNoAxeViolations(page)
  if (SHOTS) {
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 })
      await section.screenshot({ path: join(SHOTS, `stories-cardiac-science-${width}.png`) })
    }
  }
})

async function fillForm(page: Page, answers: Record<string, string>) {
  await page.getByLabel('Your specialism').selectOption('audiology')
  await page.getByLabel('Your name or initials').fill('Test Contributor Q.')
  await page.getByLabel('Your role', { exact: true }).fill('Trainee clinical scientist')
  for (const [question, text] of Object.entries(answers)) await page.getByLabel(question).fill(text)
}

const ANSWERS = {
  'Tell us about yourself and what you do': 'I test the hearing of newborn babies in a hospital clinic.',
  'What is the most interesting part of your job?': 'Seeing a child hear clearly for the first time.',
  'What STEM skills do you use every day?': 'Physics of sound and careful measurement.',
  'What does an average day look like for you?': 'Clinics in the morning, reports in the afternoon.',
  'What advice would you give students who want to work in the NHS?': 'Ask to visit a department.',
  'What advice would you give your younger self?': 'Keep asking questions in science lessons.',
}

test('the form refuses missing consent and an empty answer at the field, and keeps what was typed', async ({ page }) => {
  await page.goto('/contribute/')
  await expect(page.getByLabel('Date of your answers')).not.toHaveValue('')
  const { 'What advice would you give your younger self?': _left, ...fewer } = ANSWERS
  await fillForm(page, fewer)
  await page.getByRole('button', { name: 'Check and download my answers' }).click()
  const summary = page.getByRole('alert')
  await expect(summary).toBeFocused()
  await expect(summary.getByRole('link')).toHaveText([
    'Answer “What advice would you give your younger self?”',
    'Tick the box to agree that your answers can be published',
  ])
  await expect(page.getByLabel('What advice would you give your younger self?')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator('#answer-younger-self-error')).toContainText('Answer “What advice would you give your younger self?”')
  await expect(page.locator('#contribute-consent-error')).toContainText('Tick the box')
  await expect(page.getByLabel('Your name or initials')).toHaveValue('Test Contributor Q.')
  await expectNoAxeViolations(page)
  await shoot(page, 'contribute-errors')
  // The summary link takes you to the field; a reload keeps everything typed (sessionStorage).
  await summary.getByRole('link', { name: /younger self/ }).click()
  await expect(page.getByLabel('What advice would you give your younger self?')).toBeFocused()
  await page.reload()
  await expect(page.getByLabel('Your name or initials')).toHaveValue('Test Contributor Q.')
  await expect(page.getByLabel('Tell us about yourself and what you do')).toHaveValue(ANSWERS['Tell us about yourself and what you do'])
  await expect(page.getByLabel('Your specialism')).toHaveValue('audiology')
})

/** Serves a folder the way a static host does: /path/ -> /path/index.html. */
function serve(dir: string, port: number): Promise<Server> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' }
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '')
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path)
    if (!existsSync(file)) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file))
  })
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)))
}

// Plain test: the throwaway build skips post-build, which adds the Content-Security-Policy the fixture checks.
plainTest('a downloaded contribution passes validate and the build, and shows on its specialism page', async ({ page }) => {
  plainTest.setTimeout(600_000)
  await page.goto('/contribute/?specialism=audiology')
  await expect(page.getByLabel('Your specialism')).toHaveValue('audiology')
  await fillForm(page, ANSWERS)
  await page.getByLabel('I agree that these answers can be published with my name, role and employer.').check()
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Check and download my answers' }).click()])
  const today = new Date().toISOString().slice(0, 10)
  expect(download.suggestedFilename()).toBe(`${today}-test-contributor-q.json`)
  await expect(page.getByRole('status')).toContainText('data/contributions/audiology/')

  // A throwaway copy of the site (sharing node_modules), with the file where the note says to put it.
  const copy = mkdtempSync(join(tmpdir(), 'hcs-contribution-'))
  try {
    const tsconfigs = readdirSync(root).filter((name) => /^tsconfig.*\.json$/.test(name))
    for (const entry of ['src', 'data', 'scripts', 'public', 'index.html', 'vite.config.ts', 'package.json', 'env.d.ts', ...tsconfigs]) {
      cpSync(join(root, entry), join(copy, entry), { recursive: true })
    }
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir')
    mkdirSync(join(copy, 'data/contributions/audiology'), { recursive: true })
    await download.saveAs(join(copy, 'data/contributions/audiology', download.suggestedFilename()))

    const bin = (name: string) => join(copy, 'node_modules/.bin', name)
    expect(execFileSync(bin('tsx'), ['scripts/validate.ts'], { cwd: copy, encoding: 'utf8' })).toContain('data/ is valid')
    execFileSync(bin('vite-ssg'), ['build'], {
      cwd: copy,
      stdio: 'pipe',
      env: { ...process.env, OUT_DIR: 'dist-contribution', PRERENDER_ONLY: '/specialisms/audiology/' },
    })
    const server = await serve(join(copy, 'dist-contribution'), Number(process.env.E2E_PORT ?? 4173) + 2)
    try {
      await page.goto(`http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173) + 2}/specialisms/audiology/`)
      // Each question is folded on the specialism page: one tap opens it.
      await page.getByRole('heading', { level: 3, name: 'Tell us about yourself and what you do' }).click()
      const answer = page.getByRole('region', { name: 'Tell us about yourself and what you do' }).locator('figure').first()
      await expect(answer).toContainText(ANSWERS['Tell us about yourself and what you do'])
      await expect(answer).toContainText('Test Contributor Q., Trainee clinical scientist')
      await expect(answer.locator('time')).toHaveAttribute('datetime', today)
    } finally {
      server.close()
    }
  } finally {
    rmSync(copy, { recursive: true, force: true })
  }
})
