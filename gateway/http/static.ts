import fs from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml', '.webp': 'image/webp', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.map': 'application/json',
}
/** Text worth compressing; images and woff2 are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.map'])
const MIN_COMPRESS_BYTES = 1024
/** The build names assets `name.<8 hex of their content>.js|css`: such a file never changes. */
const HASHED = /\.[0-9a-f]{8,}\.[a-z0-9]+$/

const gzip = promisify(zlib.gzip)
const brotli = promisify(zlib.brotliCompress)

type Encoding = 'br' | 'gzip'
interface Compressed { key: string; br: Promise<Buffer>; gzip: Promise<Buffer> }

// Compressed once per file version (path, size, mtime), off the event loop (zlib's thread pool).
const compressed = new Map<string, Compressed>()

function compressedOf(file: string, stat: fs.Stats): Compressed {
  const key = `${stat.size}:${stat.mtimeMs}`
  const found = compressed.get(file)
  if (found?.key === key) return found
  const content = fs.promises.readFile(file)
  const entry: Compressed = {
    key,
    br: content.then((c) => brotli(c, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: c.length } })),
    gzip: content.then((c) => gzip(c, { level: 9 })),
  }
  entry.br.catch(() => compressed.delete(file))
  entry.gzip.catch(() => compressed.delete(file))
  compressed.set(file, entry)
  return entry
}

/** The best encoding the client accepts (brotli before gzip), or null for the file as it is. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  const accepted = new Map<string, number>()
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    if (!name) continue
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    accepted.set(name, q ? Number(q.slice(2)) || 0 : 1)
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0
  if (ok('br')) return 'br'
  if (ok('gzip')) return 'gzip'
  return null
}

/** Hashed assets forever; index.html revalidated every time, or a new build never reaches the browser. */
function cacheControl(file: string): string {
  if (file.endsWith('.html')) return 'no-cache'
  return HASHED.test(path.basename(file)) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600'
}

/**
 * Serves the built H5 app from `root`: index.html for `/` (the Taro router is hash-based, so no other
 * path needs a fallback), text compressed with brotli or gzip as the client accepts. Resolves to
 * false when there is nothing to serve.
 */
export async function serveStatic(root: string, pathname: string, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  let relative: string
  try {
    relative = decodeURIComponent(pathname)
  } catch {
    return false
  }
  const file = path.join(root, relative === '/' ? 'index.html' : relative)
  if (!file.startsWith(root + path.sep)) return false
  let stat: fs.Stats
  try {
    stat = await fs.promises.stat(file)
  } catch {
    return false
  }
  if (!stat.isFile()) return false
  const ext = path.extname(file).toLowerCase()
  const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`
  const headers: Record<string, string | number> = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': cacheControl(file), etag }
  const compressible = COMPRESSIBLE.has(ext) && stat.size >= MIN_COMPRESS_BYTES
  if (compressible) headers.vary = 'Accept-Encoding'
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers)
    res.end()
    return true
  }
  const encoding = compressible ? chooseEncoding(req.headers['accept-encoding']) : null
  if (!encoding) {
    res.writeHead(200, { ...headers, 'content-length': stat.size })
    fs.createReadStream(file).pipe(res)
    return true
  }
  const body = await compressedOf(file, stat)[encoding]
  res.writeHead(200, { ...headers, 'content-encoding': encoding, 'content-length': body.length })
  res.end(body)
  return true
}

const NOT_FOUND_HTML = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>页面不存在 · 邻里</title><link rel="icon" href="/favicon.svg" type="image/svg+xml">
<style>body{margin:0;font-family:-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;background:#f5f5f2;color:#1f1f1f;text-align:center;padding:64px 24px}
h1{font-size:24px}p{font-size:17px;color:#5c5c5c;line-height:1.6}a{display:inline-block;margin-top:16px;padding:14px 28px;border-radius:8px;background:#b3261e;color:#fff;text-decoration:none;font-size:18px}</style>
</head><body><h1>页面不存在</h1><p>这个地址没有内容，可能链接不完整或已经失效。</p><a href="/">返回首页</a></body></html>
`

/**
 * The answer for a path the gateway does not serve: in Chinese, a page with the way home for a
 * browser, one line for anything else; before the H5 app is built, how to build it.
 */
export function sendNotFound(req: IncomingMessage, res: ServerResponse, pathname: string): void {
  if (pathname === '/') {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
    res.end('H5 页面还没有构建：请运行 `npm run build:h5`（npm start 会自动构建）。H5 app not built yet.')
    return
  }
  const html = (req.headers.accept ?? '').includes('text/html')
  res.writeHead(404, { 'content-type': html ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8', 'cache-control': 'no-cache' })
  res.end(html ? NOT_FOUND_HTML : '找不到这个地址（404）')
}
