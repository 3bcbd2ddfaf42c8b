import { describe, expect, it } from 'vitest'
import { INTRO_DECK, QUESTIONS_DECK, WAYS } from '@/components/hcs-week/hcsWeekContent'
import * as deck from '@/lib/deck'
import { ACTIVITIES } from '@/lib/teachActivities'
import { STATIC_PATHS } from '@/router/paths'

describe('the Healthcare Science Week kit', () => {
  it('lists the four ways to take part, each with what it involves, who to ask and what helps', () => {
    expect(WAYS.map((w) => w.id)).toEqual(['stand', 'school', 'visit', 'video'])
    for (const way of WAYS) {
      expect(way.involves.length, way.id).toBeGreaterThan(40)
      expect(way.ask.length, way.id).toBeGreaterThan(20)
      expect(way.helps.length, way.id).toBeGreaterThan(1)
    }
  })

  it('links only pages this site prerenders, including real decks and teacher-guide worksheets', () => {
    const paths = WAYS.flatMap((w) => w.helps.map((h) => (typeof h.to === 'string' ? h.to : h.to.path).split('#')[0]!))
    for (const path of paths) expect(STATIC_PATHS, path).toContain(path)
    expect(paths.filter((p) => p.startsWith('/present/') && p !== '/present/').length).toBeGreaterThanOrEqual(2)
    const worksheets = paths.filter((p) => /^\/teach\/.+\/$/.test(p)).map((p) => p.split('/')[2])
    expect(worksheets.length).toBeGreaterThanOrEqual(2)
    for (const id of worksheets) expect(ACTIVITIES.map((a) => a.id)).toContain(id)
    expect([INTRO_DECK, QUESTIONS_DECK]).toEqual([deck.INTRO_DECK, deck.QUESTIONS_DECK])
  })
})
