// Writes the data schema as JSON Schema (schema/*.schema.json) so editors can complete and check
// data files. Run after changing src/lib/schema.ts; a unit test fails when the files are stale.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { jsonSchemas } from './jsonSchemas.ts'

const dir = fileURLToPath(new URL('../schema/', import.meta.url))
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(`${dir}${name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`)
}
console.log(`Wrote ${Object.keys(jsonSchemas()).length} schemas to schema/`)
