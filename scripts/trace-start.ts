// Which work makes each task of a page's start: loads a page of the built site (gzip, as served) in
// Chromium with a performance trace and a CPU profile in it, and lists every main-thread task over 3 ms
// with its main events (script evaluated, timer, idle callback, layout) and, for those after the first
// paint, the functions that took the most self time in that task. Times are this machine's, not
// slowed (the profiler adds to them); "x4" is what Lighthouse's 4x phone makes of them, and the sum
// of their excess over 50 ms is the blocking time it would count. Build without minifying to read
// names: `PROFILE_BUILD=1 OUT_DIR=dist-profile npx vite-ssg build`.
// Usage: tsx scripts/trace-start.ts [path]   (OUT_DIR picks the build; INCL=regexp also lists the
// functions matching it by inclusive time in tasks over 30 ms, to see which caller the time is under)
import { resolve } from 'node:path'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { serve } from './serve.ts'

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
  id?: string
  args?: { name?: string; data?: Record<string, unknown> & { url?: string; functionName?: string } }
}
interface ProfileNode {
  id: number
  parent?: number
  callFrame: { functionName: string; url?: string; lineNumber: number }
}

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = resolve(root, process.env.OUT_DIR ?? 'dist')
const path = process.argv[2] ?? '/'
const server = await serve({ dir: dist, port: 0 })
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] })
let events: TraceEvent[]
try {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true })
  const page = await context.newPage()
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'loading', 'disabled-by-default-v8.cpu_profiler'],
  })
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`, { waitUntil: 'networkidle' })
  await page.waitForTimeout(3000)
  events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents
} finally {
  await browser.close()
  server.close()
}

// The page's main thread: the renderer thread that parsed its HTML.
const parsing = events.find((e) => e.name === 'ParseHTML')!
const onMain = (e: TraceEvent) => e.pid === parsing.pid && e.tid === parsing.tid
const slices = events.filter((e) => onMain(e) && e.ph === 'X' && e.dur !== undefined)
const navigationStart = events.find((e) => e.name === 'navigationStart')?.ts ?? slices[0]!.ts
const firstPaint = events.find((e) => e.name === 'firstContentfulPaint')?.ts ?? navigationStart

// The CPU profile's samples, on the trace's clock.
const nodes = new Map<number, ProfileNode>()
const samples: { ts: number; node: number }[] = []
const profile = events.find((e) => e.name === 'Profile' && e.pid === parsing.pid)
let clock = Number(profile?.args?.data?.startTime ?? 0)
for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.pid === parsing.pid && e.id === profile?.id)) {
  const data = chunk.args!.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] }
  for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node)
  ;(data.cpuProfile?.samples ?? []).forEach((node, i) => {
    clock += data.timeDeltas?.[i] ?? 0
    samples.push({ ts: clock, node })
  })
}
const nameOf = (id: number) => {
  const frame = nodes.get(id)?.callFrame
  if (!frame) return '?'
  return `${frame.functionName || '(anonymous)'}@${(frame.url ?? '').split('/').pop()?.replace(/-[\w-]{8}\.js$/, '') ?? ''}:${frame.lineNumber + 1}`
}
const ms = (us: number) => (us / 1000).toFixed(1)
const skipped = (name: string) => name.startsWith('(idle)') || name.startsWith('(program)') || name.startsWith('(root)')

// Events that say what a task did; those inside one of these are its detail, not its headline.
const HEADLINES = new Set(['FunctionCall', 'EvaluateScript', 'v8.evaluateModule', 'TimerFire', 'FireIdleCallback', 'FireAnimationFrame', 'EventDispatch', 'ParseHTML', 'RunMicrotasks'])
const inclusive = process.env.INCL ? new RegExp(process.env.INCL) : undefined
let blocking = 0
console.log(`${path}: first contentful paint at ${ms(firstPaint - navigationStart)} ms (this machine, traced)`)
for (const task of slices.filter((e) => e.name === 'RunTask' && e.dur! > 3000)) {
  const end = task.ts + task.dur!
  const inside = slices.filter((e) => e !== task && e.name !== 'RunTask' && e.ts >= task.ts && e.ts + e.dur! <= end && e.dur! > 1000)
  const headline = inside
    .filter((e) => !inside.some((p) => p !== e && HEADLINES.has(p.name) && p.ts <= e.ts && p.ts + p.dur! >= e.ts + e.dur!))
    .slice(0, 6)
    .map((e) => `${e.name}${e.args?.data?.url ? ` ${String(e.args.data.url).split('/').pop()}` : ''} ${ms(e.dur!)}`)
  const after = task.ts >= firstPaint
  if (after) blocking += Math.max(0, (task.dur! * 4) / 1000 - 50)
  console.log(`${ms(task.ts - navigationStart).padStart(8)} ${ms(task.dur!).padStart(6)} ms (x4 ${Math.round((task.dur! * 4) / 1000)})${after ? '' : ' before paint'}: ${headline.join(' | ')}`)
  if (!after || task.dur! < 8000) continue
  const within = samples.filter((s) => s.ts >= task.ts && s.ts <= end)
  const self = new Map<string, number>()
  const total = new Map<string, number>()
  within.forEach((sample, i) => {
    const dt = (within[i + 1]?.ts ?? sample.ts) - sample.ts
    const name = nameOf(sample.node)
    self.set(name, (self.get(name) ?? 0) + dt)
    if (!inclusive) return
    const seen = new Set<string>()
    for (let id: number | undefined = sample.node; id !== undefined; id = nodes.get(id)?.parent) {
      const caller = nameOf(id)
      if (!seen.has(caller)) total.set(caller, (total.get(caller) ?? 0) + dt)
      seen.add(caller)
    }
  })
  const top = (map: Map<string, number>, n: number, keep: (name: string) => boolean) =>
    [...map].filter(([name]) => !skipped(name) && keep(name)).sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, us]) => `${name} ${ms(us)}`)
  console.log(`           self: ${top(self, 8, () => true).join(', ')}`)
  if (inclusive && task.dur! > 30000) console.log(`           inclusive: ${top(total, 30, (name) => inclusive.test(name)).join('\n                      ')}`)
}
console.log(`Blocking time at 4x after the first paint (traced, so over-counted): ${Math.round(blocking)} ms`)
