import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { addSecurityMeta, buildPolicy, inlineCode } from '../../scripts/csp'
import { stripScripts } from '../../scripts/serve'

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
const page = (head: string, body = '') => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`

describe('buildPolicy', () => {
  it('allows only the site itself when a page has no inline code', () => {
    const policy = buildPolicy([page('<script type="module" src="/assets/app.js"></script>')])
    expect(policy).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; " +
        "manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
    )
  })

  it('hashes inline scripts, <style> elements and style attributes, once each across pages', () => {
    const a = page('<script>window.__INITIAL_STATE__={}</script><style>p{color:red}</style>', '<p style="--accent:#1f5aa6;">x</p>')
    const b = page('', '<p style="--accent:#1f5aa6;">y</p><li style="--c:&quot;a&quot;">z</li>')
    const policy = buildPolicy([a, b])
    expect(policy).toContain(`script-src 'self' ${hash('window.__INITIAL_STATE__={}')};`)
    const style = policy.split('; ').find((d) => d.startsWith('style-src'))!
    expect(style.split(' ').slice(0, 3)).toEqual(['style-src', "'self'", "'unsafe-hashes'"])
    expect(style).toContain(hash('p{color:red}'))
    expect(style).toContain(hash('--accent:#1f5aa6;'))
    expect(style).toContain(hash('--c:"a"'))
    expect(style.split(' ')).toHaveLength(6)
    expect(policy).not.toContain('unsafe-inline')
  })

  it('does not count a script with a src as inline code', () => {
    expect(inlineCode(page('<script type="module" async src="/a.js"></script>')).scripts).toEqual([])
  })
})

describe('addSecurityMeta', () => {
  it('puts the policy and the referrer policy straight after the charset, before any script', () => {
    const html = addSecurityMeta(page('<script src="/a.js"></script>'), "default-src 'self'")
    expect(html).toContain(
      `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><meta name="referrer" content="no-referrer"><script`,
    )
  })

  it('replaces an earlier policy instead of adding a second one', () => {
    const once = addSecurityMeta(page(''), "default-src 'self'")
    const twice = addSecurityMeta(once, "default-src 'none'")
    expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1)
    expect(twice).toContain(`content="default-src 'none'"`)
    expect(twice.match(/name="referrer"/g)).toHaveLength(1)
  })
})

describe('stripScripts (the script-less floor Lighthouse compares against)', () => {
  it('removes scripts and module preloads and keeps styles and content', () => {
    const html = page('<script type="module" src="/a.js"></script><link rel="modulepreload" href="/b.js"><link rel="stylesheet" href="/c.css">', '<h1>Hi</h1><script>x()</script>')
    expect(stripScripts(html)).toBe(page('<link rel="stylesheet" href="/c.css">', '<h1>Hi</h1>'))
  })
})
