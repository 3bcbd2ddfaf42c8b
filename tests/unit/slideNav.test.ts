import { describe, expect, it } from 'vitest'
import { parseQuery } from 'vue-router'
import { clampSlide, keyToAction, parseSlide, slideAfter, slideToShowEarly, swipeAction } from '@/lib/slideNav'

describe('parseSlide', () => {
  it.each([
    [undefined, 1],
    ['', 1],
    ['abc', 1],
    ['4', 4],
    [' 4 ', 4],
    ['-1', 1],
    ['0', 1],
    ['9999', 12],
    ['12', 12],
    ['3.6', 4],
    ['4abc', 1],
    ['1e3', 1],
    [['5', '7'], 5],
    [null, 1],
  ])('%j in a 12-slide deck is slide %i', (raw, expected) => {
    expect(parseSlide(raw, 12)).toBe(expected)
  })

  it('never goes below 1, even for an empty deck', () => {
    expect(parseSlide('5', 0)).toBe(1)
    expect(clampSlide(Number.NaN, 5)).toBe(1)
  })
})

describe('slideToShowEarly', () => {
  it('shows a later slide of the prerendered deck, and leaves the first, a deck of chosen specialisms and a page with no deck alone', () => {
    expect(slideToShowEarly('?slide=4', 12)).toBe(4)
    expect(slideToShowEarly('?slide=99', 12)).toBe(12)
    expect(slideToShowEarly('?slide=1', 12)).toBeNull()
    expect(slideToShowEarly('', 12)).toBeNull()
    expect(slideToShowEarly('?slide=abc', 12)).toBeNull()
    expect(slideToShowEarly('?s=audiology&slide=3', 12)).toBeNull()
    expect(slideToShowEarly('?slide=3&s=', 12)).toBeNull()
    expect(slideToShowEarly('?slide=3', 0)).toBeNull()
    expect(slideToShowEarly('?slide=3', 1)).toBeNull()
    expect(slideToShowEarly('?presenter=1&slide=3', 12)).toBe(3)
  })

  // The app reads the slide from the router's query; what boot shows first must be what the app then
  // shows, or the app, starting, would leave the wrong slide on screen.
  it.each(['?slide=4', '?slide=+5', '?slide=%205', '?slide=5&slide=7', '?sl%69de=6', '?slide=3.6', '?slide=-2', '?slide=1e3', '?slide=', '?slide', '?x=1&slide=8', '?slide=99'])(
    '%s: the slide the app shows',
    (search) => {
      expect(slideToShowEarly(search, 12) ?? 1).toBe(parseSlide(parseQuery(search.slice(1)).slide, 12))
    },
  )
})

describe('keyToAction', () => {
  const press = (key: string, typed = '', mods: { ctrlKey?: boolean } = {}) => keyToAction({ key, typed, ...mods })

  it.each(['ArrowRight', 'ArrowDown', 'PageDown', ' '])('%j goes to the next slide (clickers send PageDown)', (key) => {
    expect(press(key)).toEqual({ type: 'next' })
  })
  it.each(['ArrowLeft', 'ArrowUp', 'PageUp'])('%j goes back (clickers send PageUp)', (key) => {
    expect(press(key)).toEqual({ type: 'prev' })
  })
  it('Home, End, F and Esc', () => {
    expect(press('Home')).toEqual({ type: 'first' })
    expect(press('End')).toEqual({ type: 'last' })
    expect(press('f')).toEqual({ type: 'fullscreen' })
    expect(press('F')).toEqual({ type: 'fullscreen' })
    expect(press('Escape')).toEqual({ type: 'exit' })
  })
  it('collects digits, then Enter jumps to that number', () => {
    expect(press('1')).toEqual({ type: 'digit', typed: '1' })
    expect(press('2', '1')).toEqual({ type: 'digit', typed: '12' })
    expect(press('Enter', '12')).toEqual({ type: 'goto', n: 12 })
    expect(press('Enter')).toEqual({ type: 'next' })
  })
  it('leaves modified keys and unknown keys to the browser', () => {
    expect(press('ArrowRight', '', { ctrlKey: true })).toBeNull()
    expect(press('r')).toBeNull()
    expect(press('Tab')).toBeNull()
  })
})

describe('slideAfter', () => {
  it.each([
    [{ type: 'next' } as const, 3, 4],
    [{ type: 'next' } as const, 12, 12],
    [{ type: 'prev' } as const, 1, 1],
    [{ type: 'prev' } as const, 5, 4],
    [{ type: 'first' } as const, 7, 1],
    [{ type: 'last' } as const, 2, 12],
    [{ type: 'goto', n: 99 } as const, 2, 12],
    [{ type: 'goto', n: 0 } as const, 2, 1],
  ])('%j from %i goes to %i of 12', (action, from, to) => {
    expect(slideAfter(action, from, 12)).toBe(to)
  })
  it('is null for actions that are not moves', () => {
    expect(slideAfter({ type: 'fullscreen' }, 3, 12)).toBeNull()
    expect(slideAfter({ type: 'exit' }, 3, 12)).toBeNull()
  })
})

describe('swipeAction', () => {
  it('a swipe left is next, right is back; short or mostly vertical moves are ignored', () => {
    expect(swipeAction(-80, 10)).toEqual({ type: 'next' })
    expect(swipeAction(80, -10)).toEqual({ type: 'prev' })
    expect(swipeAction(-30, 0)).toBeNull()
    expect(swipeAction(-80, 70)).toBeNull()
  })
})
