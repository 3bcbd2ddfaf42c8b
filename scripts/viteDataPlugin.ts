// Serves `virtual:site-data` (everything but the answers, which load with each specialism page)
// and fails the build with the file and field of any problem in data/.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { loadData } from './readData.ts'
import type { SiteData } from '../src/lib/types.ts'

const ID = 'virtual:site-data'
const RESOLVED = `\0${ID}`

export function siteData(root: string): Plugin {
  return {
    name: 'hcs-site-data',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined
      // Watch each file: in dev, Vite treats watched paths as imports, and a folder cannot be imported.
      for (const dir of ['data', 'data/specialisms']) {
        for (const file of readdirSync(join(root, dir))) if (file.endsWith('.json')) this.addWatchFile(join(root, dir, file))
      }
      const result = loadData(root)
      if (!result.ok) this.error(`data/ is invalid:\n  ${result.errors.join('\n  ')}`)
      const { specialisms, ...rest } = result.data
      const site: SiteData = {
        ...rest,
        specialisms: specialisms.map(({ answers: _a, contributions: _c, $schema: _s, ...summary }) => summary),
      }
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(site))})`
    },
  }
}

/** Every path the app prerenders: the fixed routes plus one per grouping and specialism. */
export function prerenderPaths(root: string, fixed: string[]): string[] {
  const result = loadData(root)
  if (!result.ok) throw new Error(`data/ is invalid:\n  ${result.errors.join('\n  ')}`)
  return [
    ...fixed,
    ...result.data.groupings.map((g) => `/groupings/${g.id}/`),
    ...result.data.specialisms.map((s) => `/specialisms/${s.id}/`),
  ]
}
