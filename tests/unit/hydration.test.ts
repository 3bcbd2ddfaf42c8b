import { describe, expect, it } from 'vitest'
import { servedPageMatches } from '@/lib/hydration'

const site = 'https://example.org'

describe('servedPageMatches', () => {
  it.each([
    ['/specialisms/audiology/', '/specialisms/audiology/'],
    ['/specialisms/audiology/', '/specialisms/audiology'],
    ['/specialisms/audiology/', '/specialisms/audiology/index.html'],
    ['/', '/'],
    ['/', '/index.html'],
    ['/', '/?q=babies&group=physiological-sciences'],
    ['/compare/?s=audiology', '/compare/?s=cardiac-science'],
    ['/careers/about/', '/careers/about/'],
  ])('hydrates %s served at %s', (canonical, location) => {
    expect(servedPageMatches(`https://healthcare-science-careers.example${canonical}`, `${site}${location}`)).toBe(true)
  })

  it.each([
    ['/404', '/specialisms/nope/'],
    // The not-found page says which address was asked for, so even its own file is rendered afresh.
    ['/404', '/404.html'],
    ['/404', '/specialisms/Audiology/'],
    ['/', '/specialisms/audiology/'],
    ['/careers/about/', '/about/'],
  ])('renders afresh when %s is served at %s', (canonical, location) => {
    expect(servedPageMatches(`https://healthcare-science-careers.example${canonical}`, `${site}${location}`)).toBe(false)
  })

  it('renders afresh without a canonical link (the dev server) or with a broken one', () => {
    expect(servedPageMatches(null, `${site}/`)).toBe(false)
    expect(servedPageMatches(undefined, `${site}/`)).toBe(false)
    expect(servedPageMatches('not a url', `${site}/`)).toBe(false)
  })
})
