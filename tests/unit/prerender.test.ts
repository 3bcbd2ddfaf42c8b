import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { prerenderPaths } from '../../scripts/viteDataPlugin'
import { STATIC_PATHS } from '@/router/paths'
import { routes } from '@/router'

const root = fileURLToPath(new URL('../..', import.meta.url))
const paths = prerenderPaths(root, STATIC_PATHS)

describe('prerendered paths', () => {
  it('has one page per specialism file in data/, and one per grouping', () => {
    const files = readdirSync(`${root}/data/specialisms`).map((f) => f.replace(/\.json$/, ''))
    const specialismPaths = paths.filter((p) => p.startsWith('/specialisms/'))
    expect(specialismPaths.sort()).toEqual(files.map((id) => `/specialisms/${id}/`).sort())
    expect(paths.filter((p) => p.startsWith('/groupings/') && p !== '/groupings/')).toHaveLength(4)
  })

  it('resolves every path to a named route that is not the catch-all, and every path ends in /', () => {
    const router = createRouter({ history: createMemoryHistory(), routes })
    for (const path of paths) {
      const name = router.resolve(path).name
      expect(name, path).toBeDefined()
      if (path !== '/404') {
        expect(name, path).not.toBe('not-found')
        expect(path.endsWith('/'), path).toBe(true)
      }
    }
    expect(new Set(paths).size).toBe(paths.length)
  })
})
