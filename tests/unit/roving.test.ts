import { describe, expect, it } from 'vitest'
import { rovingMove, rovingStop } from '@/lib/roving'

describe('rovingStop', () => {
  it.each<[boolean[], number]>([
    [[false, false, false], 0],
    [[false, true, true], 1],
    [[false, false, true], 2],
    [[], 0],
  ])('%j -> %i', (checked, expected) => expect(rovingStop(checked)).toBe(expected))
})

describe('rovingMove', () => {
  it.each<[string, number, number, number | null]>([
    ['ArrowDown', 0, 4, 1],
    ['ArrowRight', 2, 4, 3],
    ['ArrowDown', 3, 4, 0],
    ['ArrowUp', 0, 4, 3],
    ['ArrowLeft', 2, 4, 1],
    ['Home', 3, 4, 0],
    ['End', 0, 4, 3],
    ['Tab', 1, 4, null],
    [' ', 1, 4, null],
    ['ArrowDown', 0, 0, null],
  ])('%s from %i of %i -> %s', (key, index, count, expected) => expect(rovingMove(key, index, count)).toBe(expected))
})
