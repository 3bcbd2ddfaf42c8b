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
// The table's rows below the first three come a task later (the test below): `folded: false` looks before then.
async function mountTable(ids: string[], { folded = true } = {}) {
  const table = mount(CompareTable, { props: { specialisms: pick(...ids) }, global: { plugins: [await memoryRouter(), fixtureContext().plugin] } })
  await flushPromises()
  if (folded) {
    await new Promise((resolve) => setTimeout(resolve))
    await flushPromises()
  }
  return table
}
const mountSearch = async (props: InstanceType<typeof CompareSearch>['$props']) =>
  mount(CompareSearch, { props, global: { plugins: [await memoryRouter(), fixtureContext().plugin] } })

describe('CompareTable', () => {
  it('shows the heading and the first rows that differ first, and the rest below them a task later (a phone is not held up by one long task)', async () => {
    const table = await mountTable(['audiology', 'haematology', 'radiotherapy-physics'], { folded: false })
    const rowHeadings = () => table.findAll('th[scope="row"]').map((th) => th.text())
    expect(table.get('caption').text()).toBe('Comparing Audiology, Haematology and Radiotherapy physics')
    expect(rowHeadings()).toEqual(['Grouping Different', 'Patient contact Different', 'Where you work Different'])
    expect(table.find('#compare-pay-note').exists()).toBe(false)
    await new Promise((resolve) => setTimeout(resolve))
    await flushPromises()
    // The rest comes below, so nothing already shown moves; what is folded starts closed.
    expect(rowHeadings().slice(0, 4)).toEqual(['Grouping Different', 'Patient contact Different', 'Where you work Different', 'School subjects that help Different'])
    expect(rowHeadings()).toContain('Registration')
    expect(table.get('#compare-same').classes()).toContain('compare--folded')
    expect(table.get('#compare-pay-note').text()).not.toBe('')
  })

  it('is a real table: one column header per specialism and a row header for each fact and question', async () => {
    const table = await mountTable(['audiology', 'haematology', 'radiotherapy-physics'])
    expect(table.get('caption').text()).toBe('Comparing Audiology, Haematology and Radiotherapy physics')
    expect(table.get('.compare__legend').text()).toBe('What is different comes first. Open a line with an arrow to see more.')
    expect(table.findAll('th[scope="col"]').map((th) => th.get('a').text())).toEqual(['Audiology', 'Haematology', 'Radiotherapy physics'])
    // What differs comes first, marked; then what is the same for all three; then the questions.
    expect(table.findAll('th[scope="row"]').map((th) => th.text())).toEqual([
      'Grouping Different',
      'Patient contact Different',
      'Where you work Different',
      'School subjects that help Different',
      'Ways in Different',
      'Pay (England, 2025/26) Different',
      'Registration',
      'What do you do?',
      'What is an average day like?',
    ])
    expect(table.get('#compare-same').classes()).toContain('compare--folded')
    const fold = table.get('button[aria-controls="compare-same"]')
    expect(fold.text()).toBe('Same for all three: registration')
    expect(fold.attributes('aria-expanded')).toBe('false')
    await fold.trigger('click')
    expect(fold.attributes('aria-expanded')).toBe('true')
    expect(table.get('#compare-same').classes()).not.toContain('compare--folded')
  })

  it('fills each cell from the data, labelled with its specialism for phones', async () => {
    const table = await mountTable(['audiology', 'haematology'])
    const row = (label: string) => table.findAll('tbody tr').find((tr) => tr.find('th').exists() && tr.get('th').text().startsWith(label))!
    expect(row('Patient contact').findAll('td').map((td) => td.text())).toEqual(['Lots of patient contact', 'Little patient contact'])
    expect(row('Grouping').findAll('td').map((td) => td.attributes('data-label'))).toEqual(['Audiology', 'Haematology'])
    expect(row('School subjects that help').findAll('td').map((td) => td.text())).toEqual(['Biology and Physics', 'Biology and Chemistry'])
    // Specific to each specialism: where you usually start, and a qualified specialist's band. The
    // same for both here, so shown once in the folded rows.
    expect(row('Pay (England, 2025/26)').findAll('td').map((td) => td.findAll('li').map((li) => li.text()))).toEqual([
      ['To start: assistant, band 2, £24,465', 'Qualified: clinical scientist, band 7, £47,810 to £54,710'],
    ])
    expect(table.text()).toContain('Agenda for Change')
  })

  it('shows real answers first, then the editorial answer labelled as such', async () => {
    const table = await mountTable(['audiology', 'haematology'])
    const question = table.get('tr.compare__row--answer')
    const open = question.get('th button')
    expect(open.text()).toBe('What do you do?')
    expect(open.attributes('aria-expanded')).toBe('false')
    expect(question.findAll('td > div').map((div) => div.classes('compare--folded'))).toEqual([true, true])
    await open.trigger('click')
    expect(open.attributes('aria-expanded')).toBe('true')
    expect(question.findAll('td > div').map((div) => div.classes('compare--folded'))).toEqual([false, false])
    expect(open.attributes('aria-controls')!.split(' ').map((id) => question.find(`#${id}`).exists())).toEqual([true, true])
    const cells = question.findAll('td')
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
