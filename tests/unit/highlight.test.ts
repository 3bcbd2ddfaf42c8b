import { describe, expect, it } from 'vitest'
import { highlight } from '@/lib/highlight'

const marked = (text: string, ranges: [number, number][]) =>
  highlight(text, ranges)
    .map((p) => (p.mark ? `[${p.text}]` : p.text))
    .join('')

describe('highlight', () => {
  it.each<[string, [number, number][], string]>([
    ['heart scan', [[0, 4]], '[heart] scan'],
    ['heart scan', [[6, 9]], 'heart [scan]'],
    ['heart scan', [[6, 9], [0, 4]], '[heart] [scan]'],
    ['blood test', [[0, 4], [5, 9]], '[blood test]'],
    ['abcdef', [[1, 3], [2, 4]], 'a[bcde]f'],
    ['abc', [[-5, 1]], '[ab]c'],
    ['abc', [[1, 99]], 'a[bc]'],
    ['abc', [[2, 1]], 'abc'],
    ['abc', [], 'abc'],
    ['', [[0, 3]], ''],
  ])('%j %j -> %s', (text, ranges, expected) => {
    expect(marked(text, ranges)).toBe(expected)
  })

  it('keeps every character, in order', () => {
    const text = '<b>heart</b> & lungs'
    expect(
      highlight(text, [[3, 7], [15, 19]])
        .map((p) => p.text)
        .join(''),
    ).toBe(text)
  })
})
