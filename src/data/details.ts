// A specialism's answers, stories and contributions load with its page (small chunks each), so the
// first view carries only what the tree, search and cards need. The build has already validated
// every file (scripts/viteDataPlugin.ts), so they are read here as they are.
import { sortContributions, toContribution } from '@/lib/contributions'
import type { ContributionFile, Specialism, SpecialismFile } from '@/lib/types'

const modules = import.meta.glob<SpecialismFile>('../../data/specialisms/*.json', { import: 'default' })
const contributionModules = import.meta.glob<ContributionFile>('../../data/contributions/*/*.json', { import: 'default' })
const loaded = new Map<string, Specialism>()

async function loadContributions(id: string) {
  const prefix = `../../data/contributions/${id}/`
  const loads = Object.entries(contributionModules).filter(([path]) => path.startsWith(prefix))
  return sortContributions((await Promise.all(loads.map(([, load]) => load()))).map(toContribution))
}

export async function loadDetails(ids: readonly string[]): Promise<void> {
  await Promise.all(
    ids.map(async (id) => {
      const load = modules[`../../data/specialisms/${id}.json`]
      if (!load || loaded.has(id)) return
      const [file, contributions] = await Promise.all([load(), loadContributions(id)])
      loaded.set(id, { ...file, contributions })
    }),
  )
}

export function details(id: string): Specialism | undefined {
  return loaded.get(id)
}
