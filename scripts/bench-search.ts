// Search: our own index (src/lib/search.ts) beside MiniSearch and fuse.js (scripts/searchBaselines.ts)
// on the real catalogue (55) and synthetic ones of 1,000 and 10,000 specialisms: median time per
// query, index build time, and top-3 hits on the query table and on the held-out fresh queries.
// Run alone: npx tsx scripts/bench-search.ts
import { loadData } from './readData.ts'
import { budget, round, runIfMain, seeded, summarise, time, type BenchRow, type BenchSection } from './benchUtils.ts'
import { createFuse, createMiniSearch, type RankedSearch } from './searchBaselines.ts'
import { createSearchEngine } from '../src/lib/search.ts'
import type { AllData, SpecialismSummary } from '../src/lib/types.ts'
import { FRESH_QUERIES } from '../tests/fixtures/freshQueries.ts'
import { STUDENT_QUERIES } from '../tests/fixtures/studentQueries.ts'

const SIZES = [55, 1000, 10000]
/** Results a page shows at once, so their matched ranges are worked out. */
const SHOWN = 20
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'ber', 'dan', 'gel', 'hor', 'pim', 'qua', 'wex', 'zor']
const TABLES = { table: STUDENT_QUERIES, fresh: FRESH_QUERIES }
const QUERIES = [...STUDENT_QUERIES, ...FRESH_QUERIES].map(([q]) => q)

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

type Engine = (specialisms: readonly SpecialismSummary[], data: AllData) => RankedSearch
const options = (data: AllData) => ({ synonyms: data.synonyms, groupings: data.groupings })

export const ENGINES: Record<string, Engine> = {
  // As the page runs it: every hit (for counts and the tree), matched ranges for those shown.
  ours: (list, data) => {
    const engine = createSearchEngine(list, options(data))
    return (q) => {
      const hits = engine.search(q)
      for (const hit of hits.slice(0, SHOWN)) void hit.matches
      return hits.map((hit) => hit.id)
    }
  },
  minisearch: (list, data) => createMiniSearch(list, options(data)),
  'fuse.js': (list, data) => createFuse(list, options(data)),
}

/** A synthetic copy "cardiac-science-1234" counts as its real specialism. */
const baseId = (id: string, synthetic: boolean) => (synthetic ? id.replace(/-\d+$/, '') : id)

function measure(subject: string, engine: Engine, data: AllData, list: readonly SpecialismSummary[]): BenchRow {
  const synthetic = list !== data.specialisms
  const started = performance.now()
  const search = engine(list, data)
  const buildMs = performance.now() - started
  // fuse.js scans every string on every query: at 10,000 a run can afford 20 queries once each,
  // timed only (its hits are measured at 55 and 1,000).
  const slow = subject === 'fuse.js' && list.length > 1000
  const repeats = subject === 'fuse.js' ? 1 : list.length <= 100 ? 20 : list.length <= 1000 ? 5 : 2
  const samples = (slow ? QUERIES.slice(0, 20) : QUERIES).flatMap((q) => time(() => search(q), repeats, slow ? 0 : 1))
  if (slow) return { subject, size: list.length, timing: summarise(samples), extra: { buildMs: round(buildMs, 1), table: 'not run', fresh: 'not run' } }
  const top3 = Object.entries(TABLES).map(([name, table]) => {
    const misses = table.filter(([q, expected]) => !search(q).slice(0, 3).some((id) => baseId(id, synthetic) === expected))
    return [name, `${table.length - misses.length}/${table.length}`] as const
  })
  return { subject, size: list.length, timing: summarise(samples), extra: { buildMs: round(buildMs, 1), ...Object.fromEntries(top3) } }
}

const section: BenchSection = {
  name: 'search',
  run() {
    const loaded = loadData(process.cwd())
    if (!loaded.ok) throw new Error(`data/ is invalid:\n  ${loaded.errors.join('\n  ')}`)
    const data = loaded.data
    const rows = SIZES.flatMap((n) => {
      const list = n === data.specialisms.length ? data.specialisms : synthesise(data.specialisms, n)
      return Object.entries(ENGINES).map(([name, engine]) => measure(name, engine, data, list))
    })
    const median = (subject: string, size: number) => rows.find((r) => r.subject === subject && r.size === size)?.timing.medianMs ?? NaN
    const notes = [
      `${QUERIES.length} queries (${STUDENT_QUERIES.length} in the table, ${FRESH_QUERIES.length} fresh, never tuned on); ms per query; top-3 hits per table.`,
      ...SIZES.map((n) => `at ${n}: minisearch/ours median ${round(median('minisearch', n) / median('ours', n), 2)}x, fuse.js/ours ${round(median('fuse.js', n) / median('ours', n), 1)}x`),
      `ours 1,000 -> 10,000: median ${round(median('ours', 10000) / median('ours', 1000), 1)}x for 10x the specialisms`,
    ]
    return {
      section: 'search',
      rows,
      notes,
      budgets: [
        budget('search median per query, real catalogue', 1, median('ours', data.specialisms.length)),
        budget('search median per query, 10,000 synthetic specialisms', 16, median('ours', 10000)),
      ],
    }
  },
}

export default section
await runIfMain(import.meta, section)
