// The app's loader of specialism details: answers and contributions load with the pages that show
// them (one small chunk per specialism), so the first view carries only what the tree, search and
// cards need. The Map is reactive, so a view shows the details as soon as they arrive.
// The build adds each specialism's contributions (data/contributions/<id>/) and the sources only its
// answers cite to its chunk, and keeps its stories apart (scripts/viteDataPlugin.ts, specialismDetails;
// stories load from src/data/stories.ts).
import { shallowReactive } from 'vue'
import { createDetailsLoader } from '@/lib/detailsLoader'
import type { Specialism } from '@/lib/types'

const modules = import.meta.glob<Specialism>('../../data/specialisms/*.json', { import: 'default' })

export const detailsLoader = createDetailsLoader(
  (id) => modules[`../../data/specialisms/${id}.json`]?.(),
  shallowReactive(new Map<string, Specialism>()),
)
