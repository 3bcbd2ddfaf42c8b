// npm run lighthouse: Lighthouse (mobile preset) on /, a specialism and compare, against the built
// site served by `vite preview`. Prints the scores as JSON and exits 1 below the DESIGN.md budgets
// (performance >= 95; accessibility, best practices, SEO = 100). Uses `npx lighthouse@12.8.2`, so it
// stays out of the dependencies that `npm ci` installs for CI.
import { execFileSync, spawn } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'

const PORT = 4179
const pages = ['/', '/specialisms/audiology/', '/compare/?s=audiology,cardiac-science']
const budget: Record<string, number> = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 }

const server = spawn('./node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' })
const stop = () => server.kill()
process.on('exit', stop)
await new Promise((resolve) => setTimeout(resolve, 1500))

const results: Record<string, Record<string, number>> = {}
let failed = false
for (const path of pages) {
  const out = `/tmp/lighthouse-${pages.indexOf(path)}.json`
  execFileSync(
    'npx',
    ['--yes', 'lighthouse@12.8.2', `http://127.0.0.1:${PORT}${path}`, '--quiet', '--output=json', `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices,seo', `--chrome-flags=--headless=new --no-sandbox --disable-gpu`],
    { stdio: 'inherit', env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' } },
  )
  const report = JSON.parse(readFileSync(out, 'utf8')) as { categories: Record<string, { score: number }> }
  rmSync(out)
  results[path] = Object.fromEntries(Object.entries(report.categories).map(([k, v]) => [k, Math.round(v.score * 100)]))
  for (const [category, min] of Object.entries(budget)) {
    if ((report.categories[category]?.score ?? 0) < min) failed = true
  }
}
console.log(JSON.stringify(results, null, 2))
stop()
process.exit(failed ? 1 : 0)
