import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startFakeWeChat, type FakeWeChat } from '../gateway/fake-wechat'
import { startWeappFixture, type WeappFixture } from './weapp/fixture'
import { createWeappRuntime, type WeappRuntime } from './weapp/launch'
import type { WeappRuntimeOptions } from './weapp/launch'

// The four journeys, driven by taps on the pages wcc draws, in the built mini-program against a
// started gateway that signs people in through a local fake of WeChat's servers.

const { distDir } = inject('weappBuild')
const ACTIVITY = '庆元旦手工DIY:艾草锤子'

let fixture: WeappFixture
let wechat: FakeWeChat
let photo: string
const runtimes: WeappRuntime[] = []

beforeAll(async () => {
  wechat = await startFakeWeChat({
    appId: 'wx-harness-app',
    secret: 'harness-secret',
    codes: { 'code-silent': { openid: 'o-silent-launch' }, 'code-visitor': { openid: 'o-share-visitor' }, 'code-expired': { errcode: 40163 } },
  })
  fixture = await startWeappFixture(wechat.env)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-photo-'))
  photo = path.join(dir, 'broken-light.png')
  // A phone-camera-sized picture, so compressImage has something to shrink.
  await sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: 40, g: 60, b: 90 } } })
    .png()
    .toFile(photo)
})
afterAll(async () => {
  for (const r of runtimes) r.close()
  await fixture?.gateway.close()
  await wechat?.close()
})

function start(options: Partial<WeappRuntimeOptions> = {}): WeappRuntime {
  const runtime = createWeappRuntime({ distDir, gatewayUrl: fixture.graphqlUrl, ...options })
  runtimes.push(runtime)
  return runtime
}

const hongchengheActivity = async () => {
  const { communities } = await fixture.gateway.ok<{ communities: Array<{ id: string; name: string }> }>('{ communities { id name } }')
  const community = communities.find((c) => c.name === '洪城河社区')?.id
  const data = await fixture.gateway.ok<{ activities: { edges: Array<{ node: { id: string; title: string } }> } }>(
    'query($c: ID!) { activities(filter: { communityId: $c }, first: 50) { edges { node { id title } } } }',
    { c: community },
  )
  const found = data.activities.edges.find((e) => e.node.title === ACTIVITY)
  if (!found) throw new Error(`no demo activity ${ACTIVITY}`)
  return found.node.id
}

