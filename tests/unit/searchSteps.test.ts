import { describe, expect, it } from 'vitest'
import { catalogue } from '@/data/catalogue'
import synonyms from 'virtual:site-synonyms'
import { inShortTasks } from '@/data/searchBuild'
import { createSearchEngine, searchEngineSteps } from '@/lib/search'
import { buildIndex, drain, indexSteps } from '@/lib/searchIndex'

const options = { synonyms, groupings: catalogue.groupings }

describe('the index built in steps', () => {
  it('takes one step for the synonyms and one for each specialism, and ends with the same index as buildIndex', () => {
    const steps = indexSteps(catalogue.specialisms, options)
    let count = 0
    let step = steps.next()
    for (; !step.done; step = steps.next()) count++
    expect(count).toBe(1 + catalogue.specialisms.length)
    expect(step.value).toEqual(buildIndex(catalogue.specialisms, options))
  })

  it('drain runs every step at once', () => {
    function* three() {
      yield
      yield
      yield
      return 'done'
    }
    expect(drain(three())).toBe('done')
  })
})

describe('inShortTasks', () => {
  it('runs the steps a slice at a time, giving the page back between slices', async () => {
    // A clock that a step moves on by 1 ms; every pause is the page's turn.
    let clock = 0
    const log: string[] = []
    function* work() {
      for (let i = 1; i <= 10; i++) {
        clock += 1
        log.push(`step ${i}`)
        yield
      }
      return 'built'
    }
    const pause = async () => void log.push('page')
    expect(await inShortTasks(work(), { sliceMs: 4, now: () => clock, pause })).toBe('built')
    expect(log.join(', ')).toBe('step 1, step 2, step 3, step 4, page, step 5, step 6, step 7, step 8, page, step 9, step 10')
  })

  it('finishes in one task when the steps are quick', async () => {
    let pauses = 0
    const result = await inShortTasks(indexSteps(catalogue.specialisms.slice(0, 2), options), { sliceMs: 10_000, pause: async () => void pauses++ })
    expect(result.ids).toHaveLength(2)
    expect(pauses).toBe(0)
  })

  it('builds an engine that answers like the one built at once, in many tasks', async () => {
    let pauses = 0
    const sliced = await inShortTasks(searchEngineSteps(catalogue.specialisms, options), { sliceMs: 0, pause: async () => void pauses++ })
    expect(pauses).toBe(1 + catalogue.specialisms.length)
    const atOnce = createSearchEngine(catalogue.specialisms, options)
    for (const query of ['heart', 'hart', 'blood cells', 'radiotherapy', 'nurse']) {
      expect(sliced.search(query, 5).map((hit) => [hit.id, hit.score])).toEqual(atOnce.search(query, 5).map((hit) => [hit.id, hit.score]))
    }
    expect(sliced.didYouMean('audiolgy')).toBe(atOnce.didYouMean('audiolgy'))
  })
})
