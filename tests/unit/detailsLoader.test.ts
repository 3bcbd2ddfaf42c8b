import { describe, expect, it } from 'vitest'
import { createDetailsLoader } from '@/lib/detailsLoader'
import type { Specialism } from '@/lib/types'

const detail = (id: string) => ({ id, name: id }) as unknown as Specialism

describe('createDetailsLoader', () => {
  it('fetches each id once, even when asked twice at the same time, and keeps what it fetched', async () => {
    const fetched: string[] = []
    const loader = createDetailsLoader((id) => (fetched.push(id), Promise.resolve(detail(id))))
    await Promise.all([loader.load(['audiology', 'haematology']), loader.load(['audiology'])])
    await loader.load(['haematology'])
    expect(fetched).toEqual(['audiology', 'haematology'])
    expect(loader.get('audiology')?.id).toBe('audiology')
    expect(loader.get('virology')).toBeUndefined()
  })

  it('skips an id with no details file, without asking again, and keeps the others', async () => {
    const fetched: string[] = []
    const loader = createDetailsLoader((id) => (fetched.push(id), id === 'audiology' ? Promise.resolve(detail(id)) : undefined))
    await loader.load(['nope', 'audiology'])
    await loader.load(['nope'])
    expect(fetched).toEqual(['nope', 'audiology'])
    expect(loader.get('nope')).toBeUndefined()
    expect(loader.get('audiology')?.id).toBe('audiology')
  })

  it('tries again after a failed fetch (offline), and writes into the Map it is given', async () => {
    let online = false
    const store = new Map<string, Specialism>()
    const loader = createDetailsLoader((id) => (online ? Promise.resolve(detail(id)) : Promise.reject(new Error('offline'))), store)
    await expect(loader.load(['audiology'])).rejects.toThrow('offline')
    online = true
    await loader.load(['audiology'])
    expect([...store.keys()]).toEqual(['audiology'])
  })
})
