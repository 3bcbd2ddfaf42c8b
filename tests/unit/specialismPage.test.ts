import { describe, expect, it } from 'vitest'
import { createCatalogue } from '@/lib/catalogue'
import { waysIn } from '@/lib/glance'
import { sourcesByPublisher } from '@/lib/sourceGroups'
import type { ShownSource } from '@/lib/types'
import { dropDeferredPreloads, startupFiles, type Manifest } from '../../scripts/preloadLinks'
import { fixtureSite } from '../fixtures/site'

const catalogue = createCatalogue(fixtureSite)

describe('waysIn', () => {
  it('groups the routes named for a specialism by the stage they start from, earliest first', () => {
    const ways = waysIn(catalogue, [
      { id: 'stp', scope: 'named' },
      { id: 'apprenticeship-l2', scope: 'named' },
      { id: 'ptp', scope: 'named' },
    ])
    expect(ways.stages.map((s) => [s.stage, s.routes.map((r) => r.id)])).toEqual([
      ['gcse', ['apprenticeship-l2']],
      ['a-level', ['ptp']],
      ['degree', ['stp']],
    ])
    expect(ways.toAskAbout).toBe(0)
  })

  it('never shows a route named only for the wider field as a way in: it counts it to ask about', () => {
    const ways = waysIn(catalogue, [
      { id: 'stp', scope: 'named' },
      { id: 'ptp', scope: 'theme', theme: 'blood sciences' },
      { id: 'no-such-route', scope: 'theme', theme: 'x' },
    ])
    expect(ways.stages.flatMap((s) => s.routes.map((r) => r.id))).toEqual(['stp'])
    expect(ways.toAskAbout).toBe(1)
  })
})

describe('sourcesByPublisher', () => {
  const source = (publisher: string, title: string): ShownSource => ({ publisher, title, url: `https://example.org/${title}`, read: '2026-11-01', kind: 'official' }) as ShownSource
  const table: Record<string, ShownSource> = {
    a: source('School', 'About embryology'),
    b: source('Careers', 'Blood sciences'),
    c: source('School', 'STP entry'),
    d: source('Careers', 'Embryology day'),
    e: source('Register', 'Protected titles'),
  }
  const specialism = {
    sources: ['a', 'b', 'c', 'd', 'e', 'missing'],
    cite: { summary: ['a'], bands: ['b'], registration: ['e'] },
    answers: { day: { text: 't', sources: ['d'] } },
    routes: [{ id: 'stp', scope: 'named' as const, sources: ['c'] }],
  }
  const groups = sourcesByPublisher(specialism as never, (key) => table[key])

  it('names each publisher once, and leaves out keys it cannot find', () => {
    expect(groups.map((g) => g.publisher)).toEqual(['School', 'Careers', 'Register'])
    expect(groups.flatMap((g) => g.items.map((i) => i.key)).sort()).toEqual(['a', 'b', 'c', 'd', 'e'])
  })

  it('says what each source backs, marks the ones used only for what healthcare science shares, and lists them last', () => {
    const careers = groups.find((g) => g.publisher === 'Careers')!
    expect(careers.items.map((i) => [i.key, i.general, i.usedFor])).toEqual([
      ['d', false, ['the answers']],
      ['b', true, ['the pay bands']],
    ])
    expect(groups.at(-1)!.items.every((i) => i.general)).toBe(true)
  })
})

describe('preload links', () => {
  const manifest: Manifest = {
    'index.html': { file: 'assets/app.js', isEntry: true, imports: ['_framework.js'], dynamicImports: ['src/views/SpecialismView.vue'] },
    '_framework.js': { file: 'assets/framework.js' },
    'src/views/SpecialismView.vue': { file: 'assets/SpecialismView.js', imports: ['_framework.js', '_card.js'], dynamicImports: ['src/components/Answers.vue'] },
    '_card.js': { file: 'assets/card.js' },
    'src/components/Answers.vue': { file: 'assets/Answers.js', imports: ['_sources.js'] },
    '_sources.js': { file: 'assets/sources.js' },
  }

  it('keeps what hydration imports at start: the entry, the views and their static imports', () => {
    expect([...startupFiles(manifest)].sort()).toEqual(['assets/SpecialismView.js', 'assets/app.js', 'assets/card.js', 'assets/framework.js'])
  })

  it('drops the links to chunks a component loads later (lazily hydrated parts and what they import)', () => {
    const link = (file: string) => `<link rel="modulepreload" crossorigin="" href="/careers/${file}">`
    const html = ['assets/framework.js', 'assets/SpecialismView.js', 'assets/Answers.js', 'assets/sources.js'].map(link).join('')
    expect(dropDeferredPreloads(html, startupFiles(manifest))).toBe(link('assets/framework.js') + link('assets/SpecialismView.js'))
  })
})
