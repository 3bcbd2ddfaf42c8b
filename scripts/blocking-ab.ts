// Blocking time at start, as a phone gets it, for one or more builds side by side: loads a page of each
// build (gzip, as served) in Chromium with the CPU slowed 4x, alternating builds, and sums each long
// task's excess over 50 ms after the first paint (the long-task API: real tasks, not Lighthouse's
// simulation). Noisy on a shared machine: compare builds by the median of several runs.
// Usage: DIRS=dist,../other/dist tsx scripts/blocking-ab.ts '/compare/?s=audiology,cardiac-science' [runs=7]
// RATE=8 slows the CPU more than 4x: on a quiet machine, where 4x leaves no long task, a slower phone
// still shows which of a page's start's tasks would be the first to block.
import { resolve } from 'node:path'
import type { AddressInfo } from 'node:net'
import { chromium } from 'playwright-core'
import { serve } from './serve.ts'
import { blockingAfter, phonePage, startOf } from './longTasks.ts'

const dirs = (process.env.DIRS ?? 'dist').split(',')
const path = process.argv[2] ?? '/'
const runs = Number(process.argv[3] ?? 7)
const rate = Number(process.env.RATE ?? 4)
const servers = await Promise.all(dirs.map((d) => serve({ dir: resolve(d), port: 0 })))
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] })
const res: Record<string, { tbt: number; tasks: string }[]> = {}
for (let i = 0; i < runs; i++) for (const [k, server] of servers.entries()) {
  const { page } = await phonePage(browser, rate)
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`, { waitUntil: 'networkidle' })
  await page.waitForSelector('html[data-hydrated]', { timeout: 30_000 })
  await page.waitForTimeout(2500)
  const t = await startOf(page)
  const after = t.tasks.filter((x) => x.start >= t.fcp)
  ;(res[dirs[k]!] ??= []).push({ tbt: Math.round(blockingAfter(t.fcp, t.tasks)), tasks: after.map((x) => `${Math.round(x.start)}:${Math.round(x.duration)}`).join(' ') })
  await page.context().close()
}
for (const [d, r] of Object.entries(res)) {
  const s = r.map((x) => x.tbt).sort((a, b) => a - b)
  console.log(`${d}: median ${s[s.length >> 1]} (${s.join(', ')})`)
  for (const x of r) console.log(`   ${x.tbt}: ${x.tasks}`)
}
await browser.close()
for (const s of servers) s.close()
