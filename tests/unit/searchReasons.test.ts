import { describe, expect, it } from 'vitest'
import { createSearchEngine, type SearchHit } from '@/lib/search'
import { foldLabel, reasonsFor, splitByStrength } from '@/lib/searchReasons'
import { fixtureSite, fixtureSynonyms } from '../fixtures/site'

const engine = createSearchEngine(fixtureSite.specialisms, { synonyms: fixtureSynonyms, groupings: fixtureSite.groupings })
const run = (q: string) => {
  const hits = engine.search(q)
  return { ids: hits.map((h) => h.id), hits: new Map(hits.map((h) => [h.id, h])) }
}
const hit = (id: string, matches: SearchHit['matches']): SearchHit => ({ id, score: 0, matches })

describe('reasonsFor', () => {
  it('says which word matched and in which field, name left out when something else shows why', () => {
    const [first] = engine.search('heart')
    expect(first?.id).toBe('cardiac-science')
    expect(reasonsFor(first!)).toEqual([{ key: 'everydayWords', value: 'heart', indices: [[0, 4]], label: 'everyday word' }])
  })

  it('names another name as such', () => {
    const [first] = engine.search('cardiac physiology')
    expect(reasonsFor(first!)[0]).toEqual({ key: 'otherNames', value: 'cardiac physiology', indices: [[0, 6], [8, 17]], label: 'other name' })
  })

  it('keeps the name when it is the only reason', () => {
    const [first] = engine.search('audiology')
    expect(reasonsFor(first!)).toEqual([{ key: 'name', value: 'Audiology', indices: [[0, 8]], label: 'name' }])
  })

  it('names a neighbouring job as "near", and leaves the summary out when something stronger matched', () => {
    const nurse = { key: 'synonyms', value: 'nurse', indices: [[0, 4]] as [number, number][] }
    const summary = { key: 'summary', value: 'You test the heart of a baby.', indices: [[13, 17]] as [number, number][] }
    expect(reasonsFor(hit('x', [nurse, summary]))).toEqual([{ key: 'synonyms', value: 'nurse', indices: [[0, 4]], label: 'near nursing' }])
    // Alone, a summary shows only its matched words.
    expect(reasonsFor(hit('x', [summary]))).toEqual([{ key: 'summary', value: 'heart', indices: [], label: 'summary' }])
  })

  it('gives one reason per text, at most two by default', () => {
    const h = hit('x', [
      { key: 'synonyms', value: 'Heart', indices: [[0, 4]] },
      { key: 'everydayWords', value: 'heart', indices: [[0, 4]] },
      { key: 'everydayWords', value: 'heart scan', indices: [[0, 4]] },
      { key: 'subTheme', value: 'Heart and lungs', indices: [[0, 4]] },
    ])
    expect(reasonsFor(h).map((r) => r.value)).toEqual(['Heart', 'heart scan'])
  })
})

describe('splitByStrength', () => {
  it('folds nothing when nothing is strong (only subjects match "maths" in the fixture)', () => {
    const { ids, hits } = run('maths')
    expect(splitByStrength(ids, hits)).toEqual({ strong: ['radiotherapy-physics', 'clinical-bioinformatics-genomics'], weak: [], weakBy: 'other' })
  })

  it('shows strong matches first and folds the weak, best first within each', () => {
    const { ids, hits } = run('biology')
    const withStrong = new Map(hits)
    withStrong.set('haematology', hit('haematology', [{ key: 'everydayWords', value: 'biology', indices: [[0, 6]] }]))
    const split = splitByStrength(ids, withStrong)
    expect(split.strong).toEqual(['haematology'])
    expect(split.weak).toEqual(ids.filter((id) => id !== 'haematology'))
    expect(split.weakBy).toBe('subjects')
    expect(foldLabel(split, withStrong)).toBe(`and ${ids.length - 1} more that use biology`)
  })

  it('says "mention" when the weak ones matched in their summary', () => {
    const hits = new Map([
      ['a', hit('a', [{ key: 'name', value: 'Heart', indices: [[0, 4]] }])],
      ['b', hit('b', [{ key: 'summary', value: 'A Heart beat.', indices: [[2, 6]] }])],
    ])
    const split = splitByStrength(['a', 'b'], hits)
    expect(split).toEqual({ strong: ['a'], weak: ['b'], weakBy: 'other' })
    expect(foldLabel(split, hits)).toBe('and 1 more that mention “Heart”')
  })
})
