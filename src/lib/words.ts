// Small helpers for sentences, with no data: src/boot.ts uses them before the app has loaded.

/** "a, b and c" */
export function listInWords(items: readonly string[]): string {
  if (items.length < 2) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}
