// Every prerendered page carries a strict Content-Security-Policy and a referrer policy, and the
// policy really blocks injected code. (The shared fixture fails any test whose pages report a CSP
// violation, so the other specs check that the app itself never trips it.)
import { fileURLToPath } from 'node:url'
import { expect, test } from './fixtures'
import { prerenderPaths } from '../../scripts/viteDataPlugin'
import { STATIC_PATHS } from '../../src/router/paths'

const root = fileURLToPath(new URL('../..', import.meta.url))
const paths = prerenderPaths(root, STATIC_PATHS).map((p) => (p === '/404' ? '/404.html' : p))

test('every prerendered page has the policy before anything it governs', async ({ request }) => {
  for (const path of paths) {
    const html = await (await request.get(path)).text()
    const head = html.slice(0, html.indexOf('</head>'))
    const meta = head.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)
    expect(meta, path).not.toBeNull()
    const policy = meta![1]!
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) {
      expect(policy, path).toContain(directive)
    }
    expect(policy, path).toMatch(/script-src 'self'( 'sha256-[^']+')*;/)
    expect(policy, path).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/)
    expect(head.indexOf('Content-Security-Policy'), path).toBeLessThan(head.search(/<script|<link|<style/))
    expect(head, path).toContain('<meta name="referrer" content="no-referrer">')
  }
})

test('the policy blocks script injected into the page, and the watcher sees it', async ({ page, securityReport }) => {
  await page.goto('/specialisms/audiology/')
  await expect(page.locator('h1')).toBeVisible()
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script')
    script.textContent = 'window.__injected = true'
    document.body.append(script)
    const image = document.createElement('img')
    image.src = 'https://tracker.example/pixel.gif'
    document.body.append(image)
    await new Promise((resolve) => setTimeout(resolve, 200))
    return (window as unknown as { __injected?: boolean }).__injected === true
  })
  expect(ran).toBe(false)
  await expect.poll(() => securityReport.problems.length).toBe(2)
  expect(securityReport.problems.join('\n')).toMatch(/script-src-elem blocked inline/)
  expect(securityReport.problems.join('\n')).toMatch(/img-src blocked https:\/\/tracker\.example/)
  securityReport.problems.length = 0 // expected here; any other violation still fails the test
})
