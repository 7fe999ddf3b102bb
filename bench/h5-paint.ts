import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { createGateway } from '../gateway/app'
import { loadConfig } from '../gateway/config'
import { BENCH_ENV, median } from './support'

// Figures, not pass/fail: the H5 home page's first contentful paint in headless Chromium and the
// JavaScript bytes it downloads, with the files sent as they are (Accept-Encoding: identity, as the
// static handler did before it compressed) and compressed (what Chromium asks for), on localhost and
// on a slow phone network (Lighthouse's mobile throttling: 150 ms RTT, 1.6 Mbit/s down). Fresh
// profile each load, so nothing comes from the browser's cache.
// Usage: npx tsx bench/h5-paint.ts   (H5_DIR, default dist/h5; BENCH_ROUNDS)

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const H5_DIR = path.resolve(process.env.H5_DIR ?? 'dist/h5')
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const SLOW = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 }

interface Load { fcp: number; jsBytes: number; jsFiles: number }

async function loadOnce(url: string, acceptEncoding: string, slow: boolean): Promise<Load> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-paint-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true, args: ARGS, viewport: { width: 390, height: 844 }, locale: 'zh-CN',
    extraHTTPHeaders: { 'accept-encoding': acceptEncoding },
  })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    if (slow) await cdp.send('Network.emulateNetworkConditions', SLOW)
    const sizes: Promise<number>[] = []
    page.on('requestfinished', (request) => {
      if (request.url().endsWith('.js')) sizes.push(request.sizes().then((s) => s.responseBodySize))
    })
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 })
    const fcp = await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime, undefined, { timeout: 60_000 })
    const bytes = await Promise.all(sizes)
    return { fcp: Number(await fcp.jsonValue()), jsBytes: bytes.reduce((a, b) => a + b, 0), jsFiles: bytes.length }
  } finally {
    await context.close()
    fs.rmSync(profile, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(H5_DIR, 'index.html'))) {
    console.log(`${H5_DIR}/index.html is missing: run npm run build:h5 first (or set H5_DIR)`)
    return
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-bench-'))
  const config = loadConfig({ ...BENCH_ENV, NODE_ENV: 'development', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', OUTBOX_INTERVAL_MS: '0', MEDIA_DIR: path.join(dir, 'media'), DATABASE_URL: `file:${dir}/bench.db`, H5_DIR })
  const gateway = await createGateway(config)
  const url = await gateway.listen()
  try {
    console.log(`H5 home page from ${H5_DIR}, ${ROUNDS} fresh loads each`)
    for (const slow of [false, true]) {
      for (const [name, encoding] of [['as they are', 'identity'], ['compressed', 'gzip, deflate, br']] as const) {
        await loadOnce(`${url}/`, encoding, slow) // warm-up: the gateway compresses a file on its first request
        const loads: Load[] = []
        for (let i = 0; i < ROUNDS; i++) loads.push(await loadOnce(`${url}/`, encoding, slow))
        const fcp = median(loads.map((l) => l.fcp))
        const kb = median(loads.map((l) => l.jsBytes)) / 1024
        console.log(`  ${slow ? 'slow 4G  ' : 'localhost'}  files ${name.padEnd(12)} FCP p50 ${fcp.toFixed(0).padStart(5)} ms   JS ${kb.toFixed(0).padStart(5)} KB in ${loads[0]?.jsFiles ?? 0} files   (FCPs: ${loads.map((l) => l.fcp.toFixed(0)).join(', ')})`)
      }
    }
  } finally {
    await gateway.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
