import { describe, expect, it } from 'vitest'
import { comparePath, glossaryPath, groupingPath, pathwaysPath, shortlistPath, specialismPath } from '@/router/paths'

describe('paths', () => {
  it.each([
    [specialismPath('audiology'), '/specialisms/audiology/'],
    [groupingPath('physiological-sciences'), '/groupings/physiological-sciences/'],
    [pathwaysPath('route-stp'), '/pathways/#route-stp'],
    [pathwaysPath(), '/pathways/'],
    [glossaryPath(), '/glossary/'],
    [glossaryPath('stp'), '/glossary/#stp'],
  ])('%s is %s', (actual, expected) => expect(actual).toBe(expected))

  it('encodes what it is given, so an odd id never breaks out of its segment', () => {
    expect(specialismPath('a/b?c')).toBe('/specialisms/a%2Fb%3Fc/')
  })

  it('builds compare and shortlist targets with the id list codec, leaving out an empty list', () => {
    expect(comparePath(['audiology', 'cardiac-science'])).toEqual({ path: '/compare/', query: { s: 'audiology,cardiac-science' } })
    expect(shortlistPath()).toEqual({ path: '/shortlist/', query: {} })
  })
})
