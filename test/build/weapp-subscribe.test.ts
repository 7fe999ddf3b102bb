import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startFakeWeChat, type FakeWeChat } from '../gateway/fake-wechat'
import { startWeappFixture, type WeappFixture } from './weapp/fixture'
import { createWeappRuntime, type WeappRuntime } from './weapp/launch'

// Subscribe messages in the weapp build: consent asked inside the tap with the template ids the
// gateway is configured with (WeChat refuses it anywhere else), counted by the gateway; and every
// inbox message opens what it is about.

const { distDir } = inject('weappBuild')
const TEMPLATES = 'ISSUE_STATUS=tmpl-issue:thing1,phrase2;PROPOSAL_STAGE=tmpl-stage:thing1,phrase2;VOTING_REMINDER=tmpl-vote:thing1,time2;ACTIVITY_STATUS=tmpl-activity:thing1,phrase2,time3;ACTIVITY_REMINDER=tmpl-remind:thing1,time2,thing3;NOTICE_PUBLISHED=tmpl-notice:thing1,phrase2'
const ACTIVITY = '庆元旦手工DIY:艾草锤子'
let fixture: WeappFixture
let wechat: FakeWeChat
const runtimes: WeappRuntime[] = []

beforeAll(async () => {
  wechat = await startFakeWeChat({ appId: 'wx-harness-app', secret: 'harness-secret', codes: {} })
  fixture = await startWeappFixture({ ...wechat.env, WECHAT_SUBSCRIBE_TEMPLATES: TEMPLATES })
})
afterAll(async () => {
  for (const r of runtimes) r.close()
  await fixture?.gateway.close()
  await wechat?.close()
})

const consents = async (token: string) =>
  (await fixture.gateway.ok<{ viewer: { subscribeConsents: Array<{ templateId: string; remaining: number }> } }>('{ viewer { subscribeConsents { templateId remaining } } }', {}, token)).viewer.subscribeConsents

