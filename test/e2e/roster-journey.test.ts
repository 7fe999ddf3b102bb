import path from 'node:path'
import os from 'node:os'
import fs from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoPlaces, startGateway, type TestGateway } from '../gateway/harness'
import { chromiumStatus, openBrowser, screenshot, type Browser } from './support/browser'

// 业主名册 and owners' votes in a real browser, on the seed's 众望小区: a resident finds her receipt
// on the passed east-gate lights vote's results page and objects to her roster entry in the 公示;
// the committee records a paper ballot for a unit without an account and is refused for one that
// voted online.

const status = chromiumStatus()
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')

const front = (page: Page) => page.locator('.taro_page:visible').last()
const text = (page: Page, value: string | RegExp) => front(page).getByText(value, { exact: typeof value === 'string' }).first()
const button = (page: Page, label: string | RegExp) => front(page).locator('taro-button-core', { hasText: label }).first()

async function signIn(page: Page, base: string, handle: string) {
  await page.goto(`${base}/#/features/account/pages/sign-in/index`)
  await page.locator('input[placeholder="输入账号名"]').locator('visible=true').first().fill(handle)
  await button(page, /^登录$/).click()
  await text(page, '长辈模式').waitFor()
}

describe.skipIf(!status.available)('H5 业主名册 journey in Chromium', () => {
  let gateway: TestGateway
  let resident: Browser
  let committee: Browser
  let photo: string
  beforeAll(async () => {
    gateway = await startGateway({ name: 'sqlite' })
    resident = await openBrowser()
    committee = await openBrowser()
    photo = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'linli-roster-')), 'ballot.png')
    fs.writeFileSync(photo, PNG)
  })
  afterAll(async () => {
    await resident?.close()
    await committee?.close()
    await gateway?.close()
  })

  const proposalId = async (title: string, token: string) => {
    const data = await gateway.ok<{ proposals: { edges: { node: { id: string; title: string } }[] } }>('{ proposals(first: 20) { edges { node { id title } } } }', {}, token)
    return data.proposals.edges.find((e) => e.node.title === title)!.node.id
  }

  it('finds the household’s receipt on the results page and objects to its roster entry', async () => {
    const token = await gateway.signIn('resident-changbaoe')
    const id = await proposalId('使用维修资金维修东门路灯', token)
    const vote = await gateway.ok<{ proposal: { viewerBallot: { receipt: string }; electorate: { chainHead: string } } }>('query($id: ID!) { proposal(id: $id) { viewerBallot { receipt } electorate { chainHead } } }', { id }, token)
    const receipt = vote.proposal.viewerBallot.receipt
    const page = resident.page
    await signIn(page, gateway.url, 'resident-changbaoe')
    await page.goto(`${gateway.url}/#/features/consult/pages/detail/index?id=${id}`)
    await button(page, '核对计票明细(回执码)').click()
    await text(page, `您家的回执码:${receipt}`).waitFor()
    await text(page, vote.proposal.electorate.chainHead).waitFor()
    await text(page, /共 101 张计入的选票/).waitFor()
    await front(page).locator('input[placeholder="输入回执码(前几位也可以)"]').fill(receipt.slice(0, 5).toLowerCase())
    await button(page, /^查找$/).click()
    await text(page, /没有找到这个回执码|✓ 找到了/).waitFor()
    await front(page).locator('input[placeholder="输入回执码(前几位也可以)"]').fill(receipt)
    await button(page, /^查找$/).click()
    await text(page, '✓ 找到了:您的选票按“同意”计入').waitFor()
    expect(await front(page).locator('.receipt-row').count()).toBe(1)
    await screenshot(page, 'roster-01-receipt-found')

    await page.goBack()
    await button(page, '查看业主名册公示').click()
    await text(page, '1号楼 1单元 101室 · 86.50 ㎡').waitFor()
    await text(page, '1号楼 1单元 101室 · 我家').waitFor()
    expect(await front(page).locator('.roster-row').count()).toBe(30)
    await button(page, '加载更多').click()
    await expect.poll(() => front(page).locator('.roster-row').count()).toBe(60)
    await front(page).locator('textarea').first().fill('不动产证上的面积是 86.65 平方米')
    await button(page, '提交异议').click()
    await text(page, '异议已提交,物管会会核实处理。').waitFor()
    await text(page, '异议:不动产证上的面积是 86.65 平方米(待处理)').waitFor()
    await screenshot(page, 'roster-02-public-objection')
  })

  it('records a paper ballot for a unit without an account and refuses one over an online ballot', async () => {
    const token = await gateway.signIn('committee-zhongwang')
    const id = await proposalId('1号楼楼道灯更换为声控 LED', token)
    // 常阿姨 (1号楼 1单元 101室) votes online first.
    const own = await gateway.signIn('resident-changbaoe')
    const options = (await gateway.ok<{ proposal: { options: { id: string; label: string }[] } }>('query($id: ID!) { proposal(id: $id) { options { id label } } }', { id }, own)).proposal.options
    await gateway.ok('mutation($p: ID!, $o: [ID!]!) { castBallot(proposalId: $p, optionIds: $o) { receipt } }', { p: id, o: [options[1]!.id] }, own)
    const units = await gateway.ok<{ proposal: { electorateUnits: { edges: { node: { label: string; voted: boolean } }[] } } }>('query($id: ID!) { proposal(id: $id) { electorateUnits(first: 100) { edges { node { label voted } } } } }', { id }, token)
    const pending = units.proposal.electorateUnits.edges.map((e) => e.node).find((u) => !u.voted)!

    const page = committee.page
    await signIn(page, gateway.url, 'committee-zhongwang')
    await page.goto(`${gateway.url}/#/features/consult/pages/detail/index?id=${id}`)
    await button(page, '登记纸质选票(按名册)').click()
    await front(page).locator('input[placeholder="例如:1号楼 1单元 101"]').fill(pending.label)
    await button(page, /^查找$/).click()
    await front(page).locator('.electorate-unit', { hasText: pending.label }).first().click()
    await text(page, `已选:${pending.label}`).waitFor()
    await text(page, '同意').click()
    const chooser = page.waitForEvent('filechooser')
    await button(page, '拍摄签字的纸质选票').click()
    await (await chooser).setFiles(photo)
    await button(page, '照片已上传').waitFor()
    await button(page, '登记这张纸质票').click()
    await text(page, new RegExp(`已登记 ${pending.label} 的纸质票,回执码 [0-9A-F]{10}`)).waitFor()
    await front(page).locator('.electorate-unit', { hasText: pending.label }).filter({ hasText: '已投票(纸质)' }).first().waitFor()
    await screenshot(page, 'roster-03-paper-ballot')

    // The unit that voted online: the committee's paper ballot is refused and the list still says 线上.
    await front(page).locator('input[placeholder="例如:1号楼 1单元 101"]').fill('1号楼 1单元 101室')
    await button(page, /^查找$/).click()
    await front(page).locator('.electorate-unit', { hasText: '1号楼 1单元 101室' }).first().click()
    await text(page, '同意').click()
    const again = page.waitForEvent('filechooser')
    await button(page, '拍摄签字的纸质选票').click()
    await (await again).setFiles(photo)
    await button(page, '照片已上传').waitFor()
    await button(page, '登记这张纸质票').click()
    await text(page, /该业主已经在线\(或由受托人\)投票,纸质票不能覆盖/).waitFor()
    await front(page).locator('.electorate-unit', { hasText: '1号楼 1单元 101室' }).filter({ hasText: '已投票(线上)' }).first().waitFor()
    const counted = await gateway.ok<{ proposal: { viewerBallot: { optionIds: string[]; assisted: boolean } } }>('query($id: ID!) { proposal(id: $id) { viewerBallot { optionIds assisted } } }', { id }, own)
    expect(counted.proposal.viewerBallot).toEqual({ optionIds: [options[1]!.id], assisted: false })
  })

  it('imports a register file: every row’s problem shown before anything is written, then the good rows committed', async () => {
    const places = await demoPlaces(gateway)
    const file = path.join(path.dirname(photo), '名册.csv')
    fs.writeFileSync(file, ['楼栋,单元,室号,专有面积,业主姓名,联系电话', '1号楼,3,101,91.20,新业主,13900008888', '1号楼,1,101,80,重复户,', '1号楼,1,101,81,重复户二,', '9号楼,1,101,70,无此楼,'].join('\n'))
    const page = committee.page
    await signIn(page, gateway.url, 'committee-zhongwang')
    await page.goto(`${gateway.url}/#/features/roster/pages/roster/index?compoundId=${places.zhongwang.id}`)
    await button(page, '导入业主名册(物管会)').click()
    const chooser = page.waitForEvent('filechooser')
    await button(page, '选择名册文件(Excel 或 CSV)').click()
    await (await chooser).setFiles(file)
    await text(page, '名册.csv:共 4 行,其中 3 行有问题(不会写入)').waitFor()
    expect(await front(page).locator('.import-row').allInnerTexts()).toEqual([
      expect.stringMatching(/第 2 行 · 1号楼 3单元 101室 · 91.20 ㎡ · 新业主 13900008888\s+没有问题/),
      expect.stringMatching(/第 3 行.*\s+问题:房号重复/),
      expect.stringMatching(/第 4 行.*\s+问题:房号重复/),
      expect.stringMatching(/第 5 行 · 9号楼.*\s+问题:楼栋不在本小区/),
    ])
    const count = async () => Number((await gateway.gateway.db.selectFrom('roster_units').select((eb) => eb.fn.countAll<number>().as('n')).where('compound_id', '=', places.zhongwang.id).executeTakeFirstOrThrow()).n)
    const before = await count()
    await screenshot(page, 'roster-04-import-preview')
    await button(page, '确认导入没有问题的 1 行').click()
    await text(page, /已写入 1 户,跳过 3 行有问题的/).waitFor()
    expect(await count()).toBe(before + 1)
  })
  it('fixes a row’s area and sees it in the 公示, records a proxy, and the proxy votes for the unit', async () => {
    const places = await demoPlaces(gateway)
    const token = await gateway.signIn('committee-zhongwang')
    const id = await proposalId('1号楼楼道灯更换为声控 LED', token)
    const units = await gateway.ok<{ proposal: { electorateUnits: { edges: { node: { unitId: string; label: string; voted: boolean } }[] } } }>('query($id: ID!) { proposal(id: $id) { electorateUnits(first: 100) { edges { node { unitId label voted } } } } }', { id }, token)
    const held = units.proposal.electorateUnits.edges.map((e) => e.node).filter((u) => !u.voted).at(-1)!
    const heldRow = await gateway.gateway.db.selectFrom('roster_units').select(['room']).where('id', '=', held.unitId).executeTakeFirstOrThrow()
    // The proxy is 常阿姨: proxies are matched to the account's phone.
    await gateway.gateway.db.updateTable('accounts').set({ phone: '13800009999' }).where('handle', '=', 'resident-changbaoe').execute()

    const page = committee.page
    await signIn(page, gateway.url, 'committee-zhongwang')
    await page.goto(`${gateway.url}/#/features/roster/pages/roster/index?compoundId=${places.zhongwang.id}`)
    await front(page).locator('.roster-row', { hasText: '1号楼 1单元 102室' }).first().click()
    const area = front(page).locator('input[placeholder="例如 89.50"]')
    await expect.poll(() => area.inputValue()).toMatch(/^\d+\.\d{2}$/)
    await area.fill('88.8')
    await button(page, /^保存$/).click()
    await text(page, '已保存:1号楼 1单元 102室,面积 88.80 ㎡').waitFor()
    await page.goBack()
    await front(page).locator('.roster-row', { hasText: '1号楼 1单元 102室' }).filter({ hasText: '88.80 ㎡' }).first().waitFor()
    await screenshot(page, 'roster-05-row-fixed')

    await button(page, '登记委托投票').click()
    await text(page, '按本小区规定,每位受托人最多代理 3 户。').waitFor()
    await front(page).locator('input[placeholder="例如:1号楼 1单元 101"]').fill(heldRow.room)
    await button(page, /^查找$/).click()
    await front(page).locator('.proxy-unit', { hasText: held.label }).first().click()
    await front(page).locator('input[placeholder="受托人姓名"]').fill('常阿姨')
    await front(page).locator('input[placeholder="受托人手机号码"]').fill('13800009999')
    const chooser = page.waitForEvent('filechooser')
    await button(page, '拍摄签字的委托书').click()
    await (await chooser).setFiles(photo)
    await button(page, '委托书照片已上传').waitFor()
    await button(page, '登记委托').click()
    await text(page, `已登记:常阿姨 代理 ${held.label}`).waitFor()
    await screenshot(page, 'roster-06-proxy-recorded')

    const proxy = resident.page
    await signIn(proxy, gateway.url, 'resident-changbaoe')
    await proxy.goto(`${gateway.url}/#/features/consult/pages/detail/index?id=${id}`)
    await button(proxy, '受业主委托投票(1 户)').click()
    await text(proxy, new RegExp(held.label)).waitFor()
    await text(proxy, '同意').click()
    await button(proxy, `为 ${held.label} 投票`).click()
    await text(proxy, new RegExp(`已为 ${held.label} 投票,回执码 [0-9A-F]{10}`)).waitFor()
    const after = await gateway.ok<{ proposal: { electorateUnits: { edges: { node: { unitId: string; voted: boolean; channel: string } }[] } } }>('query($id: ID!) { proposal(id: $id) { electorateUnits(first: 100) { edges { node { unitId voted channel } } } } }', { id }, token)
    expect(after.proposal.electorateUnits.edges.find((e) => e.node.unitId === held.unitId)?.node).toMatchObject({ voted: true, channel: 'PROXY' })
  })
})
