// The search engine's code, loaded on first use (src/data/search.ts), and how the page builds its
// index: in short tasks, so a phone can answer a tap or scroll while it is built.
export * from '@/lib/search'

/** How long one task of the build may run, measured on the device itself: 4 ms here is 16 ms on
 * Lighthouse's phone (4x slower), well under the 50 ms that makes a task long. */
export const SLICE_MS = 4

/** Runs `steps` to their end, a few per task, giving the page back between tasks (to answer a tap, to
 * scroll, to paint). Cold, the index is one 50 ms task on this machine, four times that on a phone. */
export async function inShortTasks<T>(
  steps: Generator<void, T, void>,
  { sliceMs = SLICE_MS, now = () => performance.now(), pause = yieldToPage } = {},
): Promise<T> {
  for (;;) {
    const end = now() + sliceMs
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return step.value
      if (now() >= end) break
    }
    await pause()
  }
}

type Scheduler = { yield?: () => Promise<void> }
/** scheduler.yield where there is one (the rest of the build goes first when the page is free); a timer elsewhere. */
const yieldToPage = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve))
}
