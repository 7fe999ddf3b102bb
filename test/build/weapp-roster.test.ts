import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startWeappFixture, type WeappFixture } from './weapp/fixture'
import { createWeappRuntime, type WeappRuntime } from './weapp/launch'

// The committee's roster screens driven by taps in the weapp build against a started gateway:
// import a register file picked from a chat (chooseMessageFile → uploadFile to /roster/import),
// see every row's problem before anything is written, commit the good rows; record a paper
// ballot for a unit without an account and be refused over an online ballot; fix a row's area;
// record a proxy with the signed authorisation's photo; the proxy votes for the unit.

const { distDir } = inject('weappBuild')
const VOTE = '1号楼楼道灯更换为声控 LED'
let fixture: WeappFixture
let committee: string
let photo: string
let registerFile: string
const runtimes: WeappRuntime[] = []

beforeAll(async () => {
  fixture = await startWeappFixture()
  committee = await fixture.gateway.signIn('committee-zhongwang')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-roster-weapp-'))
  photo = path.join(dir, 'signed-paper.png')
  await sharp({ create: { width: 900, height: 1200, channels: 3, background: { r: 245, g: 240, b: 230 } } }).png().toFile(photo)
  registerFile = path.join(dir, '名册.csv')
  fs.writeFileSync(registerFile, ['楼栋,单元,室号,专有面积,业主姓名,联系电话', '1号楼,3,101,91.20,新业主,13900008888', '1号楼,1,101,80,重复户,', '1号楼,1,101,81,重复户二,', '9号楼,1,101,70,无此楼,'].join('\n'))
})
afterAll(async () => {
  for (const r of runtimes) r.close()
  await fixture?.gateway.close()
})

function start(token: string, extra: Partial<Parameters<typeof createWeappRuntime>[0]> = {}): WeappRuntime {
  const runtime = createWeappRuntime({ distDir, gatewayUrl: fixture.graphqlUrl, initialStorage: { 'linli.session': token }, chosenImages: [photo], ...extra })
  runtimes.push(runtime)
  return runtime
}

const voteId = async () => {
  const data = await fixture.gateway.ok<{ proposals: { edges: Array<{ node: { id: string; title: string } }> } }>('{ proposals(first: 50) { edges { node { id title } } } }', {}, committee)
  return data.proposals.edges.find((e) => e.node.title === VOTE)!.node.id
}
const electorate = async (id: string) =>
  (await fixture.gateway.ok<{ proposal: { electorateUnits: { edges: Array<{ node: { unitId: string; label: string; voted: boolean; channel: string | null } }> } } }>('query($id: ID!) { proposal(id: $id) { electorateUnits(first: 100) { edges { node { unitId label voted channel } } } } }', { id }, committee)).proposal.electorateUnits.edges.map((e) => e.node)
const unitCount = async () => Number((await fixture.gateway.gateway.db.selectFrom('roster_units').select((eb) => eb.fn.countAll<number>().as('n')).where('compound_id', '=', fixture.ids.compound).executeTakeFirstOrThrow()).n)

