// Shared links preview well: every prerendered page (what a link previewer reads; none runs scripts)
// has Open Graph and Twitter tags with a large image, specialism and grouping pages have their own
// image drawn at build time, and a shared comparison or shortlist is described as one.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, test } from './fixtures'
import { prerenderPaths } from '../../scripts/viteDataPlugin'
import { STATIC_PATHS } from '../../src/router/paths'

const root = fileURLToPath(new URL('../..', import.meta.url))
const dist = `${root}dist`
const paths = prerenderPaths(root, STATIC_PATHS)
const fileOf = (path: string) => `${dist}${path === '/404' ? '/404.html' : `${path}index.html`}`

const decode = (text: string) =>
  text.replace(/&(#(\d+)|quot|amp|lt|gt|#x27|apos);/g, (m, _all, code) =>
    code ? String.fromCharCode(Number(code)) : ({ '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&#x27;': "'", '&apos;': "'" })[m]!,
  )
/** The content of every <meta> in a page's head, by property or name. */
function headMeta(html: string): Map<string, string> {
  const head = html.slice(0, html.indexOf('</head>'))
  const meta = new Map<string, string>()
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/g)) {
    const key = tag.match(/(?:property|name)="([^"]+)"/)?.[1]
    const content = tag.match(/content="([^"]*)"/)?.[1]
    if (key && content !== undefined) meta.set(key, decode(content))
  }
  return meta
}
const pngSize = (file: string) => {
  const png = readFileSync(file)
  expect(png.subarray(0, 8).toString('hex'), file).toBe('89504e470d0a1a0a')
  return [png.readUInt32BE(16), png.readUInt32BE(20)]
}

test('every page has the preview tags, a large image that exists, and twitter:card summary_large_image', () => {
  expect(paths.length).toBeGreaterThan(60)
  for (const path of paths) {
    const meta = headMeta(readFileSync(fileOf(path), 'utf8'))
    for (const key of ['og:title', 'og:description', 'og:image', 'og:image:alt', 'og:type', 'og:site_name', 'description']) {
      expect(meta.get(key)?.trim(), `${path} ${key}`).toBeTruthy()
    }
    expect(meta.get('twitter:card'), path).toBe('summary_large_image')
    expect([meta.get('og:image:width'), meta.get('og:image:height')], path).toEqual(['1200', '630'])
    // Built without SITE_URL: addressed from the host's root, under the base path.
    const image = meta.get('og:image')!
    expect(image, path).toMatch(/^\/og\/[a-z0-9/-]+\.png$/)
    expect(existsSync(`${dist}${image}`), `${path}: ${image}`).toBe(true)
  }
})

test('every specialism and grouping page has its own image: a 1200×630 PNG in the build', () => {
  const own = paths.filter((p) => /^\/(specialisms|groupings)\/[^/]+\/$/.test(p))
  expect(own.length).toBeGreaterThan(50)
  const images = new Set<string>()
  for (const path of own) {
    const [, kind, id] = path.split('/')
    const image = headMeta(readFileSync(fileOf(path), 'utf8')).get('og:image')
    expect(image, path).toBe(`/og/${kind}/${id}.png`)
    expect(pngSize(`${dist}${image}`), path).toEqual([1200, 630])
    images.add(image!)
  }
  expect(images.size).toBe(own.length)
  expect(pngSize(`${dist}/og/site.png`)).toEqual([1200, 630])
})

test('a shared shortlist or comparison is described to whoever receives the link', async ({ request }) => {
  for (const link of ['/shortlist/?s=audiology,cardiac-science', '/compare/?s=audiology,cardiac-science']) {
    // What a previewer fetches: the prerendered page, before any script.
    const meta = headMeta(await (await request.get(link)).text())
    expect(meta.get('og:description'), link).toMatch(/chose .*shared/)
    expect(meta.get('og:title'), link).not.toMatch(/^(Your|Compare specialisms)/)
    const image = await request.get(meta.get('og:image')!)
    expect(image.status()).toBe(200)
    expect(image.headers()['content-type']).toBe('image/png')
  }
  // Nothing anywhere speaks of "this device" or "your shortlist" to a person who got a link.
  for (const path of paths) {
    const meta = headMeta(readFileSync(fileOf(path), 'utf8'))
    for (const key of ['description', 'og:title', 'og:description']) expect(meta.get(key), `${path} ${key}`).not.toMatch(/this device|your (shortlist|selection)|you chose/i)
  }
})

test('the page a student opens keeps its own title, and a search its own; previews stay in the prerendered head', async ({ page }) => {
  await page.goto('/specialisms/audiology/')
  await expect(page.locator('h1')).toHaveText('Audiology')
  await expect(page).toHaveTitle('Audiology | Healthcare Science Careers Explorer')
  await page.getByRole('link', { name: 'Groupings', exact: true }).first().click()
  await expect(page).toHaveTitle('The four groupings | Healthcare Science Careers Explorer')
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /four groupings/)
  // The head is left as prerendered when the app starts (main.ts), and follows what is shown after.
  await page.goto('/')
  await expect(page).toHaveTitle('Healthcare Science Careers Explorer')
  await page.getByRole('searchbox', { name: 'Search specialisms' }).fill('heart')
  await expect(page).toHaveTitle('Search: heart | Healthcare Science Careers Explorer')
  await page.goto('/?q=blood')
  await expect(page).toHaveTitle('Search: blood | Healthcare Science Careers Explorer')
})
