import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadData } from '../../scripts/readData'
import { compareNames } from '@/lib/names'

const loaded = loadData(fileURLToPath(new URL('../..', import.meta.url)))
if (!loaded.ok) throw new Error(loaded.errors.join('\n'))
const names = [...loaded.data.specialisms, ...loaded.data.groupings].map((item) => item.name)

describe('compareNames', () => {
  it('orders case-insensitively', () => {
    expect(['virology', 'Audiology', 'cardiac science'].sort(compareNames)).toEqual(['Audiology', 'cardiac science', 'virology'])
    expect(compareNames('Genomics', 'genomics')).toBe(0)
  })

  it('puts every name in the data in the order the en-GB collator would', () => {
    expect(names.every((name) => /^[\x20-\x7e]+$/.test(name))).toBe(true)
    const collator = new Intl.Collator('en-GB')
    expect([...names].sort(compareNames)).toEqual([...names].sort(collator.compare))
  })
})
