// Shared by the benchmark sections (scripts/bench-*.ts): timing, statistics and the section shape.

export interface Budget {
  name: string
  limitMs?: number
  valueMs?: number
  ok: boolean
}

export interface BenchSection {
  name: string
  run(): Promise<{ result: Record<string, unknown>; budgets: Budget[] }> | { result: Record<string, unknown>; budgets: Budget[] }
}

export interface Timing {
  samples: number
  medianMs: number
  p95Ms: number
  meanMs: number
}

const round = (ms: number) => Math.round(ms * 1000) / 1000

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[at] as number
}

export function summarise(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b)
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length)
  return { samples: sorted.length, medianMs: round(quantile(sorted, 0.5)), p95Ms: round(quantile(sorted, 0.95)), meanMs: round(mean) }
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

export function budget(name: string, limitMs: number, valueMs: number): Budget {
  return { name, limitMs, valueMs, ok: valueMs <= limitMs }
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
