import { beforeEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { decodePresenterPrefs, PRESENTER_KEY, usePresenterStore } from '@/stores/presenter'

describe('decodePresenterPrefs', () => {
  it.each([
    [null, false],
    ['', false],
    ['{"highContrast":true}', true],
    ['{"highContrast":"yes"}', false],
    ['{"highContrast":1}', false],
    ['not json {', false],
    ['null', false],
    ['[true]', false],
    ['"highContrast"', false],
  ])('%j gives high contrast %s', (raw, expected) => {
    expect(decodePresenterPrefs(raw).highContrast).toBe(expected)
  })
})

describe('usePresenterStore', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  it('keeps high contrast as a preference of this device', async () => {
    const store = usePresenterStore()
    store.restore()
    expect(store.highContrast).toBe(false)
    store.toggleContrast()
    await nextTick()
    expect(JSON.parse(localStorage.getItem(PRESENTER_KEY) ?? 'null')).toEqual({ highContrast: true })
    setActivePinia(createPinia())
    const again = usePresenterStore()
    again.restore()
    expect(again.highContrast).toBe(true)
  })

  it('starts from the defaults when storage is garbled, and then overwrites it', async () => {
    localStorage.setItem(PRESENTER_KEY, '{"highContrast": tru')
    const store = usePresenterStore()
    store.restore()
    expect(store.highContrast).toBe(false)
    store.toggleContrast()
    await nextTick()
    expect(localStorage.getItem(PRESENTER_KEY)).toBe('{"highContrast":true}')
  })

  it('reads nothing before restore(), so prerendered and hydrated HTML agree', () => {
    localStorage.setItem(PRESENTER_KEY, '{"highContrast":true}')
    expect(usePresenterStore().highContrast).toBe(false)
  })
})
