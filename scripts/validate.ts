// npm run validate: checks every file in data/ and names the file and field of each problem.
import { fileURLToPath } from 'node:url'
import { loadData } from './readData.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const result = loadData(process.argv[2] ?? root)
if (!result.ok) {
  console.error(`data/ has ${result.errors.length} problem(s):`)
  for (const error of result.errors) console.error(`  ${error}`)
  process.exit(1)
}
const { data } = result
const perGrouping = data.groupings.map((g) => `${g.shortName} ${data.specialisms.filter((s) => s.grouping === g.id).length}`)
console.log(`data/ is valid: ${data.specialisms.length} specialisms (${perGrouping.join(', ')}), ${Object.keys(data.sources).length} sources.`)
