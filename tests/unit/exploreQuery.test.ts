import { describe, expect, it } from 'vitest'
import { createCatalogue } from '@/lib/catalogue'
import {
  defaultExploreState,
  MAX_QUERY_LENGTH,
  PARAM_ORDER,
  parseExploreQuery,
  toExploreQuery,
  type ExploreState,
} from '@/lib/exploreQuery'
import { CONTACT, ROUTE_KINDS, SETTINGS, SUBJECTS } from '@/lib/schema'
import { fixtureSite } from '../fixtures/site'
import { MAX_TOPICS, QUIZ_CODES } from '@/lib/quizCodes'
import { toQuizParam } from '@/lib/quizQuery'

const catalogue = createCatalogue(fixtureSite)
const parse = (query: unknown) => parseExploreQuery(query, catalogue)
const state = (patch: Partial<ExploreState> = {}): ExploreState => ({ ...defaultExploreState(), ...patch })

describe('parseExploreQuery', () => {
  it.each<[string, unknown, Partial<ExploreState>, string[]]>([
    ['nothing', {}, {}, []],
    ['a search, trimmed', { q: '  heart  ' }, { q: 'heart' }, []],
    ['inner spaces and control characters made one space', { q: 'blood\n\t  test\u0000' }, { q: 'blood test' }, []],
    ['the first of repeated searches', { q: ['heart', 'lungs'] }, { q: 'heart' }, []],
    ['an empty search', { q: '' }, {}, []],
    ['a bare ?q', { q: null }, {}, []],
    ['a known grouping', { group: 'physiological-sciences' }, { group: ['physiological-sciences'] }, []],
    ['groupings, sorted', { group: 'laboratory-sciences,bioinformatics' }, { group: ['bioinformatics', 'laboratory-sciences'] }, []],
    ['repeated parameters joined', { group: ['laboratory-sciences', 'bioinformatics'] }, { group: ['bioinformatics', 'laboratory-sciences'] }, []],
    ['case and duplicates folded', { contact: 'High, high,,HIGH ' }, { contact: ['high'] }, []],
    ['unknown values dropped and reported', { group: 'physiological-sciences,nope', setting: 'moon' }, { group: ['physiological-sciences'] }, ['group=nope', 'setting=moon']],
    ['every facet', { contact: 'some', setting: 'lab,ward', subject: 'physics', entry: 'apprenticeship' }, { contact: ['some'], setting: ['lab', 'ward'], subject: ['physics'], entry: ['apprenticeship'] }, []],
    ['list view', { view: 'list' }, { view: 'list' }, []],
    ['tree view, chosen', { view: 'tree' }, { view: 'tree' }, []],
    ['auto view is the default', { view: 'auto' }, {}, []],
    ['the full-window tree', { full: '1' }, { full: true }, []],
    ['full, spelt true', { full: 'TRUE' }, { full: true }, []],
    ['full=0 is the default', { full: '0' }, {}, []],
    ['an unknown full', { full: 'yes' }, {}, ['full=yes']],
    ['an unknown view', { view: 'grid' }, {}, ['view=grid']],
    ['open groupings and sub-themes', { open: 'blood-sciences,physiological-sciences' }, { open: ['blood-sciences', 'physiological-sciences'] }, []],
    ['an open specialism is not a node', { open: 'audiology' }, {}, ['open=audiology']],
    ['a selected specialism', { sel: 'audiology' }, { sel: 'audiology' }, []],
    ['an unknown selection', { sel: 'wizardry' }, {}, ['sel=wizardry']],
    ['unknown parameters reported', { utm_source: 'mail', x: '' }, {}, ['utm_source=mail', 'x']],
    ['a null inside a list', { group: [null, 'bioinformatics'] }, { group: ['bioinformatics'] }, []],
  ])('%s', (_label, query, expected, ignored) => {
    expect(parse(query)).toEqual({ state: state(expected), ignored })
  })

  it('caps an absurdly long search and says so', () => {
    const { state: parsed, ignored } = parse({ q: 'heart '.repeat(1000) })
    expect(parsed.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH)
    expect(parsed.q.startsWith('heart heart')).toBe(true)
    expect(ignored).toEqual(['q: the end of a very long search'])
  })

  it('caps absurdly long lists and shortens what it reports', () => {
    const { state: parsed, ignored } = parse({ group: ['bioinformatics', ...Array.from({ length: 5000 }, (_, i) => `x${i}`)] })
    expect(parsed.group).toEqual(['bioinformatics'])
    expect(ignored.length).toBeLessThanOrEqual(51)
    expect(parse({ setting: 'y'.repeat(500) }).ignored[0]?.length).toBeLessThan(60)
  })

  it.each([null, undefined, 'q=heart', 42, [], [['q', 'x']], { q: 42 }, { q: { toString: () => 'x' } }, { group: 7 }, JSON.parse('{"__proto__": "x", "constructor": "y"}'), { q: ['', null] }, { q: '%E0%A4%A' }])(
    'never throws on %j',
    (query) => {
      expect(() => parse(query)).not.toThrow()
      expect(parse(query).state).toMatchObject({ view: 'auto', full: false })
    },
  )

  it('keeps a hostile search as plain text', () => {
    expect(parse({ q: '<img src=x onerror=alert(1)>' }).state.q).toBe('<img src=x onerror=alert(1)>')
  })
})

