import { describe, expect, it } from 'vitest'
import { allowedEdits, editDistance, phonetic, stem, tokenise } from '@/lib/searchText'

describe('tokenise', () => {
  it('gives terms with their ranges in the original text', () => {
    expect(tokenise('Heart-lung machine')).toEqual([
      { term: 'heart', start: 0, end: 5 },
      { term: 'lung', start: 6, end: 10 },
      { term: 'machine', start: 11, end: 18 },
    ])
  })

  it.each([
    ['X-rays', ['xray']],
    ['x ray', ['xray']],
    ['xray', ['xray']],
    ['C. difficile', ['cdifficile']],
    ["Huntington's", ['huntington']],
    ['Huntington’s disease', ['huntington', 'disease']],
    ['I want a job', ['want', 'job']],
    ['Ménière’s', ['meniere']],
    ['H&I', ['hi']],
    ['ECG!!', ['ecg']],
    ['', []],
    ['🫀 💙', []],
  ])('%j -> %j', (text, terms) => {
    expect(tokenise(text).map((t) => t.term)).toEqual(terms)
  })
})

describe('stem', () => {
  it.each([
    ['babies', 'baby'],
    ['babys', 'baby'],
    ['lungs', 'lung'],
    ['eyes', 'eye'],
    ['viruses', 'virus'],
    ['virus', 'virus'],
    ['glasses', 'glass'],
    ['analysis', 'analysis'],
    ['boxes', 'box'],
    ['coding', 'coding'],
    ['gas', 'gas'],
    ['2s', '2s'],
  ])('%s -> %s', (word, stemmed) => {
    expect(stem(word)).toBe(stemmed)
  })
})

describe('phonetic', () => {
  it.each([
    ['physics', 'fisics'],
    ['psychology', 'sykology'],
    ['chemistry', 'kemistry'],
    ['haematology', 'hematology'],
    ['leukaemia', 'leukemia'],
  ])('%s sounds like %s', (a, b) => {
    expect(phonetic(a)).toBe(phonetic(b))
  })
})

describe('editDistance', () => {
  it.each([
    ['heart', 'heart', 2, 0],
    ['hart', 'heart', 2, 1],
    ['brian', 'brain', 2, 1],
    ['audiolgy', 'audiology', 2, 1],
    ['kitten', 'sitting', 3, 3],
    ['kitten', 'sitting', 2, 3],
    ['abc', 'abcdefgh', 2, 3],
    ['', 'ab', 2, 2],
  ])('%s -> %s (max %i) = %i', (a, b, max, distance) => {
    expect(editDistance(a, b, max)).toBe(distance)
  })

  it('handles words longer than its reused rows', () => {
    const long = 'a'.repeat(100)
    expect(editDistance(long, `${long}b`, 2)).toBe(1)
  })
})

describe('allowedEdits', () => {
  it('allows more mistakes in longer words', () => {
    expect([3, 4, 5, 6, 8, 9, 14].map(allowedEdits)).toEqual([0, 1, 1, 2, 2, 3, 3])
  })
})
