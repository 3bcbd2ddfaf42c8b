// Search timings: the real catalogue, then synthetic catalogues of 1,000 to 10,000 specialisms
// made from the real ones, plus a fuse.js baseline that shows why search.ts keeps its own index.
import Fuse from 'fuse.js'
import { loadData } from './readData.ts'
import { budget, seeded, summarise, time, type BenchSection } from './benchUtils.ts'
import { createSearchEngine } from '../src/lib/search.ts'
import type { AllData, SpecialismSummary } from '../src/lib/types.ts'
import { STUDENT_QUERIES } from '../tests/fixtures/studentQueries.ts'

const SIZES = [1000, 2000, 5000, 10000]
/** Results a page shows at once, so their matched ranges are worked out. */
const SHOWN = 20
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'ber', 'dan', 'gel', 'hor', 'pim', 'qua', 'wex', 'zor']
// The student queries plus misspelt and long ones, so the fuzzy path is timed too.
const QUERIES = [
  ...STUDENT_QUERIES.map(([q]) => q),
  'hart scan',
  'audiolgy',
  'kidny machien',
  'i want to work with babies and hearing',
  'blood test for leukaemia and anaemia in children',
]

/** n specialisms mixed from the real ones: names, everyday words and summaries recombined, plus a
 * made-up word each so the vocabulary grows with the catalogue as it would with real content. */
export function synthesise(real: readonly SpecialismSummary[], n: number, seed = 7): SpecialismSummary[] {
  const random = seeded(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T
  return Array.from({ length: n }, (_, i) => {
    const base = real[i % real.length] as SpecialismSummary
    const other = pick(real)
    const word = Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(SYLLABLES)).join('')
    return {
      ...base,
      id: `${base.id}-${i}`,
      name: `${base.name.split(' ')[0]} ${other.name.split(' ').slice(-1)[0]} ${word}`,
      everydayWords: [...base.everydayWords.slice(0, 5), ...other.everydayWords.slice(0, 3), word],
      summary: `${base.summary} ${other.summary}`,
    }
  })
}

function measureCatalogue(data: AllData, specialisms: readonly SpecialismSummary[], repeats: number) {
  const options = { synonyms: data.synonyms, groupings: data.groupings }
  const builds = time(() => createSearchEngine(specialisms, options), Math.max(3, Math.round(20000 / specialisms.length)), 2)
  // CPU time of one build too: wall-clock times run high when other work shares the machine.
  const cpu = process.cpuUsage()
  const engine = createSearchEngine(specialisms, options)
  const spent = process.cpuUsage(cpu)
  // One query as the page runs it: every hit (for counts and the tree), matched ranges for those shown.
  const query = (q: string) => engine.search(q).slice(0, SHOWN).reduce((n, hit) => n + hit.matches.length, 0)
  const samples = QUERIES.flatMap((q) => time(() => query(q), repeats, 3))
  const hits = QUERIES.map((q) => engine.search(q).length)
  return {
    specialisms: specialisms.length,
    build: { ...summarise(builds), cpuMsOfOne: Math.round((spent.user + spent.system) / 100) / 10 },
    query: summarise(samples),
    averageHits: Math.round(hits.reduce((a, b) => a + b, 0) / hits.length),
  }
}

function fuseBaseline(specialisms: readonly SpecialismSummary[]) {
  const fuse = new Fuse(specialisms, {
    threshold: 0.34,
    ignoreLocation: true,
    includeMatches: true,
    keys: ['name', 'otherNames', 'everydayWords', 'subTheme', 'summary'],
  })
  const samples = QUERIES.slice(0, 10).flatMap((q) => time(() => fuse.search(q), 1, 1))
  return { specialisms: specialisms.length, query: summarise(samples) }
}

const section: BenchSection = {
  name: 'search',
  run() {
    const loaded = loadData(process.cwd())
    if (!loaded.ok) throw new Error(`data/ is invalid:\n  ${loaded.errors.join('\n  ')}`)
    const data = loaded.data
    const real = measureCatalogue(data, data.specialisms, 30)
    const synthetic = SIZES.map((n) => measureCatalogue(data, synthesise(data.specialisms, n), n > 2000 ? 3 : 5))
    const first = synthetic[0] as (typeof synthetic)[number]
    const last = synthetic[synthetic.length - 1] as (typeof synthetic)[number]
    return {
      result: {
        queries: QUERIES.length,
        note: `Milliseconds per query (all hits; matched ranges of the first ${SHOWN}) and per index build.`,
        real,
        synthetic,
        growth1kTo10k: {
          specialismsRatio: last.specialisms / first.specialisms,
          queryMedianRatio: Math.round((last.query.medianMs / first.query.medianMs) * 100) / 100,
          buildMedianRatio: Math.round((last.build.medianMs / first.build.medianMs) * 100) / 100,
        },
        fuseBaseline: [fuseBaseline(data.specialisms), fuseBaseline(synthesise(data.specialisms, 1000))],
      },
      budgets: [
        budget('search median per query, real catalogue', 1, real.query.medianMs),
        budget('search median per query, 10,000 synthetic specialisms', 16, last.query.medianMs),
      ],
    }
  },
}

export default section
