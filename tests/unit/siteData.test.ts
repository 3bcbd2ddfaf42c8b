import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'
import { loadData } from '../../scripts/readData'
import { toSiteData } from '@/lib/siteData'
import { DETAIL_FIELDS } from '@/lib/types'

it('keeps answers, sources and other detail fields out of the first view’s data', () => {
  const result = loadData(fileURLToPath(new URL('../..', import.meta.url)))
  if (!result.ok) throw new Error(result.errors.join('\n'))
  const site = toSiteData(result.data)
  expect(site).not.toHaveProperty('sources')
  expect(site).not.toHaveProperty('synonyms')
  expect(site.specialisms).toHaveLength(result.data.specialisms.length)
  for (const s of site.specialisms) {
    for (const field of DETAIL_FIELDS) expect(s, `${s.id}.${field}`).not.toHaveProperty(field)
    expect(s.summary.length).toBeGreaterThan(0)
  }
  expect(result.data.specialisms[0]).toHaveProperty('answers')
})

it('carries only the routes named for each specialism, and no citations, in the first view', () => {
  const result = loadData(fileURLToPath(new URL('../..', import.meta.url)))
  if (!result.ok) throw new Error(result.errors.join('\n'))
  const site = toSiteData(result.data)
  const haematology = site.specialisms.find((s) => s.id === 'haematology')!
  const full = result.data.specialisms.find((s) => s.id === 'haematology')!
  expect(haematology.routes).toEqual(full.routes.filter((r) => r.scope === 'named').map(({ id, scope }) => ({ id, scope })))
  expect(full.routes.some((r) => r.scope === 'theme')).toBe(true)
  for (const list of [site.levels, site.routes, site.registrations]) {
    for (const item of list) {
      expect(item).not.toHaveProperty('sources')
      expect(item).not.toHaveProperty('cite')
    }
  }
})
