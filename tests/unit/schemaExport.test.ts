import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'
import { jsonSchemas } from '../../scripts/jsonSchemas'

it('schema/*.schema.json is up to date with src/lib/schema.ts (run: npx tsx scripts/export-schema.ts)', () => {
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    const file = fileURLToPath(new URL(`../../schema/${name}.schema.json`, import.meta.url))
    expect(JSON.parse(readFileSync(file, 'utf8')), name).toEqual(schema)
  }
})