describe('the roster screens by taps', () => {
  it('imports a register file from a chat: every row’s problem shown first, then the good row written', async () => {
    const runtime = start(committee, { chosenMessageFiles: [registerFile] })
    runtime.launch({ path: 'features/roster/pages/roster/index', query: { compoundId: fixture.ids.compound } })
    await runtime.waitForText('导入业主名册(物管会)')
    await runtime.tap({ text: '导入业主名册(物管会)', exact: true })
    await runtime.waitForText('选择名册文件(Excel 或 CSV)')
    await runtime.tap({ text: '选择名册文件(Excel 或 CSV)', exact: true })
    await runtime.waitForText('共 4 行,其中 3 行有问题(不会写入)', 15_000)
    const shown = runtime.text()
    expect(shown).toContain('第 2 行 · 1号楼 3单元 101室 · 91.20 ㎡ · 新业主 13900008888')
    expect(shown.match(/问题:房号重复/g)).toHaveLength(2)
    expect(shown).toContain('问题:楼栋不在本小区')
    const upload = runtime.wx.calls.find((c) => c.name === 'uploadFile')
    expect(String(upload?.options.url)).toMatch(/\/roster\/import\?compoundId=/)
    expect(runtime.wx.calls.filter((c) => c.name === 'chooseMessageFile')).toHaveLength(1)
    const before = await unitCount()
    await runtime.tap({ text: '确认导入没有问题的 1 行', exact: true })
    await runtime.waitForText('已写入 1 户')
    expect(await unitCount()).toBe(before + 1)
    expect(runtime.errors).toEqual([])
    expect([...runtime.missingWxApis]).toEqual([])
  })

  it('records a paper ballot for a unit without an account, and is refused over one that voted online', async () => {
    const id = await voteId()
    const resident = fixture.tokens.resident
    const options = (await fixture.gateway.ok<{ proposal: { options: Array<{ id: string }> } }>('query($id: ID!) { proposal(id: $id) { options { id } } }', { id }, resident)).proposal.options
    await fixture.gateway.ok('mutation($p: ID!, $o: [ID!]!) { castBallot(proposalId: $p, optionIds: $o) { receipt } }', { p: id, o: [options[1]!.id] }, resident)
    const pending = (await electorate(id)).find((u) => !u.voted)!

    const runtime = start(committee)
    runtime.launch({ path: 'features/consult/pages/detail/index', query: { id } })
    await runtime.waitForText('登记纸质选票(按名册)')
    await runtime.tap({ text: '登记纸质选票(按名册)', exact: true })
    await runtime.waitForText('按业主名册登记签字的纸质选票')
    const record = async (label: string) => {
      await runtime.input('例如:1号楼 1单元 101', label)
      await runtime.tap({ text: '查找', exact: true })
      await runtime.waitForText(`${label} · `)
      // The row, not the search field that holds the same words.
      await runtime.tap({ text: `${label} · ` })
      await runtime.waitForText(`已选:${label}`)
      await runtime.tap({ text: '同意', exact: true })
      await runtime.tap({ text: '拍摄签字的纸质选票', exact: true })
      await runtime.waitForText('照片已上传', 15_000)
      await runtime.tap({ text: '登记这张纸质票', exact: true })
    }
    await record(pending.label)
    await runtime.waitForText(`已登记 ${pending.label} 的纸质票,回执码`)
    expect((await electorate(id)).find((u) => u.unitId === pending.unitId)).toMatchObject({ voted: true, channel: 'PAPER' })

    await record('1号楼 1单元 101室')
    await runtime.waitForText('纸质票不能覆盖')
    const counted = await fixture.gateway.ok<{ proposal: { viewerBallot: { optionIds: string[]; assisted: boolean } } }>('query($id: ID!) { proposal(id: $id) { viewerBallot { optionIds assisted } } }', { id }, resident)
    expect(counted.proposal.viewerBallot).toEqual({ optionIds: [options[1]!.id], assisted: false })
    expect(runtime.errors).toEqual([])
    expect([...runtime.missingWxApis]).toEqual([])
  })

  it('fixes a row’s area, records a proxy, and the proxy votes for the unit', async () => {
    const id = await voteId()
    const held = (await electorate(id)).filter((u) => !u.voted).at(-1)!
    const heldRoom = (await fixture.gateway.gateway.db.selectFrom('roster_units').select('room').where('id', '=', held.unitId).executeTakeFirstOrThrow()).room
    // Proxies are matched to the account's phone: the proxy is 常阿姨.
    const changbaoe = await fixture.gateway.gateway.db.updateTable('accounts').set({ phone: '13800009999' }).where('handle', '=', 'resident-changbaoe').returning('id').executeTakeFirstOrThrow()
    await fixture.gateway.gateway.viewerCache.invalidate(changbaoe.id) // as a profile change through the gateway would

    const runtime = start(committee)
    runtime.launch({ path: 'features/roster/pages/roster/index', query: { compoundId: fixture.ids.compound } })
    await runtime.waitForText('1号楼 1单元 102室')
    await runtime.tap({ text: '1号楼 1单元 102室' })
    await runtime.waitFor(() => runtime.currentPage().route === 'features/roster/pages/unit/index')
    await runtime.waitForText('保存')
    // The row's fields are filled in from the gateway before the fix is typed.
    await runtime.settle()
    await runtime.input('例如 89.50', '88.8')
    await runtime.tap({ text: '保存', exact: true })
    await runtime.waitForText('已保存:1号楼 1单元 102室,面积 88.80 ㎡')
    ;(runtime.wx.api.navigateBack as (o: object) => void)({})
    await runtime.waitFor(() => runtime.currentPage().route === 'features/roster/pages/roster/index')
    await runtime.waitForText('88.80 ㎡')

    await runtime.tap({ text: '登记委托投票', exact: true })
    await runtime.waitForText('按本小区规定,每位受托人最多代理 3 户。')
    await runtime.input('例如:1号楼 1单元 101', heldRoom)
    await runtime.tap({ text: '查找', exact: true })
    await runtime.waitForText(held.label)
    await runtime.tap({ text: held.label })
    await runtime.input('受托人姓名', '常阿姨')
    await runtime.input('受托人手机号码', '13800009999')
    await runtime.tap({ text: '拍摄签字的委托书', exact: true })
    await runtime.waitForText('委托书照片已上传', 15_000)
    await runtime.tap({ text: '登记委托', exact: true })
    await runtime.waitForText(`已登记:常阿姨 代理 ${held.label}`)
    expect(runtime.errors).toEqual([])

    const proxy = start(fixture.tokens.resident)
    proxy.launch({ path: 'features/consult/pages/detail/index', query: { id } })
    await proxy.waitForText('受业主委托投票(1 户)')
    await proxy.tap({ text: '受业主委托投票(1 户)', exact: true })
    await proxy.waitForText(held.label)
    await proxy.tap({ text: '同意', exact: true })
    await proxy.tap({ text: `为 ${held.label} 投票`, exact: true })
    await proxy.waitForText(`已为 ${held.label} 投票,回执码`)
    expect((await electorate(id)).find((u) => u.unitId === held.unitId)).toMatchObject({ voted: true, channel: 'PROXY' })
    expect(proxy.errors).toEqual([])
    expect([...proxy.missingWxApis]).toEqual([])
  })
})