describe('weapp journeys by taps', () => {
  it('signs in silently on launch: wx.login, its code exchanged by the gateway with WeChat, the session kept', async () => {
    const runtime = start({ loginCode: 'code-silent' })
    runtime.launch({ path: 'pages/me/index' })
    await runtime.waitFor(() => typeof runtime.storage.get('linli.session') === 'string')
    await runtime.waitForText('您好')
    expect(wechat.requestsTo('/sns/jscode2session').map((r) => r.query.js_code)).toContain('code-silent')
    const viewer = await fixture.gateway.ok<{ viewer: { id: string } | null }>('{ viewer { id } }', {}, String(runtime.storage.get('linli.session')))
    expect(viewer.viewer?.id).toBeTruthy()
    expect(runtime.errors).toEqual([])
    expect([...runtime.missingWxApis]).toEqual([])
  })

  it('raises an issue with a photo: privacy consent asked and answered, chooseMedia → compressImage → uploadFile with progress', async () => {
    const runtime = start({ initialStorage: { 'linli.session': fixture.tokens.resident }, chosenImages: [photo], privacyAgreed: false })
    runtime.launch({ path: 'pages/issues/index' })
    await runtime.waitForText('我要报事')
    await runtime.tap('我要报事')
    await runtime.waitFor(() => runtime.currentPage().route === 'features/issues/pages/raise/index')
    await runtime.waitForText('在哪栋楼？')
    await runtime.tap({ text: '路灯照明', exact: true })
    await runtime.input('标题', '5号楼门口路灯不亮')
    await runtime.input('请描述问题', '5号楼单元门口的路灯坏了三天，晚上回家看不清路。')

    // chooseMedia is a privacy API: WeChat asks the app's listener, which shows the sheet.
    await runtime.tap('添加照片')
    await runtime.waitForText('同意并继续')
    expect(runtime.wx.calls.filter((c) => c.name === 'chooseMedia')).toHaveLength(1)
    await runtime.tap({ text: '同意并继续', exact: true })
    await runtime.waitForText('已添加 1 张')
    expect(runtime.wx.privacyAnswers).toEqual(['exposureAuthorization', 'agree'])
    expect(runtime.wx.calls.map((c) => c.name)).toEqual(expect.arrayContaining(['chooseMedia', 'compressImage', 'uploadFile']))
    // Progress reached the page while the bytes went out.
    expect(runtime.setDataText()).toMatch(/正在上传第 1 张：\d+%/)

    await runtime.tap({ text: '提交报事', exact: true })
    await runtime.waitFor(() => runtime.currentPage().route === 'features/issues/pages/detail/index', 15_000)
    await runtime.waitForText('5号楼门口路灯不亮')
    const id = runtime.currentPage().query.id
    const issue = await fixture.gateway.ok<{ issue: { title: string; photos: Array<{ id: string }> } }>('query($id: ID!) { issue(id: $id) { title photos { id } } }', { id }, fixture.tokens.resident)
    expect(issue.issue).toMatchObject({ title: '5号楼门口路灯不亮' })
    expect(issue.issue.photos).toHaveLength(1)
    expect(runtime.errors).toEqual([])
    expect([...runtime.missingWxApis]).toEqual([])
  })

  it('opens a proposal from a group-chat share (scene 1008) and casts the household ballot', async () => {
    const committee = await fixture.gateway.signIn('committee-zhongwang')
    const closesAt = new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString()
    await fixture.gateway.ok('mutation($id: ID!, $at: DateTime!) { openVoting(id: $id, closesAt: $at) { stage } }', { id: fixture.ids.proposal, at: closesAt }, committee)
    const runtime = start({ initialStorage: { 'linli.session': fixture.tokens.resident } })
    runtime.launch({ path: 'features/consult/pages/detail/index', query: { id: fixture.ids.proposal }, scene: 1008 })
    await runtime.waitForText('A. 东门岗亭旁')
    await runtime.tap('A. 东门岗亭旁')
    await runtime.tap({ text: '投票', exact: true })
    await runtime.waitForText('您家的票已计入')
    const after = await fixture.gateway.ok<{ proposal: { viewerBallot: { optionIds: string[] } | null } }>('query($id: ID!) { proposal(id: $id) { viewerBallot { optionIds } } }', { id: fixture.ids.proposal }, fixture.tokens.resident)
    expect(after.proposal.viewerBallot?.optionIds).toHaveLength(1)
    expect(runtime.errors).toEqual([])
    expect([...runtime.missingWxApis]).toEqual([])
  })

  it('opens a shared activity signed out, signs in with WeChat on the spot, signs up, sees the code; staff check it in by scanCode', async () => {
    const activityId = await hongchengheActivity()
    // WeChat refuses the launch's silent sign-in (an expired code), so the visitor stays signed out.
    const codes = ['code-expired', 'code-visitor']
    const visitor = start({ loginCode: () => codes.shift() ?? 'code-visitor' })
    visitor.launch({ path: 'features/activities/pages/detail/index', query: { id: activityId }, scene: 1008 })
    await visitor.waitForText(ACTIVITY)
    await visitor.settle()
    expect(visitor.storage.has('linli.session')).toBe(false)
    // In WeChat the button signs in on the spot with wx.login: no sign-in page, no leaving the activity.
    await visitor.tap({ text: '登录后报名', exact: true })
    await visitor.waitForText('立即报名')
    expect(wechat.requestsTo('/sns/jscode2session').map((r) => r.query.js_code)).toEqual(expect.arrayContaining(['code-expired', 'code-visitor']))
    expect(visitor.currentPage().route).toBe('features/activities/pages/detail/index')
    await visitor.input('请填写姓名', '艾大妈')
    await visitor.input('请填写联系电话', '13812345678')
    await visitor.tap({ text: '立即报名', exact: true })
    await visitor.waitForText('已报名')
    await visitor.waitForText('签到码')
    const token = String(visitor.storage.get('linli.session'))
    const mine = await fixture.gateway.ok<{ activity: { viewerRegistration: { status: string; checkInCode: string } } }>(
      'query($id: ID!) { activity(id: $id) { viewerRegistration { status checkInCode } } }',
      { id: activityId },
      token,
    )
    expect(mine.activity.viewerRegistration.status).toBe('CONFIRMED')
    expect(visitor.text()).toContain(mine.activity.viewerRegistration.checkInCode)
    expect(visitor.errors).toEqual([])
    expect([...visitor.missingWxApis]).toEqual([])

    const staff = start({ initialStorage: { 'linli.session': await fixture.gateway.signIn('admin-hongchenghe') }, scanResult: mine.activity.viewerRegistration.checkInCode })
    staff.launch({ path: 'features/activities/pages/check-in/index', query: { id: activityId } })
    await staff.waitForText('扫码签到')
    await staff.tap({ text: '扫码签到', exact: true })
    await staff.waitForText('签到成功')
    expect(staff.wx.calls.filter((c) => c.name === 'scanCode')).toHaveLength(1)
    const after = await fixture.gateway.ok<{ activity: { viewerRegistration: { status: string } } }>('query($id: ID!) { activity(id: $id) { viewerRegistration { status } } }', { id: activityId }, token)
    expect(after.activity.viewerRegistration.status).toBe('ATTENDED')
    expect(staff.errors).toEqual([])
  })
})
