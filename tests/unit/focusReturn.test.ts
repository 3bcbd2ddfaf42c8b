import { describe, expect, it } from 'vitest'
import { focusReturnTarget, markFocus, type FocusedElement } from '@/lib/focusReturn'

describe('markFocus', () => {
  it.each<[string, FocusedElement | null, { path: string; id: string } | null]>([
    ['a tree item, by its data-id', { dataId: 'cardiac-science', href: '/specialisms/cardiac-science/' }, { path: '/?q=heart', id: 'cardiac-science' }],
    ['a grouping on the tree', { dataId: 'bioinformatics', href: '/groupings/bioinformatics/' }, { path: '/?q=heart', id: 'bioinformatics' }],
    ['a result link, by its address', { dataId: null, href: '/specialisms/audiology/' }, { path: '/?q=heart', id: 'audiology' }],
    ['a link under a base path', { dataId: null, href: '/careers/specialisms/audiology/' }, { path: '/?q=heart', id: 'audiology' }],
    ['a full address with a query', { dataId: null, href: 'https://x.example/specialisms/audiology/?from=x' }, { path: '/?q=heart', id: 'audiology' }],
    ['a link elsewhere', { dataId: null, href: '/pathways/' }, null],
    ['a button', { dataId: null, href: null }, null],
    ['nothing focused', null, null],
  ])('%s', (_label, focused, expected) => {
    expect(markFocus('/?q=heart', focused)).toEqual(expected)
  })
})

describe('focusReturnTarget', () => {
  it('gives the id back on the same view', () => {
    expect(focusReturnTarget({ path: '/?q=heart', id: 'cardiac-science' }, '/?q=heart')).toBe('cardiac-science')
  })
  it('gives nothing on another view, or with nothing remembered', () => {
    expect(focusReturnTarget({ path: '/?q=heart', id: 'cardiac-science' }, '/?q=blood')).toBeNull()
    expect(focusReturnTarget(null, '/')).toBeNull()
  })
})
