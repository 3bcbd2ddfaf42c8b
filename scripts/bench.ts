// npm run bench [-- --no-browser]: every benchmark section, one JSON report, exit code 1 if a
// budget from DESIGN.md is missed (a budget this mode cannot measure is listed as not measured).
import { machine, parseOptions, report, type SectionResult } from './benchUtils.ts'
import search from './bench-search.ts'
import tree from './bench-tree.ts'

const options = parseOptions(process.argv)
const started = machine()
const results: SectionResult[] = []
for (const section of [search, tree]) results.push(await section.run(options))
report(results, started)
