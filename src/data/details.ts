// The app's loader of specialism details: answers, stories and contributions load with the pages
// that show them (small chunks per specialism), so the first view carries only what the tree, search
// and cards need. The Map is reactive, so a view shows the details as soon as they arrive.
// Contributions are files of their own (data/contributions/<id>/), validated by the build.
import { shallowReactive } from 'vue'
import { sortContributions, toContribution } from '@/lib/contributions'
import { createDetailsLoader } from '@/lib/detailsLoader'
import type { ContributionFile, Specialism, SpecialismFile } from '@/lib/types'

const modules = import.meta.glob<SpecialismFile>('../../data/specialisms/*.json', { import: 'default' })
const contributionModules = import.meta.glob<ContributionFile>('../../data/contributions/*/*.json', { import: 'default' })

async function loadContributions(id: string) {
  const prefix = `../../data/contributions/${id}/`
  const loads = Object.entries(contributionModules).filter(([path]) => path.startsWith(prefix))
  return sortContributions((await Promise.all(loads.map(([, load]) => load()))).map(toContribution))
}

async function loadSpecialism(id: string): Promise<Specialism | undefined> {
  const load = modules[`../../data/specialisms/${id}.json`]
  if (!load) return undefined
  const [file, contributions] = await Promise.all([load(), loadContributions(id)])
  return { ...file, contributions }
}

export const detailsLoader = createDetailsLoader(
  (id) => (modules[`../../data/specialisms/${id}.json`] ? loadSpecialism(id) : undefined),
  shallowReactive(new Map<string, Specialism>()),
)
