import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sweepProposals } from '../../gateway/modules/consult/sweep'
import { deliverOutbox } from '../../gateway/modules/notify/service'
import { startFakeWeChat, type FakeWeChat } from './fake-wechat'
import { ENGINES, startGateway, type TestGateway } from './harness'

// The voting reminder as a subscribe message: residents who accepted PROPOSAL_STAGE and
// VOTING_REMINDER when co-signing get one message when voting opens and one a day before it
// closes (only while their household has not voted); each opens the proposal. Whoever accepted
// nothing gets the inbox entry only.

const TEMPLATES = 'PROPOSAL_STAGE=tmpl-stage:thing1,phrase2;VOTING_REMINDER=tmpl-vote:thing1,time2'
const CONSENT = 'mutation($ids: [String!]!) { recordSubscribeConsent(accepted: $ids) }'
const TITLE = '东门新增路灯装在哪里?'

describe.each(ENGINES)('voting reminders on $name', (engine) => {
  let fake: FakeWeChat
  let t: TestGateway
  beforeAll(async () => {
    fake = await startFakeWeChat({ appId: 'wx-vote', secret: 's' })
    t = await startGateway(engine, { ...fake.env, WECHAT_SUBSCRIBE_TEMPLATES: TEMPLATES })
  })
  afterAll(async () => {
    await t?.close()
    await fake?.close()
  })
  const sent = (templateId: string) => fake.requestsTo('/cgi-bin/message/subscribe/send').filter((r) => r.body.template_id === templateId).map((r) => r.body)
  const deliver = () => deliverOutbox(t.gateway.db, t.gateway.platform.wechat, t.gateway.log, t.config.subscribeTemplates)

  it('one message when voting opens, one a day before it closes, each opening the proposal; none without consent', async () => {
    // Two owners of 众望小区 known to WeChat: 常阿姨 accepted both templates, 王大爷 nothing.
    await t.gateway.db.updateTable('accounts').set({ openid: 'openid-chang' }).where('handle', '=', 'resident-changbaoe').execute()
    await t.gateway.db.updateTable('accounts').set({ openid: 'openid-wang' }).where('handle', '=', 'resident-zhongwang-2').execute()
    const chang = await t.signIn('resident-changbaoe')
    const wang = await t.signIn('resident-zhongwang-2')
    // Their messages go at once whatever the time of day (quiet hours would hold them till morning).
    await t.quietHoursOff(chang)
    await t.quietHoursOff(wang)
    expect((await t.ok<{ recordSubscribeConsent: string[] }>(CONSENT, { ids: ['tmpl-stage', 'tmpl-vote'] }, chang)).recordSubscribeConsent).toEqual(['tmpl-stage', 'tmpl-vote'])
    const { proposals } = await t.ok<{ proposals: { edges: Array<{ node: { id: string; title: string } }> } }>('{ proposals(first: 50) { edges { node { id title } } } }', {}, chang)
    const id = proposals.edges.find((e) => e.node.title === TITLE)!.node.id
    const page = `features/consult/pages/detail/index?id=${id}`

    const committee = await t.signIn('committee-zhongwang')
    const closesAt = new Date(Date.now() + 20 * 3600_000)
    await t.ok('mutation($id: ID!, $at: DateTime!) { openVoting(id: $id, closesAt: $at) { stage } }', { id, at: closesAt.toISOString() }, committee)
    await deliver()
    expect(sent('tmpl-stage')).toEqual([{ touser: 'openid-chang', template_id: 'tmpl-stage', page, data: { thing1: { value: TITLE }, phrase2: { value: '议题开始投' } } }])

    // The demo's other vote closing soon (the roster's owners' vote) may remind her too: she accepted twice.
    await t.ok(CONSENT, { ids: ['tmpl-vote'] }, chang)
    expect((await sweepProposals(t.gateway.db)).reminded).toBeGreaterThanOrEqual(1)
    await deliver()
    const beijing = new Date(closesAt.getTime() + 8 * 3600_000)
    const time = `${beijing.getUTCFullYear()}年${beijing.getUTCMonth() + 1}月${beijing.getUTCDate()}日 ${String(beijing.getUTCHours()).padStart(2, '0')}:${String(beijing.getUTCMinutes()).padStart(2, '0')}`
    expect(sent('tmpl-vote').filter((m) => m.page === page)).toEqual([{ touser: 'openid-chang', template_id: 'tmpl-vote', page, data: { thing1: { value: TITLE }, time2: { value: time } } }])

    // 王大爷 has both messages in his inbox, opening the proposal, and nothing was sent to him.
    const inbox = await t.ok<{ viewer: { inbox: { edges: Array<{ node: { title: string; subjectType: string; subjectId: string } }> } } }>('{ viewer { inbox(first: 20) { edges { node { title subjectType subjectId } } } } }', {}, wang)
    const about = inbox.viewer.inbox.edges.map((e) => e.node).filter((n) => n.subjectId === id)
    expect(about.map((n) => n.title).sort()).toEqual(['投票即将截止', '议题开始投票'])
    expect(about.every((n) => n.subjectType === 'Proposal')).toBe(true)
    const wangId = (await t.ok<{ viewer: { id: string } }>('{ viewer { id } }', {}, wang)).viewer.id
    const wangRows = await t.gateway.db.selectFrom('outbox').select(['template', 'status', 'last_error']).where('account_id', '=', wangId).orderBy('template').execute()
    expect(wangRows.length).toBeGreaterThanOrEqual(2)
    expect(wangRows.map((r) => r.template)).toEqual(expect.arrayContaining(['PROPOSAL_STAGE', 'VOTING_REMINDER']))
    expect(wangRows.every((r) => r.status === 'RECORDED' && r.last_error === 'not consented')).toBe(true)
    expect(sent('tmpl-vote').concat(sent('tmpl-stage')).some((m) => m.touser === 'openid-wang')).toBe(false)

    // The sweep reminds once.
    expect((await sweepProposals(t.gateway.db)).reminded).toBe(0)
  })
})
