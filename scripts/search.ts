// npm run search -- "<query>"            top results as a table
// npm run --silent search -- --json "<query>"   a JSON array, best first: {id, name, grouping, score}
// npm run --silent search -- --json < queries.txt   one query per line in, one JSON array per line out
// Options: --limit N (default 10). Any input, however odd, answers [] or results.
import { readFileSync } from 'node:fs'
import { loadData } from './readData.ts'
import { createSearch } from '../src/lib/search.ts'

const args = process.argv.slice(2)
const json = args.includes('--json')
const limitAt = args.indexOf('--limit')
const limit = limitAt >= 0 ? Math.max(1, Number(args[limitAt + 1]) || 10) : 10
const words = args.filter((arg, i) => arg !== '--json' && arg !== '--limit' && !(limitAt >= 0 && i === limitAt + 1))

const loaded = loadData(process.cwd())
if (!loaded.ok) {
  console.error(`data/ is invalid:\n  ${loaded.errors.join('\n  ')}`)
  process.exit(1)
}
const { specialisms, groupings, synonyms } = loaded.data
const search = createSearch(specialisms, { synonyms, groupings })
const byId = new Map(specialisms.map((s) => [s.id, s]))

function results(query: string) {
  return search(query, limit).map((hit) => {
    const s = byId.get(hit.id)
    return { id: hit.id, name: s?.name ?? hit.id, grouping: s?.grouping ?? '', score: hit.score }
  })
}

function printTable(query: string) {
  const rows = results(query)
  if (rows.length === 0) return console.log(`No specialisms match ${JSON.stringify(query)}.`)
  console.log(`Top ${rows.length} for ${JSON.stringify(query)}:`)
  rows.forEach((r, i) => console.log(`${String(i + 1).padStart(3)}. ${r.name.padEnd(45)} ${r.grouping.padEnd(42)} ${r.score.toFixed(3)}`))
}

if (words.length > 0) {
  const query = words.join(' ')
  if (json) console.log(JSON.stringify(results(query)))
  else printTable(query)
} else if (!process.stdin.isTTY) {
  const lines = readFileSync(0, 'utf8').split(/\r?\n/)
  if (lines[lines.length - 1] === '') lines.pop()
  for (const line of lines) {
    if (json) console.log(JSON.stringify(results(line)))
    else printTable(line)
  }
} else {
  console.error('Usage: npm run search -- [--json] [--limit N] "<query>"   (or queries on standard input)')
  process.exit(2)
}
