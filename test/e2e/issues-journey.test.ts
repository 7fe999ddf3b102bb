import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startGateway, type TestGateway } from '../gateway/harness'
import { chromiumStatus, openBrowser, screenshot, type Browser } from './support/browser'

// 报事 in a real browser: a resident raises an issue with a photo, the grid worker accepts and
// resolves it from the workbench, the resident confirms it and rates it 5 stars.

const status = chromiumStatus()
const TITLE = '3单元门口路灯不亮'
// A 1×1 PNG: real image bytes, so the gateway's upload check accepts it.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

/** The page in front (H5 keeps earlier pages in the document, hidden). */
const front = (page: Page) => page.locator('.taro_page:visible').last()
const text = (page: Page, value: string | RegExp) => front(page).getByText(value, { exact: typeof value === 'string' }).first()
const button = (page: Page, label: string | RegExp) => front(page).locator('taro-button-core', { hasText: label }).first()

async function signIn(page: Page, base: string, handle: string) {
  await page.goto(`${base}/#/features/account/pages/sign-in/index`)
  await page.locator('input[placeholder="输入账号名"]').locator('visible=true').first().fill(handle)
  await button(page, /^登录$/).click()
  await text(page, '长辈模式').waitFor()
}

describe.skipIf(!status.available)('H5 报事 journey in Chromium', () => {
  let gateway: TestGateway
  let resident: Browser
  let worker: Browser
  let photo: string
  beforeAll(async () => {
    gateway = await startGateway({ name: 'sqlite' })
    resident = await openBrowser()
    worker = await openBrowser()
    photo = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'linli-photo-')), 'lamp.png')
    fs.writeFileSync(photo, PNG)
  })
  afterAll(async () => {
    await resident?.close()
    await worker?.close()
    await gateway?.close()
  })

  it('raises an issue with a photo, the grid worker resolves it from the workbench, the resident confirms and rates it', async () => {
    const page = resident.page
    await signIn(page, gateway.url, 'resident-changbaoe')
    await page.goto(`${gateway.url}/#/pages/issues/index`)
    await button(page, '我要报事').click()
    await text(page, '路灯照明').click()
    await front(page).locator('input[placeholder="标题"]').fill(TITLE)
    await front(page).locator('textarea[placeholder="请描述问题"]').fill('晚上很黑,老人出门不方便')
    const chooser = page.waitForEvent('filechooser')
    await text(page, /添加照片/).click()
    await (await chooser).setFiles(photo)
    await front(page).locator('img').first().waitFor()
    await screenshot(page, 'issues-01-raise-form')
    await button(page, '提交报事').click()
    await text(page, '待受理').waitFor()
    await text(page, /网格员 · 第一网格/).waitFor()

    const staff = worker.page
    await signIn(staff, gateway.url, 'grid-zhongwang-1')
    await staff.goto(`${gateway.url}/#/features/workbench/pages/index/index`)
    await button(staff, /报事处理/).click()
    await text(staff, TITLE).waitFor()
    await screenshot(staff, 'issues-02-workbench-queue')
    await text(staff, TITLE).click()
    await button(staff, /^受理$/).click()
    await text(staff, '已受理').waitFor()
    await button(staff, /^开始处理$/).click()
    await text(staff, '处理中').waitFor()
    await front(staff).locator('textarea[placeholder="处理结果"]').fill('已更换灯泡,晚上试过亮了')
    await button(staff, /^处理完成$/).click()
    await text(staff, '已处理').waitFor()

    await page.reload()
    await text(page, '已处理').waitFor()
    await text(page, '5星').click()
    await button(page, '确认解决').click()
    await text(page, '已关闭').waitFor()
    await screenshot(page, 'issues-03-timeline-closed')

    const data = await gateway.ok<{ issues: { edges: { node: { title: string; status: string; rating: number; photos: unknown[]; timeline: { kind: string }[] } }[] } }>(
      '{ issues(filter: { mine: true }) { edges { node { title status rating photos { id } timeline { kind } } } } }',
      {},
      await gateway.signIn('resident-changbaoe'),
    )
    const issue = data.issues.edges.map((e) => e.node).find((n) => n.title === TITLE)
    expect(issue).toMatchObject({ status: 'CLOSED', rating: 5 })
    expect(issue?.photos).toHaveLength(1)
    expect(issue?.timeline.map((e) => e.kind)).toEqual(['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'])
  })
})
