// Text handling for search: the same tokens for the index and the query, so "X-rays", "xray"
// and "x ray" meet, "babies" and "babys" meet, and "fisics" still finds "physics".

export interface Token {
  /** Normalised, stemmed term. */
  term: string
  /** Range in the original text: start inclusive, end exclusive. */
  start: number
  end: number
}

/** Words that carry no meaning in "I want a job working with babies". */
export const STOPWORDS: ReadonlySet<string> = new Set(
  ('a an and are as at be been being become becoming can career careers could do does doing for from get ' +
    'good help helping helps how i if im in into is it its job jobs just like love me my near of on or role roles ' +
    'something someone that the their them then there these they this to up want wanna wants was way we ' +
    'what when where which who why will with work working would you your').split(' '),
)

const APOSTROPHES = new Set(["'", '’'])
// Single letters that are words on their own, so they never glue to the next word.
const STANDALONE_LETTERS = new Set(['a', 'i'])

function foldChar(char: string): string {
  const code = char.charCodeAt(0)
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return char
  if (code >= 65 && code <= 90) return String.fromCharCode(code + 32)
  if (code < 128) return ''
  const folded = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  return /^[a-z0-9]+$/.test(folded) ? folded : ''
}

const stems = new Map<string, string>()

/** Plurals only: stemming "-ing" would turn "coding" into "cod". */
export function stem(word: string): string {
  let known = stems.get(word)
  if (known === undefined) {
    known = stemWord(word)
    if (stems.size < 50000) stems.set(word, known)
  }
  return known
}

function stemWord(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`
  if (word.endsWith('sses')) return word.slice(0, -2)
  if (word.endsWith('ses') && /(us|ss)$/.test(word.slice(0, -2))) return word.slice(0, -2)
  if (/(xes|ches|shes)$/.test(word)) return word.slice(0, -2)
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1)
  return word
}

const isAsciiWordChar = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90)

function rawWords(text: string): Token[] {
  const words: Token[] = []
  let start = -1
  // Plain ASCII words are sliced and lower-cased whole; others are folded character by character.
  let plain = true
  const finish = (end: number) => {
    const slice = text.slice(start, end)
    const term = plain ? slice.toLowerCase() : [...slice].map(foldChar).join('')
    if (term) words.push({ term, start, end })
    start = -1
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (isAsciiWordChar(code)) {
      if (start < 0) [start, plain] = [i, true]
    } else if (code >= 128 && foldChar(text[i] as string)) {
      if (start < 0) start = i
      plain = false
    } else if (start >= 0 && APOSTROPHES.has(text[i] as string) && foldChar(text[i + 1] ?? '')) {
      plain = false
    } else if (start >= 0) {
      finish(i)
    }
  }
  if (start >= 0) finish(text.length)
  return words
}

/** Words of a text, lower case, without accents, plurals folded; "x ray" becomes "xray". */
export function tokenise(text: string): Token[] {
  const words = rawWords(text)
  const tokens: Token[] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Token
    const next = words[i + 1]
    const glue = word.term.length === 1 && /[a-z]/.test(word.term) && !STANDALONE_LETTERS.has(word.term)
    if (glue && next && /^[a-z]/.test(next.term)) {
      tokens.push({ term: stem(word.term + next.term), start: word.start, end: next.end })
      i++
    } else if (word.term.length > 1) {
      tokens.push({ ...word, term: stem(word.term) })
    }
  }
  return tokens
}

const PHONETIC_RULES: [RegExp, string][] = [
  [/^ps/, 's'],
  [/^pn/, 'n'],
  [/^kn/, 'n'],
  [/^wr/, 'r'],
  [/ph/g, 'f'],
  [/ch/g, 'k'],
  [/ck/g, 'k'],
  [/qu/g, 'kw'],
  [/c(?=[eiy])/g, 's'],
  [/c/g, 'k'],
  [/y/g, 'i'],
  [/ae|oe/g, 'e'],
  [/wh/g, 'w'],
  [/(.)\1+/g, '$1'],
]

/** A rough sound-alike key: "physics" and "fisics", "psychology" and "sykology" share one. */
export function phonetic(term: string): string {
  let key = term
  for (const [pattern, replacement] of PHONETIC_RULES) key = key.replace(pattern, replacement)
  return key
}

// Rows reused between calls: editDistance runs once per vocabulary word for each misspelt word.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)]

/**
 * Optimal string alignment distance (edits, with swaps of neighbours), or max + 1 as soon as it
 * must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  if ((rows[0] as Int32Array).length <= b.length) rows = rows.map(() => new Int32Array(b.length + 1))
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array]
  for (let j = 0; j <= b.length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] as number) + 1)
      }
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > max) return max + 1
    ;[before, previous, current] = [previous, current, before]
  }
  return Math.min(previous[b.length] as number, max + 1)
}

/** How many typing mistakes a word of this length may carry and still be recognised. */
export function allowedEdits(length: number): number {
  if (length < 4) return 0
  if (length < 6) return 1
  if (length < 9) return 2
  return 3
}
