// The Content-Security-Policy every prerendered page carries, built from the pages themselves: only
// this site's own files, plus the exact inline scripts, <style> elements and style="" attributes
// that the prerender wrote (hashed here, at build time). Nothing else inline can run.
import { createHash } from 'node:crypto'

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

const decodeAttribute = (value: string) =>
  value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')

/** The inline code in one page: script bodies, <style> bodies and style attribute values. */
export function inlineCode(html: string) {
  const scripts = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!)
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!)
  const attributes = [...html.matchAll(/\sstyle="([^"]*)"/g)].map((m) => decodeAttribute(m[1]!))
  return { scripts, styles, attributes }
}

/** One policy for the whole site (so the HTTP header and every page agree). */
export function buildPolicy(pages: string[]): string {
  const scripts = new Set<string>()
  const styles = new Set<string>()
  let hasAttributes = false
  for (const html of pages) {
    const code = inlineCode(html)
    code.scripts.filter((s) => s.trim()).forEach((s) => scripts.add(sha256(s)))
    code.styles.forEach((s) => styles.add(sha256(s)))
    code.attributes.forEach((s) => styles.add(sha256(s)))
    hasAttributes ||= code.attributes.length > 0
  }
  const sorted = (set: Set<string>) => [...set].sort()
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...sorted(scripts)].join(' '),
    ['style-src', "'self'", ...(hasAttributes ? ["'unsafe-hashes'"] : []), ...sorted(styles)].join(' '),
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
}

export const REFERRER_POLICY = 'no-referrer'

/** Puts the policy and the referrer policy first in <head>, before anything it governs. */
export function addSecurityMeta(html: string, policy: string): string {
  const cleaned = html
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/gi, '')
    .replace(/<meta name="referrer"[^>]*>\s*/gi, '')
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}"><meta name="referrer" content="${REFERRER_POLICY}">`
  const charset = /<meta charset="[^"]*">/i
  if (charset.test(cleaned)) return cleaned.replace(charset, (m) => `${m}${meta}`)
  return cleaned.replace(/<head>/i, `<head>${meta}`)
}
