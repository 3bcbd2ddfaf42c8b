// The long tasks of a page's start, as the page itself sees them (the long-task API: real tasks, not
// Lighthouse's simulation), for scripts/profile-start.ts and scripts/blocking-ab.ts.
import type { Browser, CDPSession, Page } from 'playwright-core'

export interface LongTask {
  start: number
  duration: number
}

/** A new page sized and touched like Lighthouse's phone, its CPU slowed `rate` times, recording its long tasks. */
export async function phonePage(browser: Browser, rate: number): Promise<{ page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate })
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = ((window as unknown as { __tasks: typeof tasks }).__tasks = [])
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration })
    }).observe({ type: 'longtask', buffered: true })
  })
  return { page, cdp }
}

/** The first contentful paint and the long tasks so far. */
export const startOf = (page: Page): Promise<{ fcp: number; tasks: LongTask[] }> =>
  page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    tasks: (window as unknown as { __tasks: { start: number; duration: number }[] }).__tasks,
  }))

/** Blocking time as Lighthouse counts it: each task's excess over 50 ms, after the first paint. */
export const blockingAfter = (fcp: number, tasks: readonly LongTask[]) =>
  tasks.filter((t) => t.start >= fcp).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0)
