// The quiz: exact scoring on inline specialisms, the URL codec, and a table of answer sets with the
// specialisms expected near the top on the real catalogue (written before the rules were tuned).
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadData } from '../../scripts/readData'
import { createCatalogue } from '@/lib/catalogue'
import { QUIZ_QUESTIONS, type QuizAnswers } from '@/lib/quizQuestions'
import { QUIZ_CODES, TOPIC_IDS } from '@/lib/quizCodes'
import { parseQuizAnswers, toQuizParam } from '@/lib/quizQuery'
import { quizSpecialisms, rankSpecialisms, scoreSpecialism, type QuizSpecialism } from '@/lib/quizScore'
import { waysInFor } from '@/lib/quizRank'
import { QUIZ_TOPICS, topicWord } from '@/lib/quizTopics'

const base: QuizSpecialism = {
  id: 'x',
  name: 'X',
  otherNames: [],
  everydayWords: [],
  summary: '',
  grouping: 'laboratory-sciences',
  settings: ['lab'],
  patientContact: 'little',
  subjects: ['biology', 'chemistry'],
  entryFrom: ['gcse', 'a-level'],
  entryKinds: ['apprenticeship', 'degree'],
}

describe('scoreSpecialism', () => {
  it('scores nothing for no answers ("not sure" everywhere)', () => {
    expect(scoreSpecialism({}, base)).toEqual({ id: 'x', score: 0, reasons: [], mismatches: [] })
  })

  it('gives each point with its reason, and mismatches with theirs', () => {
    const match = scoreSpecialism({ subjects: ['biology', 'physics'], patients: ['lots'], blood: ['fine'], start: ['16'] }, base)
    expect(match.score).toBe(1 - 2 + 1 + 2)
    expect(match.reasons).toEqual(['uses biology, which you enjoy', 'you are fine with blood and other samples', 'there is a way in at 16'])
    expect(match.mismatches).toEqual(['you see few patients'])
  })

  it('counts at most three subjects, and minus one when none is used', () => {
    const all = { ...base, subjects: ['biology', 'chemistry', 'physics', 'maths'] as QuizSpecialism['subjects'] }
    expect(scoreSpecialism({ subjects: ['biology', 'chemistry', 'physics', 'maths'] }, all).score).toBe(3)
    expect(scoreSpecialism({ subjects: ['english'] }, base)).toMatchObject({ score: -1, mismatches: ['uses none of the subjects you picked'] })
  })

  it('says when no way in is named for the start the student wants', () => {
    const graduate = { ...base, entryFrom: ['degree'], entryKinds: ['graduate'] }
    expect(scoreSpecialism({ start: ['16'] }, graduate)).toMatchObject({ score: -2, mismatches: ['no way in at 16 is named'] })
    expect(scoreSpecialism({ start: ['university'] }, graduate)).toMatchObject({ score: 2 })
  })

  it('gives three points for each chosen topic the specialism is about', () => {
    const genes = { ...base, everydayWords: ['DNA'] }
    expect(scoreSpecialism({ topics: ['genes', 'blood'] }, genes)).toMatchObject({ score: 3, reasons: ['it is about genes and dna'] })
  })
})

describe('topicWord', () => {
  const topic = QUIZ_TOPICS.genes
  it.each([
    ['genetic testing', 'genetic'],
    ['Genomics', 'genom'],
    ['general lab work', null],
    ['indigenous', null],
  ])('%j gives %j', (text, expected) => {
    expect(topicWord(topic, { name: text, otherNames: [], everydayWords: [], summary: '' })).toBe(expected)
  })
})

describe('quiz answers in the URL', () => {
  it('round-trips, in question order, with "not sure" left out', () => {
    const answers: QuizAnswers = { start: ['16'], subjects: ['physics', 'biology'], topics: ['blood', 'genes'] }
    const param = toQuizParam(answers)
    expect(param).toBe('subjects:biology,physics.start:16.topics:blood,genes')
    expect(parseQuizAnswers(param)).toEqual({ answers: { subjects: ['biology', 'physics'], start: ['16'], topics: ['blood', 'genes'] }, ignored: [] })
  })

  it('drops what it does not know, keeps one answer for one-answer questions, at most three topics', () => {
    const { answers, ignored } = parseQuizAnswers('subjects:biology,latin.focus:people,data.colour:red.topics:blood,genes,cancer,brain')
    expect(answers).toEqual({ subjects: ['biology'], focus: ['people'], topics: ['brain', 'blood', 'genes'] })
    expect(ignored).toEqual(['quiz subjects: latin', 'quiz: colour:red'])
  })

  it.each([undefined, null, 42, ['x'], '', '....', ':::', '<script>alert(1)</script>', 'a'.repeat(10_000)])('never throws on %j', (raw) => {
    expect(() => parseQuizAnswers(raw)).not.toThrow()
    expect(toQuizParam(parseQuizAnswers(raw).answers)).toBe('')
  })

  it('every question has options with unique ids, each with its own words', () => {
    expect(QUIZ_QUESTIONS.map((q) => q.id)).toEqual(QUIZ_CODES.map((q) => q.id))
    for (const q of QUIZ_QUESTIONS) {
      expect(new Set(q.options.map((o) => o.id)).size).toBe(q.options.length)
      for (const o of q.options) expect(o.label).not.toBe(o.id === '16' || o.id === '18' ? '' : o.id)
    }
  })
})