describe('toExploreQuery', () => {
  it.each<[Partial<ExploreState>, Record<string, string>]>([
    [{}, {}],
    [{ q: ' heart  scan ' }, { q: 'heart scan' }],
    [{ view: 'auto', full: false, sel: null }, {}],
    [{ view: 'list' }, { view: 'list' }],
    [{ view: 'tree' }, { view: 'tree' }],
    [{ view: 'tree', full: true, q: 'heart' }, { q: 'heart', view: 'tree', full: '1' }],
    [{ group: ['physiological-sciences', 'bioinformatics', 'bioinformatics'] }, { group: 'bioinformatics,physiological-sciences' }],
    [{ sel: 'audiology', q: 'ears', open: ['physiological-sciences'] }, { q: 'ears', open: 'physiological-sciences', sel: 'audiology' }],
  ])('%j -> %j', (patch, expected) => {
    expect(toExploreQuery(state(patch))).toEqual(expected)
  })

  it('writes parameters in one stable order', () => {
    const everything = state({ sel: 'audiology', open: ['bioinformatics'], view: 'list', full: true, entry: ['degree'], subject: ['physics'], setting: ['lab'], contact: ['high'], group: ['bioinformatics'], q: 'x', quiz: 'focus:people' })
    expect(Object.keys(toExploreQuery(everything))).toEqual([...PARAM_ORDER])
  })
})

// Round trips over many generated states (a seeded generator, so failures repeat).
function generator(seed: number) {
  let s = seed
  const next = () => ((s = (s * 16807) % 2147483647) - 1) / 2147483646
  const some = <T>(list: readonly T[]) => list.filter(() => next() < 0.3)
  const one = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T
  return { next, some, one }
}

const words = ['heart', 'x-ray', 'blood  test', '<b>hi</b>', 'ÄÖÜ', '🫀', '', ' ', 'a&b=c?d#e', '100%']
const nodes = [...catalogue.groupings.map((g) => g.id), ...catalogue.groupings.flatMap((g) => g.subThemes.map((t) => t.id))]

function randomState(g: ReturnType<typeof generator>): ExploreState {
  return state({
    q: g.some(words).join(' '),
    group: g.some(catalogue.groupings.map((x) => x.id)),
    contact: g.some(CONTACT),
    setting: g.some(SETTINGS),
    subject: g.some(SUBJECTS),
    entry: g.some(ROUTE_KINDS),
    view: g.one(['auto', 'tree', 'list'] as const),
    full: g.next() < 0.3,
    open: g.some(nodes),
    sel: g.next() < 0.5 ? null : g.one(catalogue.specialisms).id,
    quiz: toQuizParam(Object.fromEntries(QUIZ_CODES.map((q) => [q.id, g.some(q.options).slice(0, q.pick === 'one' ? 1 : MAX_TOPICS)]))),
  })
}

describe('round trips', () => {
  const g = generator(20261127)
  const states = Array.from({ length: 300 }, () => randomState(g))

  it('parse(serialise(state)) gives the state back, canonicalised, with nothing ignored', () => {
    for (const s of states) {
      const canonical = parse(toExploreQuery(s)).state
      expect(parse(toExploreQuery(s)).ignored).toEqual([])
      // canonical form: q normalised, lists sorted; parsing it again changes nothing
      expect(parse(toExploreQuery(canonical)).state).toEqual(canonical)
      expect(canonical).toEqual({ ...s, q: s.q.replace(/\s+/g, ' ').trim(), ...Object.fromEntries(['group', 'contact', 'setting', 'subject', 'entry', 'open'].map((k) => [k, [...(s[k as 'group'] as string[])].sort()])) })
    }
  })

  it('serialise(parse(query)) is idempotent, even for junk', () => {
    for (const s of states) {
      const messy = { ...toExploreQuery(s), junk: 'yes', group: `${toExploreQuery(s).group ?? ''},nope,` }
      const once = toExploreQuery(parse(messy).state)
      expect(toExploreQuery(parse(once).state)).toEqual(once)
      expect(parse(once).ignored).toEqual([])
    }
  })

  it('leaves defaults out: the default state is the bare URL', () => {
    expect(toExploreQuery(parse({}).state)).toEqual({})
    expect(toExploreQuery(parse({ view: 'auto', full: '0', q: '  ', group: '' }).state)).toEqual({})
  })
})

describe('quiz answers on the explore page', () => {
  it('keeps answers of the right shape for the quiz code to read, and drops anything else', () => {
    expect(parse({ quiz: 'Start:16.subjects:physics' }).state.quiz).toBe('start:16.subjects:physics')
    expect(toExploreQuery(parse({ quiz: 'start:16' }).state)).toEqual({ quiz: 'start:16' })
    const bad = parse({ quiz: '<script>alert(1)</script>' })
    expect(bad.state.quiz).toBe('')
    expect(bad.ignored).toEqual(['quiz=<script>alert(1)</script>'])
    expect(parse({ quiz: 'a'.repeat(401) }).state.quiz).toBe('')
  })
})
