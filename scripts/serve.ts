// A tiny static server for the built site, gzipped as static hosts serve it. Used by the page-weight
// gate and Lighthouse, and by hand: `npx tsx scripts/serve.ts [dir] [port]`.
// Folder paths serve their index.html; unknown paths get 404.html with status 404; hashed assets are
// cached for a year, HTML is revalidated (the same advice the README gives for real hosts).
// `withoutScripts` serves every page with its scripts and module preloads removed: the floor that
// Lighthouse compares the real page against.
import { createServer, type Server } from 'node:http'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname, join, resolve, sep } from 'node:path'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt'])

export interface ServeOptions {
  dir: string
  port: number
  base?: string
  withoutScripts?: boolean
}

/** Removes every <script> element and module preload: the page as it is before JavaScript runs. */
export function stripScripts(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<link\b[^>]*rel="modulepreload"[^>]*>/g, '')
}

function resolveFile(dir: string, pathname: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return null
  }
  const file = resolve(dir, `.${decoded}`)
  if (file !== dir && !file.startsWith(dir + sep)) return null
  if (existsSync(file) && statSync(file).isDirectory()) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : null
  return existsSync(file) ? file : null
}

export function serve({ dir, port, base = '/', withoutScripts = false }: ServeOptions): Promise<Server> {
  const root = resolve(dir)
  const cache = new Map<string, { body: Buffer; gzip: Buffer | null }>()
  const load = (file: string) => {
    let hit = cache.get(file)
    if (!hit) {
      let body = readFileSync(file)
      if (withoutScripts && file.endsWith('.html')) body = Buffer.from(stripScripts(body.toString('utf8')))
      hit = { body, gzip: COMPRESSIBLE.has(extname(file)) ? gzipSync(body, { level: 9 }) : null }
      cache.set(file, hit)
    }
    return hit
  }
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404).end()
      return
    }
    const inside = `/${url.pathname.slice(base.length)}`
    let file = resolveFile(root, inside)
    let status = 200
    if (file && !inside.endsWith('/') && file.endsWith(`${sep}index.html`) && !inside.endsWith('.html')) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end()
      return
    }
    if (!file) {
      status = 404
      file = existsSync(join(root, '404.html')) ? join(root, '404.html') : null
      if (!file) return void res.writeHead(404).end()
    }
    const { body, gzip } = load(file)
    const useGzip = gzip !== null && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    res.writeHead(status, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': inside.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      'Content-Length': String((useGzip ? gzip : body).length),
      Vary: 'Accept-Encoding',
      ...(useGzip ? { 'Content-Encoding': 'gzip' } : {}),
    })
    res.end(req.method === 'HEAD' ? undefined : useGzip ? gzip : body)
  })
  return new Promise((done, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', () => done(server))
  })
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist'
  const port = Number(process.argv[3] ?? 4173)
  await serve({ dir, port, base: process.env.BASE_PATH ?? '/' })
  console.log(`Serving ${dir} with gzip at http://127.0.0.1:${port}/`)
}
