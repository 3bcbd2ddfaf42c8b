import { describe, expect, it } from 'vitest'
import { createSearch } from '@/lib/search'
import { lastSegment, suggestSpecialisms } from '@/lib/suggest'
import { fixtureSite, fixtureSynonyms } from '../fixtures/site'

const specialisms = fixtureSite.specialisms
const search = createSearch(specialisms, { synonyms: fixtureSynonyms, groupings: fixtureSite.groupings })
const suggest = (path: string) => suggestSpecialisms(path, specialisms, search)

describe('lastSegment', () => {
  it.each([
    ['/specialisms/audiolgy/', 'audiolgy'],
    ['/specialisms/cardiac-science', 'cardiac science'],
    ['/specialisms/radiotherapy_physics.html', 'radiotherapy physics'],
    ['/specialisms/heart%20scan/', 'heart scan'],
    ['/specialisms/audiolgy/?q=x#top', 'audiolgy'],
    ['/specialisms/', ''],
    ['/groupings/', ''],
    ['/', ''],
    ['', ''],
    ['/specialisms/%E0%A4%A/', 'E0 A4 A'],
  ])('%j -> %j', (path, words) => {
    expect(lastSegment(path)).toBe(words)
  })
})

describe('suggestSpecialisms', () => {
  it('offers Audiology for a misspelt path', () => {
    expect(suggest('/specialisms/audiolgy/')[0]).toBe('audiology')
  })

  it('offers the specialism for run-together or underscored names', () => {
    expect(suggest('/specialisms/cardiacscience/')[0]).toBe('cardiac-science')
    expect(suggest('/specialisms/nuclear_medicin')[0]).toBe('nuclear-medicine')
  })

  it('offers specialisms for an everyday word', () => {
    expect(suggest('/heart/')).toContain('cardiac-science')
  })

  it('offers at most three, without repeats', () => {
    const ids = suggest('/specialisms/clinical/')
    expect(ids.length).toBeLessThanOrEqual(3)
    expect(new Set(ids).size).toBe(ids.length)
    expect(suggestSpecialisms('/heart/', specialisms, search, 1)).toHaveLength(1)
  })

  it.each(['/', '/specialisms/', '/about-us/', '/qqqqzzzz/', `/${'x'.repeat(10_000)}/`, '/%%%/', '/🫀/'])('offers nothing near for %j, without throwing', (path) => {
    expect(suggest(path)).toEqual([])
  })
})