const root = fileURLToPath(new URL('../..', import.meta.url))
const loaded = loadData(root)
if (!loaded.ok) throw new Error(loaded.errors.join('\n'))
const catalogue = createCatalogue(loaded.data)
const specialisms = quizSpecialisms(catalogue)
const top = (answers: QuizAnswers, n = 5) => rankSpecialisms(answers, specialisms).slice(0, n).map((m) => m.id)
const groupingOf = (id: string) => catalogue.specialism(id)?.grouping

describe('answer sets and who should come near the top (real catalogue)', () => {
  it('physics + machines + patients: medical physics and clinical engineering', () => {
    const ids = top({ subjects: ['physics'], focus: ['machines'], patients: ['lots'], places: ['hospital', 'workshop'] })
    expect(ids.every((id) => groupingOf(id) === 'medical-physics-and-clinical-engineering')).toBe(true)
  })

  it('biology + lab + no patients: laboratory sciences', () => {
    const ids = top({ subjects: ['biology'], places: ['lab'], patients: ['little'], focus: ['samples'] })
    expect(ids.every((id) => groupingOf(id) === 'laboratory-sciences')).toBe(true)
  })

  it('computing + data: bioinformatics first', () => {
    const ids = top({ subjects: ['computing'], focus: ['data'], places: ['computer'], topics: ['coding'] }, 3)
    expect(ids.every((id) => groupingOf(id) === 'bioinformatics')).toBe(true)
  })

  it('people + babies + hearing: audiology', () => {
    expect(top({ focus: ['people'], ages: ['babies'], topics: ['senses'] }, 3)).toContain('audiology')
  })

  it('heart + lots of patients: cardiac science', () => {
    expect(top({ topics: ['heart-lungs'], patients: ['lots'], focus: ['people'] }, 3)).toContain('cardiac-science')
  })

  it('fertility + lab: clinical embryology or andrology', () => {
    const ids = top({ topics: ['babies'], places: ['lab'] }, 3)
    expect(ids.some((id) => id === 'clinical-embryology' || id === 'andrology')).toBe(true)
  })

  it('rather not with blood or wards: no blood sciences or ward-based work near the top', () => {
    const ids = top({ blood: ['rather-not'], hospital: ['rather-not'], focus: ['machines'], style: ['making'] }, 10)
    for (const id of ids) expect(catalogue.specialism(id)?.settings).not.toContain('ward')
    expect(ids.some((id) => catalogue.specialism(id)?.subTheme === 'blood-sciences')).toBe(false)
  })

  it('start at 16 only lists specialisms with a way in at 16 in the top ten', () => {
    for (const m of rankSpecialisms({ start: ['16'], subjects: ['biology'] }, specialisms).slice(0, 10)) {
      expect(m.mismatches).not.toContain('no way in at 16 is named')
    }
  })

  it('every specialism is a top-five match for the answers that describe it', () => {
    const missed: string[] = []
    for (const s of specialisms) {
      const topics = TOPIC_IDS.filter((id) => topicWord(QUIZ_TOPICS[id], s))
        .map((id) => ({ id, reach: specialisms.filter((o) => topicWord(QUIZ_TOPICS[id], o)).length }))
        .sort((a, b) => a.reach - b.reach)
        .slice(0, 3)
        .map((t) => t.id)
      const answers: QuizAnswers = {
        subjects: [...s.subjects],
        places: s.settings.map((x) => ({ ward: 'hospital', clinic: 'hospital' })[x as 'ward'] ?? x),
        patients: [{ high: 'lots', some: 'some', little: 'little' }[s.patientContact]],
        topics,
      }
      const rank = top(answers, 55).indexOf(s.id)
      if (rank < 0 || rank >= 5) missed.push(`${s.id} (rank ${rank + 1})`)
    }
    expect(missed).toEqual([])
  })
})

describe('waysInFor', () => {
  const routes = [
    { id: 'l2', shortName: 'L2', from: 'gcse', kind: 'apprenticeship' },
    { id: 'ptp', shortName: 'PTP', from: 'a-level', kind: 'degree' },
    { id: 'stp', shortName: 'STP', from: 'degree', kind: 'graduate' },
  ]
  it.each([
    ['16', ['l2']],
    ['18', ['ptp']],
    ['university', ['ptp', 'stp']],
    [undefined, ['l2', 'ptp', 'stp']],
  ])('start %s gives %j', (start, ids) => expect(waysInFor(start, routes).map((r) => r.id)).toEqual(ids))
})
