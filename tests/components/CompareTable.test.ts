import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { loadSearchEngine } from '@/data/search'
import { createMemoryHistory, createRouter } from 'vue-router'
import CompareSearch from '@/components/compare/CompareSearch.vue'
import CompareTable from '@/components/compare/CompareTable.vue'
import { fixtureSite } from '../fixtures/site'
import { fixtureCatalogue, fixtureContext } from '../fixtures/context'

const pick = (...ids: string[]) => ids.map((id) => fixtureSite.specialisms.find((s) => s.id === id)!)

async function memoryRouter() {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: defineComponent(() => () => h('div')) }] })
  await router.push('/compare/')
  await router.isReady()
  return router
}
// Audiology's answers are in the fixture's details; the others have none.
async function mountTable(ids: string[]) {
  const table = mount(CompareTable, { props: { specialisms: pick(...ids) }, global: { plugins: [await memoryRouter(), fixtureContext().plugin] } })
  await flushPromises()
  return table
}
const mountSearch = async (props: InstanceType<typeof CompareSearch>['$props']) =>
  mount(CompareSearch, { props, global: { plugins: [await memoryRouter(), fixtureContext().plugin] } })

describe('CompareTable', () => {
  it('is a real table: one column header per specialism and a row header for each fact and question', async () => {
    const table = await mountTable(['audiology', 'haematology', 'radiotherapy-physics'])
    expect(table.get('caption').text()).toBe('Comparing Audiology, Haematology and Radiotherapy physics')
    expect(table.findAll('th[scope="col"]').map((th) => th.get('a').text())).toEqual(['Audiology', 'Haematology', 'Radiotherapy physics'])
    expect(table.findAll('th[scope="row"]').map((th) => th.text())).toEqual([
      'Grouping',
      'Patient contact',
      'Where you work',
      'School subjects that help',
      'Ways in',
      'Bands and pay (2025/26)',
      'Registration',
      'What do you do?',
      'What is an average day like?',
    ])
  })

  it('fills each cell from the data, labelled with its specialism for phones', async () => {
    const table = await mountTable(['audiology', 'haematology'])
    const row = (label: string) => table.findAll('tbody tr').find((tr) => tr.get('th').text() === label)!
    expect(row('Patient contact').findAll('td').map((td) => td.text())).toEqual(['Lots of patient contact', 'Little patient contact'])
    expect(row('Grouping').findAll('td').map((td) => td.attributes('data-label'))).toEqual(['Audiology', 'Haematology'])
    expect(row('School subjects that help').findAll('td').map((td) => td.text())).toEqual(['Biology and Physics', 'Biology and Chemistry'])
    expect(row('Bands and pay (2025/26)').get('td').text()).toContain('practitioner: bands 5 and 6, £31,049 to £46,580')
    expect(table.text()).toContain('Agenda for Change')
  })

  it('shows real answers first, then the editorial answer labelled as such', async () => {
    const table = await mountTable(['audiology', 'haematology'])
    const cells = table.findAll('tbody tr').find((tr) => tr.get('th').text() === 'What do you do?')!.findAll('td')
    const lines = cells[0]!.findAll('p').map((p) => p.text())
    expect(lines[0]).toContain('I help babies hear.')
    expect(lines[0]).toContain('Sam Lee, Trainee audiologist, Example NHS Trust')
    expect(lines[1]).toBe('Editorial answer: You test hearing.')
    expect(cells[1]!.text()).toBe('Not given')
  })

  it('asks to remove a column with a named button', async () => {
    const table = await mountTable(['audiology', 'haematology'])
    const remove = table.findAll('button').find((b) => b.text() === 'Remove Haematology')!
    await remove.trigger('click')
    expect(table.emitted('remove')).toEqual([['haematology']])
  })
})

describe('CompareSearch', () => {
  it('finds specialisms by everyday words and offers to add those not already chosen', async () => {
    const picker = await mountSearch({ chosen: ['cardiac-science'], full: false })
    await picker.get('input[type="search"]').setValue('heart')
    await loadSearchEngine(fixtureCatalogue)
    await flushPromises()
    const buttons = picker.findAll('li button').map((b) => b.text())
    expect(buttons).toContain('Add Clinical perfusion science')
    expect(buttons).not.toContain('Add Cardiac science')
    expect(picker.get('[role="status"]').text()).toMatch(/found/)
    await picker.findAll('li button')[0]!.trigger('click')
    expect(picker.emitted('add')?.[0]?.[0]).toMatch(/-/)
  })

  it('says so when nothing matches, and stops offering once three are chosen', async () => {
    const picker = await mountSearch({ chosen: [], full: false })
    await picker.get('input').setValue('zzzzqqq')
    expect(picker.get('[role="status"]').text()).toBe('Nothing found. Try another word.')
    await picker.setProps({ full: true })
    expect(picker.find('input').exists()).toBe(false)
    expect(picker.text()).toContain('Remove one to add another.')
  })

  it('suggests the shortlist before anything is typed', async () => {
    const picker = await mountSearch({ chosen: ['audiology'], full: false, suggestions: pick('audiology', 'nuclear-medicine') })
    expect(picker.findAll('li button').map((b) => b.text())).toEqual(['Add Nuclear medicine'])
  })
})
