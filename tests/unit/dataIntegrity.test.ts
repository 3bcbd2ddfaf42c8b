// The content as a whole: counts, ids, references, sources and reading age.
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadData } from '../../scripts/readData'
import { gradeLevel } from '@/lib/readability'
import { NATIONS } from '@/lib/schema'
import type { AllData } from '@/lib/types'

const root = fileURLToPath(new URL('../..', import.meta.url))
const result = loadData(root)
if (!result.ok) throw new Error(`data/ is invalid:\n${result.errors.join('\n')}`)
const data: AllData = result.data

describe('the catalogue', () => {
  it('has the four groupings and all 55 specialisms', () => {
    expect(data.groupings.map((g) => g.id)).toEqual([
      'laboratory-sciences',
      'physiological-sciences',
      'medical-physics-and-clinical-engineering',
      'bioinformatics',
    ])
    expect(data.specialisms).toHaveLength(55)
    const count = (id: string) => data.specialisms.filter((s) => s.grouping === id).length
    expect(data.groupings.map((g) => count(g.id))).toEqual([23, 12, 16, 4])
  })

  it('uses unique kebab-case ids and unique names', () => {
    const ids = data.specialisms.map((s) => s.id)
    expect(new Set(ids).size).toBe(ids.length)
    ids.forEach((id) => expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/))
    const names = data.specialisms.map((s) => s.name.toLowerCase())
    expect(new Set(names).size).toBe(names.length)
  })

  it('answers every question for every specialism, each with a source (the pandemic one only where a source says)', () => {
    for (const s of data.specialisms) {
      for (const q of data.questions) {
        const answer = s.answers[q.id]
        if (q.editorialOptional && !answer) continue
        expect(answer, `${s.id} ${q.id}`).toBeDefined()
        expect(answer!.text.length, `${s.id} ${q.id}`).toBeGreaterThan(40)
        expect(answer!.sources.length, `${s.id} ${q.id}`).toBeGreaterThan(0)
      }
    }
  })

  it('never presents an editorial answer as a quote or a person', () => {
    for (const s of data.specialisms) {
      for (const [q, answer] of Object.entries(s.answers)) {
        expect(answer.text, `${s.id} ${q}`).not.toMatch(/^["“]|(?:^|[.!?]\s+)I\s|\b(?:I'm|I’m|I've|I’ve|my|me)\b/)
      }
    }
  })

  it('cites a source for every fact field, and every source resolves to a URL', () => {
    for (const s of data.specialisms) {
      for (const keys of Object.values(s.cite)) expect(keys.length).toBeGreaterThan(0)
      for (const key of s.sources) expect(data.sources[key]?.url, `${s.id} ${key}`).toMatch(/^https?:\/\//)
    }
  })

  it('links each specialism to 1-4 related ones that exist', () => {
    const ids = new Set(data.specialisms.map((s) => s.id))
    for (const s of data.specialisms) {
      expect(s.related.length, s.id).toBeGreaterThan(0)
      expect(s.related.length, s.id).toBeLessThanOrEqual(4)
      s.related.forEach((r) => expect(ids.has(r), `${s.id} -> ${r}`).toBe(true))
    }
  })

  // The specialism's own name is unavoidable (and explained), so it is not counted against the text.
  const plain = (s: { name: string; summary: string }) =>
    s.name.split(/\W+/).filter(Boolean).reduce((text, word) => text.replace(new RegExp(`\\b${word}\\b`, 'gi'), 'job'), s.summary)

  it('writes summaries for a reading age of about 9-11 (Flesch-Kincaid grade)', () => {
    const grades = data.specialisms.map((s) => ({ id: s.id, grade: Math.round(gradeLevel(plain(s)) * 10) / 10 }))
    expect(grades.filter((s) => s.grade > 8.5)).toEqual([])
    const mean = grades.reduce((sum, s) => sum + s.grade, 0) / grades.length
    expect(mean).toBeLessThan(6.5)
  })

  it('has pay for every band a level or specialism mentions', () => {
    const paid = new Set(data.pay.bands.map((b) => b.band))
    const mentioned = new Set([...data.levels.flatMap((l) => l.bands), ...data.specialisms.flatMap((s) => Object.values(s.bands).flat())])
    for (const band of mentioned) expect(paid.has(band), `band ${band}`).toBe(true)
    for (const b of data.pay.bands) expect([...b.points]).toEqual([...b.points].sort((x, y) => x - y))
  })
})

describe('pay and the four UK nations', () => {
  const tables = [data.pay, ...data.pay.nations.flatMap((n) => (n.table ? [n.table] : []))]

  it('gives every pay table its nation, year and sources', () => {
    for (const table of tables) {
      expect(NATIONS, `table ${table.year}`).toContain(table.nation)
      expect(table.year, table.nation).toMatch(/^\d{4}\/\d{2}$/)
      expect(table.sources.length, table.nation).toBeGreaterThan(0)
      for (const key of table.sources) expect(data.sources[key]?.url, key).toMatch(/^https?:\/\//)
    }
    expect(new Set(tables.map((t) => t.nation)).size).toBe(tables.length)
  })

  it('says, for every other nation, its sourced pay rises (nation, year, date) or its own table, and where to look it up', () => {
    expect(data.pay.nations.map((n) => n.nation).sort()).toEqual(NATIONS.filter((n) => n !== data.pay.nation).sort())
    for (const nation of data.pay.nations) {
      expect(nation.table !== undefined || nation.awards.length > 0, nation.nation).toBe(true)
      expect(data.sources[nation.lookUp], nation.nation).toBeDefined()
      for (const award of nation.awards) {
        expect(award.year, nation.nation).toMatch(/^\d{4}\/\d{2}$/)
        expect(award.effectiveFrom.slice(0, 4), nation.nation).toBe(award.year.slice(0, 4))
        expect(award.sources.every((key) => data.sources[key]), nation.nation).toBe(true)
      }
    }
  })

  it('has a section for each of the four nations: what is the same, what differs, where to apply, each fact sourced', () => {
    expect(data.nations.map((n) => n.id)).toEqual([...NATIONS])
    for (const nation of data.nations) {
      for (const fact of [...nation.same, ...nation.differs, ...nation.apply]) {
        expect(fact.sources.length, fact.text).toBeGreaterThan(0)
        for (const key of fact.sources) expect(data.sources[key]?.url, `${nation.id}: ${key}`).toMatch(/^https?:\/\//)
      }
    }
  })

  it('never states a Scottish, Welsh or Northern Irish pay figure in pounds without a sourced table for it', () => {
    const unsourced = data.pay.nations.filter((n) => !n.table).map((n) => n.nation)
    for (const nation of data.nations.filter((n) => unsourced.includes(n.id))) {
      const facts = [...nation.same, ...nation.differs, ...nation.apply].map((f) => f.text)
      // A bursary is not pay; any £ figure with "band" or "a year" would be a pay figure.
      for (const text of facts) expect(text, nation.id).not.toMatch(/£[\d,]+[^.]*(band|a year)/i)
    }
  })
})

describe('real voices', () => {
  it('never fills the pandemic question with "the sources do not say": it is sourced or left out', () => {
    const answered = data.specialisms.filter((s) => s.answers.pandemic)
    for (const s of answered) {
      expect(s.answers.pandemic!.text, s.id).not.toMatch(/\b(?:do not|don't|does not|say nothing|silent|could not find|no source)\b/i)
      expect(s.answers.pandemic!.sources.length, s.id).toBeGreaterThan(0)
    }
    // Laboratory testing is the case with a published account: it must stay.
    expect(answered.map((s) => s.id)).toEqual(expect.arrayContaining(['virology', 'clinical-microbiology', 'biomedical-science']))
  })

  it('gives every real story a URL, the person’s role, the publisher and the date', () => {
    const stories = data.specialisms.flatMap((s) => (s.stories ?? []).map((story) => ({ id: s.id, ...story })))
    expect(stories.length).toBeGreaterThan(0)
    for (const story of stories) {
      expect(story.url, story.id).toMatch(/^https:\/\//)
      expect(story.role.trim(), story.url).not.toBe('')
      expect(story.publisher.trim(), story.url).not.toBe('')
      // The date it was published, or (where the page gives none) the date we read it.
      expect(story.published ?? story.read, story.url).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/)
      expect(story.summary, story.url).not.toMatch(/^["“]/)
    }
    // No story is listed twice on one page.
    for (const s of data.specialisms) {
      const urls = (s.stories ?? []).map((story) => story.url)
      expect(new Set(urls).size, s.id).toBe(urls.length)
    }
  })
})
