import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'

// Debian's Chromium driven by playwright-core; never a browser a tool downloads itself.

export const CHROMIUM = '/usr/bin/chromium'
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

/** Whether the e2e suite can run; with LINLI_REQUIRE_CHROMIUM=1 a missing Chromium is an error, not a skip. */
export function chromiumStatus(): { available: boolean; reason?: string } {
  if (fs.existsSync(CHROMIUM)) return { available: true }
  const reason = `${CHROMIUM} is missing (install it with: apt-get update && apt-get install -y chromium)`
  if (process.env.LINLI_REQUIRE_CHROMIUM === '1') throw new Error(`LINLI_REQUIRE_CHROMIUM=1 but ${reason}`)
  return { available: false, reason }
}

export const SCREENSHOTS = path.resolve(__dirname, '..', '..', '..', 'test-output', 'screenshots')

export interface Browser { context: BrowserContext; page: Page; close(): Promise<void> }

/** A fresh profile each time, phone-sized, in zh-CN. */
export async function openBrowser(): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  const page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(15_000)
  return {
    context,
    page,
    close: async () => {
      await context.close()
      fs.rmSync(profile, { recursive: true, force: true })
    },
  }
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  const file = path.join(SCREENSHOTS, `${name}.png`)
  // Let Taro's page slide finish, so the picture shows the page rather than the transition.
  await page.waitForTimeout(600)
  await page.screenshot({ path: file, fullPage: true })
  return file
}
