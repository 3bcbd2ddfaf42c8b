import { describe, expect, it } from 'vitest'
import { startupFiles, startupPreloads, type Manifest } from '../../scripts/preloadLinks'

// The shape of the real build: boot (the entry) imports the app after the paint, the app's router
// imports the views, a view imports a lazily hydrated component.
const manifest: Manifest = {
  'src/boot.ts': { file: 'assets/boot.js', isEntry: true, imports: ['_runtime.js'], dynamicImports: ['src/main.ts'] },
  'src/main.ts': { file: 'assets/main.js', imports: ['src/boot.ts', '_framework.js', '_runtime.js'], dynamicImports: ['src/views/A.vue', 'src/views/B.vue'] },
  'src/views/A.vue': { file: 'assets/A.js', imports: ['_framework.js', '_card.js'], dynamicImports: ['src/components/Qr.vue'] },
  'src/views/B.vue': { file: 'assets/B.js', imports: ['_framework.js'] },
  'src/components/Qr.vue': { file: 'assets/Qr.js', imports: ['_qrcode.js'] },
  '_framework.js': { file: 'assets/framework.js' },
  '_runtime.js': { file: 'assets/runtime.js' },
  '_card.js': { file: 'assets/card.js', imports: ['_framework.js'] },
  '_qrcode.js': { file: 'assets/qrcode.js' },
}

const link = (file: string) => `<link rel="modulepreload" crossorigin="" href="/careers/${file}">`
const links = (html: string) => [...html.matchAll(/href="\/careers\/([^"]+)"/g)].map((m) => m[1])
const prefetched = (html: string) => [...html.matchAll(/<link rel="prefetch" crossorigin="" href="\/careers\/([^"]+)">/g)].map((m) => m[1])

describe('startupFiles', () => {
  it('is the entry, the app it starts, the views and what they import, not what a view loads later', () => {
    expect([...startupFiles(manifest)].sort()).toEqual(
      ['assets/A.js', 'assets/B.js', 'assets/boot.js', 'assets/card.js', 'assets/framework.js', 'assets/main.js', 'assets/runtime.js'].sort(),
    )
  })
})

describe('startupPreloads', () => {
  const keep = startupFiles(manifest)
  // What vite-ssg writes for a page that prerendered view A with its QR code.
  const page = `<head><script type="module" src="/careers/assets/boot.js"></script>${link('assets/main.js')}<link rel="stylesheet" href="/careers/assets/main.css">${link('assets/A.js')}${link('assets/Qr.js')}</head><body></body>`

  it('drops the links to chunks that load later', () => {
    expect(links(startupPreloads(page, keep, manifest))).not.toContain('assets/Qr.js')
  })

  it('adds the files the kept chunks import, each once, after the last link and under the base path', () => {
    const html = startupPreloads(page, keep, manifest)
    expect(links(html).filter((file) => file?.endsWith('.js') && file !== 'assets/boot.js').sort()).toEqual(
      ['assets/A.js', 'assets/card.js', 'assets/framework.js', 'assets/main.js', 'assets/runtime.js'].sort(),
    )
    expect(html.indexOf('assets/framework.js')).toBeGreaterThan(html.indexOf(link('assets/A.js')))
    expect(html).not.toContain('assets/qrcode.js')
    expect(html.match(/assets\/boot\.js/g)).toHaveLength(1)
  })

  it('fetches every script ahead at low priority (prefetch), none as a module preload', () => {
    const html = startupPreloads(page, keep, manifest)
    expect(html).not.toContain('modulepreload')
    expect(prefetched(html).sort()).toEqual(['assets/A.js', 'assets/card.js', 'assets/framework.js', 'assets/main.js', 'assets/runtime.js'].sort())
  })

  it('leaves a page without preload links as it was', () => {
    const bare = '<head><title>x</title></head>'
    expect(startupPreloads(bare, keep, manifest)).toBe(bare)
  })
})
