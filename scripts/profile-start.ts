// Where the app's start-up time goes, by task: loads a page of the built site (gzip, as served) in
// Chromium with the CPU slowed like Lighthouse's phone, and lists the long tasks after the first paint
// with the functions that took the most self time in them (a CPU profile; build without minifying,
// `PROFILE_BUILD=1 OUT_DIR=dist-profile vite-ssg build`, to read the names).
// Then the busy stretches (non-idle samples with gaps under 1 ms, near enough the tasks) over 40 ms, each
// with its top functions. Usage: tsx scripts/profile-start.ts [path] [cpu slowdown]   (OUT_DIR picks the build; default dist)
import { resolve } from 'node:path'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { serve } from './serve.ts'
import { blockingAfter, phonePage, startOf } from './longTasks.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = resolve(root, process.env.OUT_DIR ?? 'dist')
const path = process.argv[2] ?? '/'
const slowdown = Number(process.argv[3] ?? 4)
const server = await serve({ dir: dist, port: 0 })
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] })
try {
  const { page, cdp } = await phonePage(browser, slowdown)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`, { waitUntil: 'networkidle' })
  await page.waitForSelector('html[data-hydrated]', { timeout: 30_000 })
  await page.waitForTimeout(1500)
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile }
  const timing = {
    ...(await startOf(page)),
    marks: await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name}@${Math.round(m.startTime)}`).join(' ')),
  }
  console.log(`${path} at ${slowdown}x: first paint ${Math.round(timing.fcp)} ms`)
  console.log(`  marks: ${timing.marks}`)
  for (const t of timing.tasks) {
    console.log(`  long task at ${Math.round(t.start)} ms: ${Math.round(t.duration)} ms${t.start >= timing.fcp ? '' : ' (before first paint)'}`)
  }
  console.log(`  blocking after first paint: ${Math.round(blockingAfter(timing.fcp, timing.tasks))} ms`)
  // Self time per function over the whole load.
  const self = new Map<string, number>()
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const name = (id: number) => {
    const f = byId.get(id)!.callFrame
    return `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`
  }
  const dt = profile.timeDeltas
  profile.samples.forEach((id, i) => {
    let key = name(id)
    // STACK=n: the n callers too, to see who calls an expensive function.
    for (let up = parent.get(id), k = 0; up !== undefined && k < Number(process.env.STACK ?? 0); up = parent.get(up), k++) key += ` < ${name(up)}`
    self.set(key, (self.get(key) ?? 0) + (dt[i + 1] ?? 0) / 1000)
  })
  // The busy stretches (samples not idle, gaps under 1 ms): near enough the long tasks, with what ran in each.
  let t = 0
  let stretch: { from: number; to: number; self: Map<string, number> } | undefined
  const stretches: NonNullable<typeof stretch>[] = []
  profile.samples.forEach((id, i) => {
    t += (dt[i] ?? 0) / 1000
    const key = name(id)
    const idle = key.startsWith('(idle)')
    if (idle) {
      if (stretch && t - stretch.to > 1) {
        stretches.push(stretch)
        stretch = undefined
      }
      return
    }
    stretch ??= { from: t, to: t, self: new Map() }
    stretch.to = t
    stretch.self.set(key, (stretch.self.get(key) ?? 0) + (dt[i + 1] ?? 0) / 1000)
  })
  if (stretch) stretches.push(stretch)
  console.log('  busy stretches over 40 ms (profile time), with their top functions:')
  for (const x of stretches.filter((x) => x.to - x.from > 40)) {
    const fns = [...x.self].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${v.toFixed(0)}`)
    console.log(`    ${x.from.toFixed(0).padStart(6)} +${(x.to - x.from).toFixed(0)} ms: ${fns.join(' | ')}`)
  }
  const top = [...self].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)')).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 30))
  console.log('  self time (ms, whole load):')
  for (const [k, v] of top) console.log(`    ${v.toFixed(1).padStart(7)}  ${k}`)
} finally {
  await browser.close()
  server.close()
}

interface Profile {
  nodes: { id: number; children?: number[]; callFrame: { functionName: string; url: string; lineNumber: number } }[]
  samples: number[]
  timeDeltas: number[]
}
