// Alphabetical order for the names the data holds (plain English without accents: tests/unit/names.test.ts
// checks every name, and that this order is the en-GB collator's). Case-insensitive, and without Intl:
// setting up a collator costs a phone tens of milliseconds, and the catalogue and the tree sort at start.

export function compareNames(a: string, b: string): number {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  return x < y ? -1 : x > y ? 1 : 0
}
