import { describe, expect, it } from 'vitest'
import { fitScale, shownViews, zoomStep, type Shown } from '@/lib/exploreLayout'
import type { ExploreState } from '@/lib/exploreQuery'

describe('shownViews', () => {
  it.each<[ExploreState['view'], boolean, boolean, Shown]>([
    ['auto', false, false, { list: false, tree: true }],
    ['auto', false, true, { list: true, tree: true }],
    ['tree', false, true, { list: false, tree: true }],
    ['list', false, false, { list: true, tree: false }],
    ['list', false, true, { list: true, tree: false }],
    ['auto', true, true, { list: false, tree: true }],
    ['list', true, true, { list: false, tree: true }],
  ])('view=%s full=%s active=%s', (view, full, active, expected) => {
    expect(shownViews({ view, full }, active)).toEqual(expected)
  })
})

describe('fitScale', () => {
  it.each<[string, [number, number], [number, number], number]>([
    ['a tall tree fits the height', [1248, 1500], [1248, 600], 0.4],
    ['a wide tree fits the width', [2000, 500], [1000, 800], 0.5],
    ['a small tree grows to fill the window', [400, 300], [1600, 900], 3],
    ['rounded down so it still fits', [1000, 3000], [1000, 1000], 0.333],
    ['no smaller than the extent', [100, 10000], [100, 100], 0.2],
    ['no larger than the extent', [10, 10], [1000, 1000], 4],
    ['an empty window keeps the natural size', [100, 100], [0, 0], 1],
  ])('%s', (_label, [w, h], [aw, ah], expected) => {
    expect(fitScale({ width: w, height: h }, { width: aw, height: ah })).toBe(expected)
  })
})

describe('zoomStep', () => {
  it('steps by the factor and lands on 1 again', () => {
    expect(zoomStep(1, 1.5)).toBe(1.5)
    expect(zoomStep(1.5, 1 / 1.5)).toBe(1)
    expect(zoomStep(0.4, 1.5)).toBe(0.6)
  })
  it('stays within the extent', () => {
    expect(zoomStep(3, 1.5)).toBe(4)
    expect(zoomStep(0.25, 1 / 1.5)).toBe(0.2)
  })
})
