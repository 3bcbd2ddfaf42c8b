import { describe, expect, it } from 'vitest'
import { startFiles, withAppFiles, type Manifest } from '../../scripts/preloadLinks'
import { readQueryFiles } from '@/lib/queryFiles'

// The shape of the real build: boot (the entry) imports the app after the paint, the app's router
// imports the views, view A loads the QR code when it asks for it, while view B imports it statically
// (as a specialism page's stories section and a teaching page share TryItYourself).
const manifest: Manifest = {
  'src/boot.ts': { file: 'assets/boot.js', isEntry: true, imports: ['_runtime.js'], dynamicImports: ['src/main.ts'] },
  'src/main.ts': { file: 'assets/main.js', imports: ['src/boot.ts', '_framework.js', '_runtime.js'], dynamicImports: ['src/views/A.vue', 'src/views/B.vue'] },
  'src/views/A.vue': { file: 'assets/A.js', imports: ['_framework.js', '_card.js'], dynamicImports: ['src/components/Qr.vue'] },
  'src/views/B.vue': { file: 'assets/B.js', imports: ['_framework.js', 'src/components/Qr.vue'] },
  'src/components/Qr.vue': { file: 'assets/Qr.js', imports: ['_qrcode.js'] },
  '_framework.js': { file: 'assets/framework.js' },
  '_runtime.js': { file: 'assets/runtime.js' },
  '_card.js': { file: 'assets/card.js', imports: ['_framework.js'] },
  '_qrcode.js': { file: 'assets/qrcode.js' },
}

const link = (file: string) => `<link rel="modulepreload" crossorigin="" href="/careers/${file}">`
const appFiles = (html: string) => /<meta name="app-files" content="([^"]*)">/.exec(html)?.[1]?.split(' ') ?? []

describe('startFiles', () => {
  it('is the app, the page’s view and what they import: not the entry, nor what the view loads later', () => {
    expect(startFiles(manifest, ['assets/main.js', 'assets/A.js', 'assets/Qr.js']).sort()).toEqual(
      ['assets/A.js', 'assets/card.js', 'assets/framework.js', 'assets/main.js', 'assets/runtime.js'].sort(),
    )
  })

  it('keeps a chunk that this page’s view imports statically', () => {
    expect(startFiles(manifest, ['assets/main.js', 'assets/B.js', 'assets/Qr.js'])).toEqual(expect.arrayContaining(['assets/Qr.js', 'assets/qrcode.js']))
  })
})

describe('withAppFiles', () => {
  // What vite-ssg writes for a page that prerendered view A with its QR code.
  const page = `<head><script type="module" src="/careers/assets/boot.js"></script>${link('assets/main.js')}<link rel="stylesheet" href="/careers/assets/main.css">${link('assets/A.js')}${link('assets/Qr.js')}</head><body></body>`
  const html = withAppFiles(page, manifest)

  it('fetches no script ahead of the first paint: no preload link is left', () => {
    expect(html).not.toContain('rel="modulepreload"')
    expect(html).toContain('<link rel="stylesheet" href="/careers/assets/main.css">')
  })

  it('lists for boot what the start needs, each once, under the base path: the kept chunks and what they import', () => {
    expect(appFiles(html).sort()).toEqual(
      ['/careers/assets/A.js', '/careers/assets/card.js', '/careers/assets/framework.js', '/careers/assets/main.js', '/careers/assets/runtime.js'].sort(),
    )
  })

  it('leaves out what loads later, even where another page’s view imports it, and the entry itself', () => {
    expect(appFiles(html).some((file) => /Qr|qrcode|boot/.test(file))).toBe(false)
  })

  it('leaves a page without preload links as it was', () => {
    const bare = '<head><title>x</title></head>'
    expect(withAppFiles(bare, manifest)).toBe(bare)
  })
})

describe('withAppFiles for a page made from its address (compare, pathways)', () => {
  const details = { param: 's', max: 3 }
  const names = new Map([
    ['audiology', 'Audiology'],
    ['cardiac-science', 'Cardiac science'],
  ])
  const withDetails: Manifest = {
    ...manifest,
    'data/specialisms/audiology.json': { file: 'assets/audiology-1.js' },
    'data/specialisms/audiology.json?stories': { file: 'assets/audiology-2.js' },
    'data/specialisms/cardiac-science.json': { file: 'assets/cardiac-science-3.js' },
  }
  const page = `<head>${link('assets/main.js')}${link('assets/A.js')}</head><body></body>`
  const queryFiles = (html: string) => readQueryFiles(/<meta name="query-files" content='([^']*)'>/.exec(html)?.[1])

  it('lists every specialism’s details chunk (not its stories) and name, under the base path', () => {
    expect(queryFiles(withAppFiles(page, withDetails, { details, names }))).toEqual({
      ...details,
      specialisms: { audiology: ['/careers/assets/audiology-1.js', 'Audiology'], 'cardiac-science': ['/careers/assets/cardiac-science-3.js', 'Cardiac science'] },
    })
  })

  it('is left out of other pages', () => {
    expect(withAppFiles(page, withDetails)).not.toContain('query-files')
  })

  it('fails the build, naming the specialism, when its details chunk is missing', () => {
    expect(() => withAppFiles(page, manifest, { details, names })).toThrow(/No details chunk for audiology/)
  })
})
