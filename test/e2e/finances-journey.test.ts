import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoPlaces, startGateway, type TestGateway } from '../gateway/harness'
import { chromiumStatus, openBrowser, screenshot, type Browser } from './support/browser'

// 收支公开 in a real browser on the seed's 众望小区: the committee publishes the month of the
// east-gate lights draw; a resident opens the 收支公开 notice, taps through to the statement, sees
// the bars with their figures, drills into the fund draw and its receipt (the voucher image loads),
// and asks a question; the committee answers it on the entry, and the resident reads the answer.

const status = chromiumStatus()

const front = (page: Page) => page.locator('.taro_page:visible').last()
const text = (page: Page, value: string | RegExp) => front(page).getByText(value, { exact: typeof value === 'string' }).first()
const button = (page: Page, label: string | RegExp) => front(page).locator('taro-button-core', { hasText: label }).first()

async function signIn(page: Page, base: string, handle: string) {
  await page.goto(`${base}/#/features/account/pages/sign-in/index`)
  await page.locator('input[placeholder="输入账号名"]').locator('visible=true').first().fill(handle)
  await button(page, /^登录$/).click()
  await text(page, '长辈模式').waitFor()
}

describe.skipIf(!status.available)('H5 收支公开 journey in Chromium', () => {
  let gateway: TestGateway
  let resident: Browser
  let committee: Browser
  beforeAll(async () => {
    gateway = await startGateway({ name: 'sqlite' })
    resident = await openBrowser()
    committee = await openBrowser()
  })
  afterAll(async () => {
    await resident?.close()
    await committee?.close()
    await gateway?.close()
  })

  it('opens the statement from its notice, drills to the fund draw’s receipt, asks; the committee answers', async () => {
    const committeeToken = await gateway.signIn('committee-zhongwang')
    const zw = (await demoPlaces(gateway)).zhongwang.id
    const proposals = (await gateway.ok<{ proposals: { edges: { node: { id: string; title: string } }[] } }>('{ proposals(first: 50) { edges { node { id title } } } }', {}, committeeToken)).proposals.edges
    const lights = proposals.find((e) => e.node.title === '使用维修资金维修东门路灯')!.node.id
    const draw = (await gateway.ok<{ proposal: { fundDraws: { id: string; date: string }[] } }>('query($id: ID!) { proposal(id: $id) { fundDraws { id date } } }', { id: lights }, committeeToken)).proposal.fundDraws[0]!
    const period = draw.date.slice(0, 7)
    const notice = (await gateway.ok<{ publishFinanceStatement: { id: string; title: string } }>('mutation($c: ID!, $p: String!) { publishFinanceStatement(compoundId: $c, period: $p) { id title } }', { c: zw, p: period }, committeeToken)).publishFinanceStatement

    const page = resident.page
    await signIn(page, gateway.url, 'resident-changbaoe')
    await page.goto(`${gateway.url}/#/features/notices/pages/detail/index?id=${notice.id}`)
    await text(page, notice.title).waitFor()
    await button(page, '查看收支明细').click()
    await text(page, '每月收支(元)').waitFor()
    const s = (await gateway.ok<{ financeStatement: { closingBalanceFen: string; fundDrawsFen: string } }>('query($c: ID!, $p: String!) { financeStatement(compoundId: $c, period: $p) { closingBalanceFen fundDrawsFen } }', { c: zw, p: period }, committeeToken)).financeStatement
    const yuan = (fen: string) => `${(BigInt(fen) / 100n).toLocaleString('en-US')}.${(BigInt(fen) % 100n).toString().padStart(2, '0')}`
    await text(page, `${yuan(s.closingBalanceFen)} 元`).waitFor() // 期末结余, written out
    expect(await front(page).locator('.finance-bar').count()).toBeGreaterThan(4) // bars by month and by category, each with its amount
    await expect(front(page).locator('.finance-bar .bar-amount').first().textContent()).resolves.toMatch(/^\d[\d,]*\.\d\d$/)
    await text(page, '依据业主表决「使用维修资金维修东门路灯」').waitFor()
    await screenshot(page, 'finances-statement')

    await text(page, /\d{4}-\d{2}-\d{2} 支取 18,600\.00 元/).click() // the draw itself, not the fund's summary line
    await text(page, '18,600.00 元').waitFor()
    await text(page, /依据业主表决.使用维修资金维修东门路灯/).waitFor()
    const voucher = front(page).locator('.finance-voucher img').first()
    await voucher.waitFor()
    await expect.poll(() => voucher.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 10_000 }).toBe(480) // the receipt itself, through its signed URL
    await front(page).locator('textarea').last().fill('三盏灯杆是哪家换的?有保修吗?')
    await button(page, '提出质询').click()
    await text(page, '三盏灯杆是哪家换的?有保修吗?').waitFor()
    await text(page, /应于 .* 前答复/).waitFor()
    await screenshot(page, 'finances-question')

    const staff = committee.page
    await signIn(staff, gateway.url, 'committee-zhongwang')
    await staff.goto(`${gateway.url}/#/features/finances/pages/entry/index?id=${draw.id}`)
    await text(staff, '三盏灯杆是哪家换的?有保修吗?').waitFor()
    await front(staff).locator('textarea').first().fill('由下站五金电器维修部更换,保修两年,合同在服务站可查。')
    await button(staff, '发布答复').click()
    await text(staff, '物管会答复:由下站五金电器维修部更换,保修两年,合同在服务站可查。').waitFor()

    await page.reload()
    await text(page, '物管会答复:由下站五金电器维修部更换,保修两年,合同在服务站可查。').waitFor()
    await screenshot(page, 'finances-answered')
  })
})
