import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { todayInBeijing } from '../../src/lib/beijing-time'
import { startWeappFixture, type WeappFixture } from './weapp/fixture'
import { createWeappRuntime, type WeappRuntime } from './weapp/launch'

// 收支公开 driven by taps in the weapp build against a started gateway: the steward imports this
// month's spreadsheet from a chat (chooseMessageFile → uploadFile to /finances/import), sees every
// row's problem before anything is written, writes the good row and finds it waiting for approval;
// a resident opens the statement, drills into the east-gate lights draw and its receipt, asks a
// question (质询); the committee answers on the entry; the resident pulls down and reads it.

const { distDir } = inject('weappBuild')
let fixture: WeappFixture
let steward: string
let committee: string
let ledgerFile: string
const runtimes: WeappRuntime[] = []
const month = todayInBeijing().slice(0, 7)
const monthLabel = `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`

beforeAll(async () => {
  fixture = await startWeappFixture()
  steward = await fixture.gateway.signIn('steward-zhongwang')
  committee = await fixture.gateway.signIn('committee-zhongwang')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-finances-weapp-'))
  ledgerFile = path.join(dir, '本月账目.csv')
  fs.writeFileSync(ledgerFile, ['日期,科目,金额,收付款方,对方类型,摘要', `${month}-01,保洁,880,东营保洁服务公司,单位,本月楼道保洁(导入)`, `${month}-01,餐饮,100,饭店,,聚餐`, `${month}-01,维修,12.345,五金店,,维修材料`].join('\n'))
})
afterAll(async () => {
  for (const r of runtimes) r.close()
  await fixture?.gateway.close()
})

function start(token: string, extra: Partial<Parameters<typeof createWeappRuntime>[0]> = {}): WeappRuntime {
  const runtime = createWeappRuntime({ distDir, gatewayUrl: fixture.graphqlUrl, initialStorage: { 'linli.session': token }, ...extra })
  runtimes.push(runtime)
  return runtime
}

const imported = () => fixture.gateway.gateway.db.selectFrom('finance_entries').select(['description', 'amount_fen', 'status', 'import_id']).where('compound_id', '=', fixture.ids.compound).where('import_id', 'is not', null).execute()

describe('收支公开 by taps', () => {
  it('imports a month from a chat: every row’s problem shown first, then the good row written and waiting for approval', async () => {
    const runtime = start(steward, { chosenMessageFiles: [ledgerFile] })
    runtime.launch({ path: 'features/finances/pages/ledger/index', query: { compoundId: fixture.ids.compound } })
    await runtime.waitForText('记一笔账')
    await runtime.tap({ text: `导入${monthLabel}的账目(Excel 或 CSV)`, exact: true })
    await runtime.waitFor(() => runtime.currentPage().route === 'features/finances/pages/import/index')
    await runtime.waitForText(`导入月份:${monthLabel}`)
    await runtime.tap({ text: '选择账目文件(Excel 或 CSV)', exact: true })
    await runtime.waitForText('本月账目.csv:共 3 行,其中 2 行有问题(不会写入)', 15_000)
    const shown = runtime.text()
    expect(shown).toContain(`第 2 行 · ${month}-01 · 保洁 · 880.00 元 · 本月楼道保洁(导入)`)
    expect(shown).toContain('问题:科目无法识别')
    expect(shown).toContain('问题:金额不是有效数字(元,最多两位小数)')
    const upload = runtime.wx.calls.find((c) => c.name === 'uploadFile')
    expect(String(upload?.options.url)).toMatch(new RegExp(`/finances/import\\?compoundId=${fixture.ids.compound}&month=${month}$`))
    expect(await imported()).toEqual([]) // the preview wrote nothing

    await runtime.tap({ text: '确认导入没有问题的 1 行', exact: true })
    await runtime.waitForText('已写入 1 笔(待审核),跳过 2 行有问题的')
    expect((await imported()).map((e) => [e.description, String(e.amount_fen), e.status])).toEqual([['本月楼道保洁(导入)', '88000', 'PENDING']])
    await runtime.tap({ text: '去审核这些账目', exact: true })
    await runtime.waitFor(() => runtime.currentPage().route === 'features/finances/pages/ledger/index')
    await runtime.waitForText('本月楼道保洁(导入)')
    expect(runtime.text()).toContain('等待另一位物管会成员审核')
    expect(runtime.errors).toEqual([])
    expect([...runtime.missingWxApis]).toEqual([])
  })

  it('a resident drills from the statement to the fund draw and its receipt and asks; the committee answers; the resident reads it', async () => {
    const draw = (await fixture.gateway.ok<{ financeEntry: { date: string } }>('query($id: ID!) { financeEntry(id: $id) { date } }', { id: fixture.ids.financeEntry }, fixture.tokens.resident)).financeEntry
    const resident = start(fixture.tokens.resident)
    resident.launch({ path: 'features/finances/pages/statement/index', query: { compoundId: fixture.ids.compound, period: draw.date.slice(0, 7) } })
    await resident.waitForText('每月收支(元)')
    expect(resident.text()).toContain('依据业主表决「使用维修资金维修东门路灯」')
    await resident.tap({ text: `${draw.date} 支取 18,600.00 元` }) // the draw itself, not the fund's summary line
    await resident.waitFor(() => resident.currentPage().route === 'features/finances/pages/entry/index')
    await resident.waitForText('东门路灯维修(三盏灯杆及线路)')
    await resident.waitForText('凭证(1)')
    const voucher = resident.find({ id: 'voucher-0' })
    const src = String(voucher.attr.src)
    const receipt = await fetch(src.replace(/^https?:\/\/[^/]+/, fixture.gateway.url))
    expect(receipt.status).toBe(200)
    expect(receipt.headers.get('content-type')).toMatch(/^image\//) // the receipt itself, through its signed URL
    await resident.tap({ id: 'voucher-0' })
    expect(resident.wx.calls.filter((c) => c.name === 'previewImage').map((c) => c.options.current)).toEqual([src])

    const question = '三盏灯杆是哪家换的?有保修吗?'
    await resident.input('写下您的问题', question)
    await resident.tap({ text: '提出质询', exact: true })
    await resident.waitForText(question)
    expect(resident.text()).toMatch(/应于 .* 前答复/)

    const staff = start(committee)
    staff.launch({ path: 'features/finances/pages/entry/index', query: { id: fixture.ids.financeEntry } })
    await staff.waitForText(question)
    const answer = '由下站五金电器维修部更换,保修两年,合同在服务站可查。'
    await staff.input('写下给居民的公开答复', answer)
    await staff.tap({ text: '发布答复', exact: true })
    await staff.waitForText(`物管会答复:${answer}`)
    expect(staff.errors).toEqual([])

    expect(resident.text()).not.toContain(answer)
    resident.currentPage().call('onPullDownRefresh')
    await resident.waitForText(`物管会答复:${answer}`)
    expect(resident.wx.calls.some((c) => c.name === 'stopPullDownRefresh')).toBe(true)
    expect(resident.errors).toEqual([])
    expect([...resident.missingWxApis]).toEqual([])
  })
})
