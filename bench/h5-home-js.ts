import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { openBrowser } from '../test/e2e/support/browser'

// The JavaScript the H5 home page downloads: serves each built dist/h5 given (default: this
// repository's) from a plain static server on 127.0.0.1, opens the home page in Debian's Chromium
// and adds up every script it fetched (bytes as served, and gzipped). Build first: npm run build:h5.
//   tsx bench/h5-home-js.ts [distDir ...]

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' }

async function serve(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const file = path.join(dir, pathname === '/' ? 'index.html' : pathname)
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      // The page's GraphQL requests have no gateway here; they fail, which does not change its scripts.
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
    res.end(fs.readFileSync(file))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

async function homePageScripts(dir: string): Promise<Array<{ name: string; bytes: number; gzip: number }>> {
  const site = await serve(dir)
  const browser = await openBrowser()
  const scripts: Array<Promise<{ name: string; bytes: number; gzip: number }>> = []
  browser.page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return
    scripts.push(response.body().then((body) => ({ name: new URL(response.url()).pathname, bytes: body.length, gzip: gzipSync(body).length })))
  })
  try {
    await browser.page.goto(site.url, { waitUntil: 'networkidle' })
    return await Promise.all(scripts)
  } finally {
    await browser.close()
    await site.close()
  }
}

async function main() {
  const dirs = process.argv.slice(2).length ? process.argv.slice(2) : [path.resolve(__dirname, '..', 'dist', 'h5')]
  for (const dir of dirs.map((d) => path.resolve(d))) {
    const scripts = await homePageScripts(dir)
    const total = scripts.reduce((sum, s) => sum + s.bytes, 0)
    const gzip = scripts.reduce((sum, s) => sum + s.gzip, 0)
    const all = fs.readdirSync(path.join(dir, 'js')).filter((f) => f.endsWith('.js')).length
    console.log(`${dir}: home page JS ${total} bytes (${gzip} gzipped) in ${scripts.length} of the build's ${all} scripts`)
    for (const s of scripts.sort((a, b) => b.bytes - a.bytes)) console.log(`  ${String(s.bytes).padStart(8)}  ${String(s.gzip).padStart(7)}  ${s.name}`)
  }
}

void main()