describe('subscribe messages in the weapp build', () => {
  it('signing up asks consent inside the tap for the gateway’s reminder and status templates; the gateway counts what was accepted', async () => {
    const token = await fixture.gateway.signIn('resident-subscribe-signup')
    const { communities } = await fixture.gateway.ok<{ communities: Array<{ id: string; name: string }> }>('{ communities { id name } }')
    const list = await fixture.gateway.ok<{ activities: { edges: Array<{ node: { id: string; title: string } }> } }>(
      'query($c: ID!) { activities(filter: { communityId: $c }, first: 50) { edges { node { id title } } } }',
      { c: communities.find((c) => c.name === '洪城河社区')?.id },
    )
    const id = list.activities.edges.find((e) => e.node.title === ACTIVITY)?.node.id ?? ''
    const runtime = createWeappRuntime({ distDir, gatewayUrl: fixture.graphqlUrl, initialStorage: { 'linli.session': token }, subscribeAnswer: (tmpl) => (tmpl === 'tmpl-remind' ? 'accept' : 'reject') })
    runtimes.push(runtime)
    runtime.launch({ path: 'features/activities/pages/detail/index', query: { id }, scene: 1008 })
    await runtime.waitForText('立即报名')
    await runtime.input('请填写姓名', '艾大妈')
    await runtime.input('请填写联系电话', '13812345678')
    await runtime.tap({ text: '立即报名', exact: true })
    await runtime.waitForText('签到码')
    const asked = runtime.wx.calls.filter((c) => c.name === 'requestSubscribeMessage')
    expect(asked.map((c) => c.options.tmplIds)).toEqual([['tmpl-remind', 'tmpl-activity']])
    await runtime.waitFor(() => runtime.requests.some((r) => r.body.includes('RecordSubscribeConsent') || r.url.includes('RecordSubscribeConsent')))
    await runtime.settle()
    expect(await consents(token)).toEqual([{ templateId: 'tmpl-remind', remaining: 1 }])
    expect(runtime.errors).toEqual([])
    expect([...runtime.missingWxApis]).toEqual([])
  })

  it('co-signing asks, in the same tap, for stage changes and the voting reminder', async () => {
    const author = fixture.tokens.resident
    const created = await fixture.gateway.ok<{ createProposal: { id: string } }>(
      'mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }',
      { input: { compoundId: fixture.ids.compound, title: '楼下增设电动车充电桩', background: '楼道里充电太危险,想在车棚装几个充电桩。', question: '是否同意在车棚增设充电桩?', matter: 'ADVISORY', ballotKind: 'YES_NO_ABSTAIN' } },
      author,
    )
    const id = created.createProposal.id
    await fixture.gateway.ok('mutation($id: ID!) { submitProposal(id: $id) { stage } }', { id }, author)
    const neighbour = await fixture.gateway.signIn('resident-zhongwang-2')
    const runtime = createWeappRuntime({ distDir, gatewayUrl: fixture.graphqlUrl, initialStorage: { 'linli.session': neighbour } })
    runtimes.push(runtime)
    runtime.launch({ path: 'features/consult/pages/detail/index', query: { id }, scene: 1008 })
    await runtime.waitForText('户联署')
    // The template ids load with the page, so the tap can ask at once.
    await runtime.settle()
    await runtime.tap({ text: '联署', exact: true })
    await runtime.waitFor(() => runtime.wx.calls.some((c) => c.name === 'requestSubscribeMessage'))
    expect(runtime.wx.calls.filter((c) => c.name === 'requestSubscribeMessage').map((c) => c.options.tmplIds)).toEqual([['tmpl-stage', 'tmpl-vote']])
    await runtime.waitFor(() => runtime.requests.some((r) => r.body.includes('RecordSubscribeConsent') || r.url.includes('RecordSubscribeConsent')))
    await runtime.settle()
    expect(await consents(neighbour)).toEqual([{ templateId: 'tmpl-stage', remaining: 1 }, { templateId: 'tmpl-vote', remaining: 1 }])
    expect(runtime.errors).toEqual([])
  })

  it('raising an issue asks for status updates in the same tap', async () => {
    const token = await fixture.gateway.signIn('resident-changbaoe')
    const runtime = createWeappRuntime({ distDir, gatewayUrl: fixture.graphqlUrl, initialStorage: { 'linli.session': token } })
    runtimes.push(runtime)
    runtime.launch({ path: 'features/issues/pages/raise/index' })
    await runtime.waitForText('在哪栋楼？')
    await runtime.tap({ text: '环境卫生', exact: true })
    await runtime.input('标题', '垃圾站三天没清')
    await runtime.input('请描述问题', '2号楼旁边的垃圾站已经三天没有清运，味道很大。')
    await runtime.tap({ text: '提交报事', exact: true })
    await runtime.waitFor(() => runtime.currentPage().route === 'features/issues/pages/detail/index', 15_000)
    expect(runtime.wx.calls.filter((c) => c.name === 'requestSubscribeMessage').map((c) => c.options.tmplIds)).toEqual([['tmpl-issue']])
    await runtime.settle()
    expect(await consents(token)).toEqual(expect.arrayContaining([{ templateId: 'tmpl-issue', remaining: 1 }]))
  })

  it('tapping 议题开始投票 in the inbox opens the proposal', async () => {
    const committee = await fixture.gateway.signIn('committee-zhongwang')
    await fixture.gateway.ok('mutation($id: ID!, $at: DateTime!) { openVoting(id: $id, closesAt: $at) { stage } }', { id: fixture.ids.proposal, at: new Date(Date.now() + 3 * 86_400_000).toISOString() }, committee)
    const inbox = await fixture.gateway.ok<{ viewer: { inbox: { edges: Array<{ node: { title: string; subjectType: string } }> } } }>('{ viewer { inbox { edges { node { title subjectType } } } } }', {}, fixture.tokens.resident)
    const message = inbox.viewer.inbox.edges.map((e) => e.node).find((m) => m.subjectType === 'Proposal')
    expect(message).toBeDefined()
    const runtime = createWeappRuntime({ distDir, gatewayUrl: fixture.graphqlUrl, initialStorage: { 'linli.session': fixture.tokens.resident } })
    runtimes.push(runtime)
    runtime.launch({ path: 'features/account/pages/inbox/index' })
    await runtime.waitForText(message?.title ?? '')
    await runtime.tap(message?.title ?? '')
    await runtime.waitFor(() => runtime.currentPage().route === 'features/consult/pages/detail/index')
    expect(runtime.currentPage().query.id).toBe(fixture.ids.proposal)
    await runtime.waitForText('投票中')
    expect(runtime.errors).toEqual([])
  })

  it('taking notices at once asks, in that tap, for the new-notice message; the gateway counts it', async () => {
    const token = await fixture.gateway.signIn('resident-subscribe-notices')
    const runtime = createWeappRuntime({ distDir, gatewayUrl: fixture.graphqlUrl, initialStorage: { 'linli.session': token }, subscribeAnswer: () => 'accept' })
    runtimes.push(runtime)
    runtime.launch({ path: 'features/account/pages/notifications/index' })
    await runtime.waitForText('每日汇总时间（北京时间）')
    await runtime.tap({ text: '每日汇总', exact: true, index: 3 }) // notices in the digest: nothing to ask
    expect(runtime.wx.calls.filter((c) => c.name === 'requestSubscribeMessage')).toEqual([])
    await runtime.tap({ text: '立即', exact: true, index: 3 })
    expect(runtime.wx.calls.filter((c) => c.name === 'requestSubscribeMessage').map((c) => c.options.tmplIds)).toEqual([['tmpl-notice']])
    await runtime.settle()
    expect(await consents(token)).toEqual([{ templateId: 'tmpl-notice', remaining: 1 }])
    expect(runtime.errors).toEqual([])
  })
})
