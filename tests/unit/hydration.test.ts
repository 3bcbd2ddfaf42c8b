import { describe, expect, it } from 'vitest'
import { servedPageMatches } from '@/lib/hydration'

describe('servedPageMatches', () => {
  it.each([
    ['/specialisms/audiology/', '/specialisms/audiology/', '/'],
    ['/specialisms/audiology/', '/specialisms/audiology', '/'],
    ['/specialisms/audiology/', '/specialisms/audiology/index.html', '/'],
    ['/', '/', '/'],
    ['/', '/index.html', '/'],
    ['/compare/', '/compare/', '/'],
    ['/about/', '/careers/about/', '/careers/'],
    ['/', '/careers/', '/careers/'],
    ['/', '/careers', '/careers/'],
  ])('hydrates the page prerendered for %s at %s (base %s)', (prerendered, pathname, base) => {
    expect(servedPageMatches(prerendered, pathname, base)).toBe(true)
  })

  it.each([
    ['/404', '/specialisms/nope/', '/'],
    // The not-found page says which address was asked for, so even its own file is rendered afresh.
    ['/404', '/404.html', '/'],
    ['/404', '/specialisms/Audiology/', '/'],
    ['/', '/specialisms/audiology/', '/'],
    ['/about/', '/about/', '/careers/'],
    ['/about/', '/careersabout/', '/careers/'],
  ])('renders afresh when the page for %s is served at %s (base %s)', (prerendered, pathname, base) => {
    expect(servedPageMatches(prerendered, pathname, base)).toBe(false)
  })

  it('renders afresh when the page carries no route (the dev server)', () => {
    expect(servedPageMatches(null, '/')).toBe(false)
    expect(servedPageMatches(undefined, '/')).toBe(false)
    expect(servedPageMatches('', '/')).toBe(false)
  })
})
