import { sources } from '@/data/sources'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import PathwayCard from '@/components/pathway/PathwayCard.vue'
import { fixtureSite } from '../fixtures/site'
import { fixtureContext } from '../fixtures/context'

async function mountCard(id: string) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: defineComponent(() => () => h('div')) }] })
  await router.push('/')
  await router.isReady()
  const input = fixtureSite.specialisms.find((s) => s.id === id)!
  return mount(PathwayCard, { props: { input, title: `Your pathway into ${input.name}` }, global: { plugins: [router, fixtureContext().plugin] } })
}

describe('PathwayCard', () => {
  it('lists the steps from GCSEs up the levels the specialism names', async () => {
    const card = await mountCard('haematology')
    expect(card.get('h2').text()).toBe('Your pathway into Haematology')
    const steps = card.findAll('.pathway__steps > li')
    expect(steps.map((s) => s.get('h3').text())).toEqual(['GCSEs', 'assistant', 'practitioner', 'clinical scientist'])
    expect(steps[0]!.text()).toContain('Subjects that help: Biology and Chemistry.')
    expect(steps[0]!.text()).toContain('After GCSEs you could start: APPRENTICESHIP-L2.')
    expect(steps[2]!.text()).toContain('After A levels')
    expect(steps[2]!.text()).toContain('practitioner entry')
  })

  it('shows each level’s bands and pay in pounds, with the pay year', async () => {
    const card = await mountCard('haematology')
    const pay = card.findAll('.pathway__steps > li').map((li) => li.find('.step__pay').exists() ? li.get('.step__pay').text() : '')
    expect(pay[1]).toContain('Pay (2025/26)')
    // Band 3 has no figure in the fixture: the band is shown, the pounds come from band 2 only.
    expect(pay[1]).toContain('Bands 2 and 3')
    expect(pay[1]).toContain('£24,465 a year')
    expect(pay[2]).toContain('Bands 5 and 6')
    expect(pay[2]).toContain('£31,049 to £46,580 a year')
    expect(pay[3]).toContain('Bands 7 and 8a')
    expect(pay[3]).toContain('£47,810 to £54,710 a year')
  })

  it('names the pay year, its source and the diagram strip for wide screens', async () => {
    const card = await mountCard('clinical-perfusion-science')
    expect(card.get('.pay-note').text()).toContain('England, 2025/26')
    expect(card.get('.pay-note a').attributes('href')).toBe(sources.p02?.url)
    expect(card.get('.pathway__strip').attributes('aria-hidden')).toBe('true')
    expect(card.findAll('.pathway__strip li').map((li) => li.text())).toEqual(['GCSEs now', 'clinical scientist Band 7'])
    expect(card.findAll('.pathway__steps a').map((a) => a.attributes('href'))).toEqual(['/pathways/#route-trainee-post'])
  })
})
