// npm run bench: runs every benchmark section and prints one JSON report; exit code 1 if a budget
// from DESIGN.md is missed. A section is a file scripts/bench-<name>.ts listed in SECTIONS that
// exports either a default BenchSection (scripts/benchUtils.ts) or a function bench<Name>()
// returning its result (a `withinBudget: false` in that result fails the run).
import { existsSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import type { Budget, BenchSection } from './benchUtils.ts'

const SECTIONS = ['search', 'tree']

type SectionModule = { default?: BenchSection } & Record<string, unknown>

async function runSection(name: string, module: SectionModule) {
  if (module.default && typeof module.default.run === 'function') return module.default.run()
  const fn = module[`bench${name[0]?.toUpperCase()}${name.slice(1)}`]
  if (typeof fn !== 'function') throw new Error(`scripts/bench-${name}.ts exports no section`)
  const result = (await fn()) as Record<string, unknown>
  const budgets: Budget[] = typeof result.withinBudget === 'boolean' ? [{ name: `${name}: all budgets`, ok: result.withinBudget }] : []
  return { result, budgets }
}

const report: Record<string, unknown> = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: `${cpus().length} x ${cpus()[0]?.model ?? 'unknown'}`,
  // Timings run high when the machine is busy (load near or above the number of cores).
  loadAverage1m: Math.round((loadavg()[0] ?? 0) * 100) / 100,
}
const budgets: Budget[] = []
for (const name of SECTIONS) {
  const file = new URL(`./bench-${name}.ts`, import.meta.url)
  if (!existsSync(file)) continue
  const { result, budgets: own } = await runSection(name, (await import(file.href)) as SectionModule)
  report[name] = result
  budgets.push(...own)
}
report.budgets = budgets
report.ok = budgets.every((b) => b.ok)
console.log(JSON.stringify(report, null, 2))
if (!report.ok) process.exitCode = 1
