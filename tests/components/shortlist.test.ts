import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { createApp } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { fixtureCatalogue, fixtureContext } from '../fixtures/context'
import { SHORTLIST_KEY, decodeShortlist, hasStoredShortlist, useShortlistStore } from '@/stores/shortlist'

const isKnown = (id: string) => fixtureCatalogue.specialism(id) !== undefined
const stored = () => JSON.parse(localStorage.getItem(SHORTLIST_KEY) ?? 'null') as unknown

beforeEach(() => {
  localStorage.clear()
  // The store reads the catalogue the app provides, as in main.ts.
  const pinia = createPinia()
  createApp({}).use(fixtureContext().plugin).use(pinia)
  setActivePinia(pinia)
})
afterEach(() => vi.restoreAllMocks())

describe('shortlist store', () => {
  it('says whether this device has kept a shortlist, before any store reads it', () => {
    expect(hasStoredShortlist()).toBe(false)
    localStorage.setItem(SHORTLIST_KEY, JSON.stringify({ v: 1, ids: [] }))
    expect(hasStoredShortlist()).toBe(false)
    localStorage.setItem(SHORTLIST_KEY, '{not json')
    expect(hasStoredShortlist()).toBe(false)
    localStorage.setItem(SHORTLIST_KEY, JSON.stringify({ v: 1, ids: ['audiology'] }))
    expect(hasStoredShortlist()).toBe(true)
  })

  it('adds, toggles, reorders and removes, and keeps the list in localStorage under one key', async () => {
    const shortlist = useShortlistStore()
    shortlist.restore()
    shortlist.add('audiology')
    expect(shortlist.toggle('haematology')).toBe(true)
    shortlist.add('nuclear-medicine', 'audiology')
    await nextTick()
    expect(stored()).toEqual({ v: 1, ids: ['audiology', 'haematology', 'nuclear-medicine'] })
    shortlist.move('nuclear-medicine', -1)
    shortlist.move('audiology', -1) // already first: nothing happens
    expect(shortlist.ids).toEqual(['audiology', 'nuclear-medicine', 'haematology'])
    expect(shortlist.toggle('audiology')).toBe(false)
    shortlist.remove('haematology')
    await nextTick()
    expect(stored()).toEqual({ v: 1, ids: ['nuclear-medicine'] })
    expect(shortlist.specialisms.map((s) => s.name)).toEqual(['Nuclear medicine'])
    expect(Object.keys(localStorage)).toEqual([SHORTLIST_KEY])
  })

  it('comes back from storage in a new visit, dropping ids that are not specialisms', () => {
    localStorage.setItem(SHORTLIST_KEY, JSON.stringify({ v: 1, ids: ['audiology', 'gone-away', 'audiology', 'haematology'] }))
    const shortlist = useShortlistStore()
    expect(shortlist.ids).toEqual([]) // nothing is read until the page is mounted (prerender-safe)
    shortlist.restore()
    expect(shortlist.ids).toEqual(['audiology', 'haematology'])
    expect(shortlist.count).toBe(2)
  })

  it('never adds an unknown id', () => {
    const shortlist = useShortlistStore()
    shortlist.add('not-a-specialism', '<script>')
    expect(shortlist.toggle('nope')).toBe(false)
    expect(shortlist.ids).toEqual([])
  })

  it.each([
    ['not JSON', '{oops'],
    ['a string', '"audiology"'],
    ['null', 'null'],
    ['a number', '42'],
    ['ids that are not a list', '{"ids":5}'],
    ['an empty object', '{}'],
  ])('recovers from corrupt storage (%s) with an empty list, and then saves over it', async (_name, raw) => {
    localStorage.setItem(SHORTLIST_KEY, raw)
    const shortlist = useShortlistStore()
    expect(() => shortlist.restore()).not.toThrow()
    expect(shortlist.ids).toEqual([])
    shortlist.add('audiology')
    await nextTick()
    expect(stored()).toEqual({ v: 1, ids: ['audiology'] })
  })

  it('keeps the good ids from a partly corrupt list, and reads a bare array', () => {
    expect(decodeShortlist('{"v":1,"ids":[1,null,"audiology",{"id":"haematology"},"haematology"]}', isKnown)).toEqual(['audiology', 'haematology'])
    expect(decodeShortlist('["nuclear-medicine"]', isKnown)).toEqual(['nuclear-medicine'])
  })

  it('still works for this visit when storage is blocked', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('SecurityError')
    })
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError')
    })
    const shortlist = useShortlistStore()
    expect(() => shortlist.restore()).not.toThrow()
    shortlist.add('audiology')
    await nextTick()
    expect(shortlist.ids).toEqual(['audiology'])
  })

  it('follows changes made in another tab', () => {
    const shortlist = useShortlistStore()
    shortlist.restore()
    localStorage.setItem(SHORTLIST_KEY, JSON.stringify({ v: 1, ids: ['haematology'] }))
    window.dispatchEvent(new StorageEvent('storage', { key: SHORTLIST_KEY }))
    expect(shortlist.ids).toEqual(['haematology'])
  })
})
