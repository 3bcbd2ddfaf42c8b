// Screenshots of present mode to look at (not assertions): run with SHOTS=<folder>.
// Three slides at 1280x720 and 1920x1080 in both themes, the presenter view, the guide and a printed worksheet.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from './fixtures'

const out = process.env.SHOTS ?? ''
test.skip(!out, 'set SHOTS=<folder> to take the screenshots')

const slides = ['/present/what-is-healthcare-science/?slide=2', '/present/physiological-sciences/?slide=4', '/present/seven-questions/?slide=3', '/present/bioinformatics/?slide=6']

test('slides, presenter view, guide and worksheet', async ({ page }) => {
  test.setTimeout(600_000)
  mkdirSync(out, { recursive: true })
  for (const contrast of [false, true]) {
    for (const [width, height] of [[1280, 720], [1920, 1080]] as const) {
      await page.setViewportSize({ width, height })
      for (const url of slides) {
        await page.goto(url)
        await page.waitForLoadState('networkidle')
        const pressed = (await page.getByRole('button', { name: 'High contrast' }).getAttribute('aria-pressed')) === 'true'
        if (pressed !== contrast) await page.getByRole('button', { name: 'High contrast' }).click()
        await page.waitForTimeout(300)
        const name = `${url.split('/')[2]}-${new URL(url, 'http://x').searchParams.get('slide')}-${width}-${contrast ? 'contrast' : 'default'}.png`
        await page.screenshot({ path: join(out, name) })
      }
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/present/physiological-sciences/?slide=3&presenter=1')
  await page.waitForLoadState('networkidle')
  await page.screenshot({ path: join(out, 'presenter-1280.png') })
  for (const [path, name] of [['/present/', 'present-list'], ['/teach/', 'teach'], ['/?q=heart&view=list', 'explore-heart']] as const) {
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 })
      await page.goto(path)
      await page.waitForLoadState('networkidle')
      await page.screenshot({ path: join(out, `${name}-${width}.png`), fullPage: name !== 'explore-heart' })
    }
  }
  await page.setViewportSize({ width: 375, height: 700 })
  await page.goto('/present/physiological-sciences/?slide=4')
  await page.waitForLoadState('networkidle')
  await page.screenshot({ path: join(out, 'slide-phone-375.png') })
  for (const id of ['find-your-specialism', 'seven-questions-jigsaw', 'healthcare-science-week-talk']) {
    await page.goto(`/teach/${id}/`)
    await page.waitForLoadState('networkidle')
    await page.emulateMedia({ media: 'print' })
    writeFileSync(join(out, `worksheet-${id}.pdf`), await page.pdf({ format: 'A4', preferCSSPageSize: true }))
    await page.emulateMedia({ media: 'screen' })
  }
})
