// The Lighthouse budgets (DESIGN.md, issue 11) and the pages they are measured on: one page of each
// type (scripts/pageTypes.ts), every budget measured on every one, each page three times (the median
// counts), and every budget held (failing the run) on every page type but for what EXCEPTIONS names,
// with why: those are measured and reported every run.
//
// - Accessibility, best practices and SEO: 100 everywhere; these do not depend on the machine.
// - LCP against the same page with its scripts removed (the floor, served beside it): every page paints
//   its largest text from the prerendered HTML, before any script is fetched (src/boot.ts), at 1.0-1.2x
//   the floor. Compare's largest text is its heading, which boot writes from the address before the
//   app starts (lib/queryFiles.ts): 1.15-1.23x (it was the table's caption, built by the app, at
//   2.4-2.5x; with boot's heading left out the run fails: '2.63x', exit 1).
// - Performance and TBT move with the machine's load from minute to minute (the same build of compare
//   read 95 to 570 ms in single runs minutes apart), even with the CPU slowdown following the measured
//   speed (slowdownFor, below). A page that misses only these (and the LCP ratio, which one run can also
//   miss) is looked at again once the machine has settled, on a median of three new runs, and fails if
//   that median misses too: noise seldom misses twice, a real regression always does
//   (scripts/lighthouse.ts). Page types whose medians reach 200 ms on some runs would fail runs on
//   noise alone: EXCEPTIONS reports them until they are well inside the budget.

export const BUDGET = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100, lcpRatio: 1.3, tbt: 200 }

export type Budget = keyof typeof BUDGET

/** The budgets that move with the machine's speed: performance (mostly its TBT) and TBT. */
export const PERF_BUDGETS: readonly Budget[] = ['performance', 'tbt']

/** Budgets a page type is not held to yet: measured and reported, never failing the run. Every other
 * page type is held to every budget. Empty: every page type is held to every budget. Until 2026-12-01
 * it named compare, a shared shortlist and the contribute form (performance and TBT: medians 95-578 ms
 * in CI then; on this runner now, Chromium 156.0.8078.114, every page type's TBT median is 0-7 ms, and
 * the contribute form comes to life in a task of its own), and a deck's LCP ratio at a later slide
 * (2.03x: the app drew the slide; now every slide is in the page and boot.ts shows the one asked for,
 * 1.02x). A page type added to it needs its why, and a test fails for one that names nothing real. */
export type Exceptions = Readonly<Record<string, { budgets: readonly Budget[]; why: string }>>
export const EXCEPTIONS: Exceptions = {}

/** Whether a page of this type is held to this budget (fails the run when it misses). */
export const heldTo = (type: string, budget: Budget, exceptions: Exceptions = EXCEPTIONS) => !exceptions[type]?.budgets.includes(budget)

/** Why a page type is not held to a budget it missed. */
export const whyNotHeld = (type: string, exceptions: Exceptions = EXCEPTIONS) => exceptions[type]?.why ?? 'held to every budget'

/** Budgets that move with the machine's load: a miss of only these is measured again before it fails. */
export const NOISY: ReadonlySet<Budget> = new Set([...PERF_BUDGETS, 'lcpRatio'])

/** Lighthouse's categories, each scored out of 100. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

/** A page's figures: the medians of its runs, and its script-less floor's LCP. */
export interface Figures {
  scores: Record<(typeof CATEGORIES)[number], number>
  lcp: number
  floorLcp: number
  tbt: number
}

export interface Verdict {
  /** Budgets it is held to and missed: the run fails unless a second look meets them. */
  missed: { budget: Budget; text: string }[]
  /** Budgets it missed that EXCEPTIONS does not hold it to. */
  reported: string[]
}

export function judge(type: string, figures: Figures, exceptions: Exceptions = EXCEPTIONS): Verdict {
  const ratio = figures.lcp / figures.floorLcp
  const over: [Budget, string][] = [
    ...CATEGORIES.filter((c) => figures.scores[c] < BUDGET[c]).map((c): [Budget, string] => [c, `${c} ${figures.scores[c]} < ${BUDGET[c]}`]),
    ...(ratio > BUDGET.lcpRatio || !Number.isFinite(ratio)
      ? [['lcpRatio', `LCP ${Math.round(figures.lcp)} ms is ${ratio.toFixed(2)}x the script-less ${Math.round(figures.floorLcp)} ms (max ${BUDGET.lcpRatio}x)`] as [Budget, string]]
      : []),
    ...(figures.tbt > BUDGET.tbt ? [['tbt', `TBT ${Math.round(figures.tbt)} ms > ${BUDGET.tbt} ms`] as [Budget, string]] : []),
  ]
  return {
    missed: over.filter(([budget]) => heldTo(type, budget, exceptions)).map(([budget, text]) => ({ budget, text })),
    reported: over.filter(([budget]) => !heldTo(type, budget, exceptions)).map(([, text]) => text),
  }
}

/** A page that missed only budgets that move with the machine is measured again before it fails. */
export const measureAgain = (verdict: Verdict) => verdict.missed.length > 0 && verdict.missed.every(({ budget }) => NOISY.has(budget))

// Lighthouse emulates a phone by slowing the CPU down 4x, and simulates the page's load from the
// tasks it measured: a machine shared with other jobs runs every task slower, so 4x on top reads
// blocking time two or three times too high (the same build, minutes apart: TBT 150 or 450 ms). Before
// each page, Lighthouse's own benchmark (BenchmarkIndex) measures how fast the machine is right now, and
// the slowdown is set so the emulated CPU is always the same one: this machine when quiet (~2,500) at
// Lighthouse's default 4x, a benchmark of 625 (DevTools rates a Moto G Power 2022 at 264: the budgets
// hold on a faster phone than that, as with Lighthouse's defaults on any quiet desktop). A quiet machine
// gets exactly the default 4x; a machine running at 60% gets 2.4x; never less than 1x.
export const EMULATED_BENCHMARK = 625
export const slowdownFor = (benchmarkIndex: number) => Number(Math.min(4, Math.max(1, benchmarkIndex / EMULATED_BENCHMARK)).toFixed(2))
