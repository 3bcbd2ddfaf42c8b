// Shared by the benchmark sections (scripts/bench-*.ts): one result shape, one set of timing
// helpers, and one budget check used whether a section runs from `npm run bench` or alone.
import { loadavg } from 'node:os'
import { pathToFileURL } from 'node:url'

export interface Timing {
  samples: number
  medianMs: number
  p95Ms: number
  meanMs: number
  minMs: number
}

export interface Budget {
  name: string
  limitMs: number
  /** null when this mode cannot measure it (the browser part with --no-browser): reported, not failed. */
  valueMs: number | null
  measured: boolean
  ok: boolean
}

/** One measured thing: what (an engine, a layout), at what size, how long, plus figures of its own. */
export interface BenchRow {
  subject: string
  size: number
  timing: Timing
  extra?: Record<string, number | string>
}

export interface SectionResult {
  section: string
  rows: BenchRow[]
  budgets: Budget[]
  notes: string[]
}

export interface BenchOptions {
  /** Run the parts that need Chromium (tree render). */
  browser: boolean
}

export interface BenchSection {
  name: string
  run(options: BenchOptions): Promise<SectionResult> | SectionResult
}

export const round = (ms: number, places = 3) => Math.round(ms * 10 ** places) / 10 ** places

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[at] as number
}

export function summarise(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b)
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length)
  return {
    samples: sorted.length,
    medianMs: round(quantile(sorted, 0.5)),
    p95Ms: round(quantile(sorted, 0.95)),
    meanMs: round(mean),
    minMs: round(sorted[0] ?? NaN),
  }
}

/** Times each call of `fn` separately, after `warmup` untimed calls so the JIT has settled. */
export function time(fn: () => unknown, repeats: number, warmup = Math.min(20, repeats)): number[] {
  for (let i = 0; i < warmup; i++) fn()
  const samples: number[] = []
  for (let i = 0; i < repeats; i++) {
    const start = performance.now()
    fn()
    samples.push(performance.now() - start)
  }
  return samples
}

/** A budget from DESIGN.md; `valueMs` null means "not measured in this mode" (said on stderr). */
export function budget(name: string, limitMs: number, valueMs: number | null): Budget {
  return { name, limitMs, valueMs, measured: valueMs !== null, ok: valueMs === null || valueMs <= limitMs }
}

/** A small seeded random generator (mulberry32), so synthetic data is the same on every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function machine() {
  return {
    date: new Date().toISOString(),
    node: process.version,
    // Timings run high when the machine is busy (load near or above the number of cores).
    loadAverage1m: round(loadavg()[0] ?? 0, 2),
  }
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  return { browser: !argv.includes('--no-browser') }
}

/** Prints the report and sets exit code 1 when a budget is missed: the same in every mode. */
export function report(results: readonly SectionResult[], started: ReturnType<typeof machine>): boolean {
  const budgets = results.flatMap((r) => r.budgets)
  const ok = budgets.every((b) => b.ok)
  const sections = Object.fromEntries(results.map((r) => [r.section, { rows: r.rows, notes: r.notes }]))
  console.log(JSON.stringify({ ...started, loadAverageAfter1m: machine().loadAverage1m, ...sections, budgets, ok }, null, 2))
  for (const b of budgets.filter((b) => !b.measured)) console.error(`not measured in this mode: ${b.name}`)
  for (const b of budgets.filter((b) => !b.ok)) console.error(`over budget: ${b.name}: ${b.valueMs} ms > ${b.limitMs} ms`)
  if (!ok) process.exitCode = 1
  return ok
}

/** `npx tsx scripts/bench-<name>.ts [--no-browser]` runs one section with the same budget check. */
export async function runIfMain(meta: ImportMeta, section: BenchSection): Promise<void> {
  if (!process.argv[1] || meta.url !== pathToFileURL(process.argv[1]).href) return
  const started = machine()
  report([await section.run(parseOptions(process.argv))], started)
}
