// A page whose content comes from its address (compare: ?s=a,b; pathways: ?for=a) is prerendered
// without it, so until the app has started it can only show a stand-in. The build writes into such a
// page, in <meta name="query-files">, every specialism it could be asked for: the file of its details
// and its name. src/boot.ts reads it before the app exists, to fetch the chosen specialisms' details
// with the app (not a round trip after it) and to name them at once (compare's "Comparing …").
//
// Only ids in the build's list are ever used: an unknown or hostile id is ignored, never a URL or
// text from the address.
import { parseIdList } from './compareQuery.ts'

/** Which query parameter lists a page's specialisms, and how many it shows. */
export interface QueryDetails {
  param: string
  max: number
}

export interface QueryFiles extends QueryDetails {
  /** id -> [details file, name] */
  specialisms: Record<string, readonly [file: string, name: string]>
}

export const QUERY_FILES_META = 'query-files'

/** The meta's content, for a single-quoted attribute: JSON, with what could end the attribute or a tag,
 * or start a character reference, escaped (JSON.parse reads the escapes back). */
export function writeQueryFiles(files: QueryFiles): string {
  return JSON.stringify(files).replace(/[&<>']/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

const isPair = (value: unknown): value is readonly [string, string] =>
  Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string')

/** The meta's content read back; undefined when it is missing or not what the build writes. */
export function readQueryFiles(content: string | null | undefined): QueryFiles | undefined {
  if (!content) return undefined
  let value: unknown
  try {
    value = JSON.parse(content)
  } catch {
    return undefined
  }
  if (typeof value !== 'object' || value === null) return undefined
  const { param, max, specialisms } = value as Record<string, unknown>
  if (typeof param !== 'string' || typeof max !== 'number' || typeof specialisms !== 'object' || specialisms === null) return undefined
  const known: Record<string, readonly [string, string]> = {}
  for (const [id, pair] of Object.entries(specialisms)) if (isPair(pair)) known[id] = pair
  return { param, max, specialisms: known }
}

/** The specialisms an address asks for, read as the page reads them (lib/compareQuery.ts): their
 * details files and names, in order. */
export function chosenIn(files: QueryFiles, search: string): { files: string[]; names: string[] } {
  // URLSearchParams reads any string: a malformed escape (%E0%A4%A) stays as it is, and matches no id.
  const values = new URLSearchParams(search).getAll(files.param)
  const { ids } = parseIdList(values, (id) => Object.hasOwn(files.specialisms, id), files.max)
  const chosen = ids.map((id) => files.specialisms[id]!)
  return { files: chosen.map(([file]) => file), names: chosen.map(([, name]) => name) }
}
