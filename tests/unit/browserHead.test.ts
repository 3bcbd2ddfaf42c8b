import { describe, expect, it } from 'vitest'
import { fileURLToPath } from 'node:url'
import { browserHead, HEAD_CLIENT } from '../../scripts/browserHead'
import { createHead } from '@/head/browserHead'

const root = fileURLToPath(new URL('../..', import.meta.url))
type Resolve = (id: string, importer: string | undefined, options: { ssr?: boolean }) => string | undefined
const resolveId = browserHead(root).resolveId as unknown as Resolve

describe('browserHead', () => {
  it('gives the browser build the stand-in for the head manager, and the prerender the real one', () => {
    expect(resolveId(HEAD_CLIENT, '/x/vite-ssg/dist/index.mjs', { ssr: false })).toBe(`${root}src/head/browserHead.ts`)
    expect(resolveId(HEAD_CLIENT, '/x/vite-ssg/dist/index.mjs', { ssr: true })).toBeUndefined()
    expect(resolveId('@unhead/vue', '/x/src/App.vue', { ssr: false })).toBeUndefined()
  })

  it('installs in an app as vite-ssg does, and does nothing', () => {
    const head = createHead()
    expect(() => head.install({} as never)).not.toThrow()
    expect(Object.keys(head)).toEqual(['install'])
  })
})
