// Reads data/ from disk for the validator, the build and the command-line tools.
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join, relative } from 'node:path'
import { validateData, type RawFiles, type ValidationResult } from '../src/lib/validate.ts'

/** The .json files in a folder (and, with `deep`, in every folder below it), in a stable order. */
export function jsonFilesIn(dir: string, deep = false): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true, recursive: deep })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

export function readDataFiles(root: string): { files: RawFiles; errors: string[] } {
  const files: RawFiles = new Map()
  const errors: string[] = []
  const dataDir = join(root, 'data')
  const paths = readdirSync(dataDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(dataDir, f))
  paths.push(...jsonFilesIn(join(dataDir, 'specialisms')))
  // data/contributions/<specialism-id>/<slug>.json; a stray file elsewhere is read too, so it is reported.
  paths.push(...jsonFilesIn(join(dataDir, 'contributions'), true))
  for (const path of paths) {
    const name = relative(root, path).split('\\').join('/')
    try {
      files.set(name, JSON.parse(readFileSync(path, 'utf8')))
    } catch (error) {
      errors.push(`${name}: is not valid JSON: ${(error as Error).message}`)
    }
  }
  return { files, errors }
}

export function loadData(root: string): ValidationResult {
  const { files, errors } = readDataFiles(root)
  const result = validateData(files)
  if (errors.length === 0) return result
  return { ok: false, errors: [...errors, ...(result.ok ? [] : result.errors)] }
}
