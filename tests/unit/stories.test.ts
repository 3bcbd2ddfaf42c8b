import { describe, expect, it } from 'vitest'
import { sortStories, storyDate } from '@/lib/stories'

describe('storyDate', () => {
  it.each([
    ['2024-03-11', '11 March 2024'],
    ['2024-03', 'March 2024'],
    ['2024', '2024'],
  ])('%s -> %s', (date, words) => expect(storyDate(date)).toBe(words))
})

describe('sortStories', () => {
  it('puts dated stories first, newest first, then undated ones by title', () => {
    const list = [{ title: 'B' }, { title: 'Old', published: '2019-03-14' }, { title: 'A' }, { title: 'New', published: '2022-03' }]
    expect(sortStories(list).map((s) => s.title)).toEqual(['New', 'Old', 'A', 'B'])
  })
})
