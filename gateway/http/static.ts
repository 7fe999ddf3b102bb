import fs from 'node:fs'
import type { ServerResponse } from 'node:http'
import path from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml', '.webp': 'image/webp', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.map': 'application/json',
}

/**
 * Serves the built H5 app from `root`: files as they are, index.html for `/` (the Taro router is
 * hash-based, so no other path needs a fallback). Returns false when there is nothing to serve.
 */
export function serveStatic(root: string, pathname: string, res: ServerResponse): boolean {
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
    stat = fs.statSync(file)
  } catch {
    return false
  }
  if (!stat.isFile()) return false
  const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
  // Hashed assets may be cached; index.html must not be, or a new build never reaches the browser.
  const cache = file.endsWith('.html') ? 'no-cache' : 'public, max-age=3600'
  res.writeHead(200, { 'content-type': type, 'content-length': stat.size, 'cache-control': cache })
  fs.createReadStream(file).pipe(res)
  return true
}
