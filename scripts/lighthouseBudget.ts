// The Lighthouse budgets (DESIGN.md) and the core pages they are measured on (issue 11: the explorer,
// a specialism page and compare). A core page that is still short of a budget is listed in
// LIGHTHOUSE_FOR_NOW at its measured median plus a margin for run-to-run noise, so it cannot get
// worse; delete the entry when the page meets the budget.

export const BUDGET = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100, lcpRatio: 1.3, tbt: 200 }

export const CORE_PAGES = ['/', '/specialisms/audiology/', '/compare/']

export interface Limits {
  performance: number
  lcpRatio: number
  tbt: number
  until: string
}

export const LIGHTHOUSE_FOR_NOW: Record<string, Limits> = {}

export function limitsFor(path: string): Limits {
  return LIGHTHOUSE_FOR_NOW[path] ?? { performance: BUDGET.performance, lcpRatio: BUDGET.lcpRatio, tbt: BUDGET.tbt, until: 'never' }
}
