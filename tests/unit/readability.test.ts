import { describe, expect, it } from 'vitest'
import { countSyllables, gradeLevel } from '@/lib/readability'

describe('countSyllables', () => {
  it.each([
    ['cat', 1],
    ['heart', 1],
    ['blood', 1],
    ['machine', 2],
    ['hospital', 3],
    ['potato', 3],
    ['', 0],
  ])('%s has %i', (word, n) => expect(countSyllables(word)).toBe(n))
})

describe('gradeLevel', () => {
  it('scores a plain sentence low and a dense one high', () => {
    expect(gradeLevel('You test how well people hear. You help them get hearing aids.')).toBeLessThan(4)
    expect(
      gradeLevel('Histocompatibility and immunogenetics laboratories characterise human leukocyte antigen polymorphisms to facilitate transplantation.'),
    ).toBeGreaterThan(15)
  })
})
