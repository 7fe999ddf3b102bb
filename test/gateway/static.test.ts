import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chooseEncoding } from '../../gateway/http/static'
import { ENGINES, startGateway, type TestGateway } from './harness'

// The built H5 app as the gateway serves it, over real HTTP with raw bytes (no client-side decoding).

interface Raw { status: number; headers: http.IncomingHttpHeaders; body: Buffer }

function get(url: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      res.on('error', reject)
    }).on('error', reject)
  })
}

describe('the H5 static files', () => {
  let t: TestGateway
  let dir: string
  const script = Array.from({ length: 2000 }, (_, i) => `export function 页面${i}() { return '邻里公告第${i}条' }\n`).join('')
  const html = `<!doctype html><html><head><script src="/js/app.0123abcd.js"></script></head><body><div id="app"></div>${' '.repeat(2000)}</body></html>`
  const png = Buffer.alloc(4096, 7)
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-h5-'))
    fs.mkdirSync(path.join(dir, 'js'))
    fs.writeFileSync(path.join(dir, 'index.html'), html)
    fs.writeFileSync(path.join(dir, 'js', 'app.0123abcd.js'), script)
    fs.writeFileSync(path.join(dir, 'logo.png'), png)
    t = await startGateway(ENGINES[0]!, { H5_DIR: dir })
  })
  afterAll(async () => {
    await t?.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('sends brotli to a browser that accepts it, and caches a hashed asset for good', async () => {
    const res = await get(`${t.url}/js/app.0123abcd.js`, { 'accept-encoding': 'gzip, deflate, br' })
    expect(res.status).toBe(200)
    expect(res.headers['content-encoding']).toBe('br')
    expect(res.headers.vary).toBe('Accept-Encoding')
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(Number(res.headers['content-length'])).toBe(res.body.length)
    expect(res.body.length).toBeLessThan(Buffer.byteLength(script) / 5)
    expect(zlib.brotliDecompressSync(res.body).toString()).toBe(script)
    // The second time comes from memory, byte for byte the same.
    expect((await get(`${t.url}/js/app.0123abcd.js`, { 'accept-encoding': 'br' })).body.equals(res.body)).toBe(true)
  })

  it('sends gzip when brotli is refused, and the file as it is when nothing is accepted', async () => {
    const gz = await get(`${t.url}/js/app.0123abcd.js`, { 'accept-encoding': 'br;q=0, gzip' })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(gz.body).toString()).toBe(script)
    const plain = await get(`${t.url}/js/app.0123abcd.js`, { 'accept-encoding': 'identity' })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(script)
  })

  it('never lets the browser keep index.html without asking, and answers 304 when it has not changed', async () => {
    const res = await get(`${t.url}/`, { 'accept-encoding': 'gzip, br' })
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(res.headers['cache-control']).toBe('no-cache')
    expect(zlib.brotliDecompressSync(res.body).toString()).toBe(html)
    const etag = String(res.headers.etag)
    const again = await get(`${t.url}/`, { 'accept-encoding': 'gzip, br', 'if-none-match': etag })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
  })

  it('leaves images alone and refuses paths outside the app', async () => {
    const img = await get(`${t.url}/logo.png`, { 'accept-encoding': 'gzip, br' })
    expect(img.headers['content-encoding']).toBeUndefined()
    expect(img.body.equals(png)).toBe(true)
    expect(img.headers['cache-control']).toBe('public, max-age=3600') // not hashed: may change with a build
    expect((await get(`${t.url}/..%2f..%2fetc%2fpasswd`)).status).toBe(404)
  })

  it('answers a path it does not serve in Chinese: a page with the way home for a browser, one line otherwise', async () => {
    const page = await get(`${t.url}/no/such/page`, { accept: 'text/html,application/xhtml+xml' })
    expect(page.status).toBe(404)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    const html = page.body.toString()
    expect(html).toContain('<html lang="zh-CN">')
    expect(html).toContain('页面不存在')
    expect(html).toContain('<a href="/">返回首页</a>')
    expect(html).not.toMatch(/Not found/i)
    const plain = await get(`${t.url}/no/such/file.js`, { accept: '*/*' })
    expect(plain.status).toBe(404)
    expect(plain.headers['content-type']).toBe('text/plain; charset=utf-8')
    expect(plain.body.toString()).toBe('找不到这个地址（404）')
  })

  it('reads Accept-Encoding the way RFC 9110 says', () => {
    expect(chooseEncoding(undefined)).toBeNull()
    expect(chooseEncoding('gzip;q=0.5, br;q=0.8')).toBe('br')
    expect(chooseEncoding('br;q=0')).toBeNull()
    expect(chooseEncoding('*')).toBe('br')
    expect(chooseEncoding('*, br;q=0')).toBe('gzip')
    expect(chooseEncoding('deflate')).toBeNull()
  })
})
