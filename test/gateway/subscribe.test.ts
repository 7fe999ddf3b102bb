import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../gateway/config'
import { deliverOutbox, notify } from '../../gateway/modules/notify/service'
import { spendConsent } from '../../gateway/modules/notify/store'
import { TemplateValueError, fieldValue, parseSubscribeTemplates, templateData } from '../../gateway/modules/notify/templates'
import { startFakeWeChat, type FakeWeChat } from './fake-wechat'
import { ENGINES, startGateway, type TestGateway } from './harness'

// Subscribe messages WeChat would accept: templates from the configuration, values made to
// WeChat's limits by one function, and only messages a person consented to are sent, one
// acceptance spent per message.

const TEMPLATES = 'ISSUE_STATUS=tmpl-issue:thing1,phrase2;ACTIVITY_REMINDER=tmpl-remind:thing1,time2,thing3'
const CONSENT = `mutation($ids: [String!]!) { recordSubscribeConsent(accepted: $ids) }`
const CONSENTS = `{ viewer { subscribeConsents { templateId remaining } } }`
const SIGN_IN = `mutation($code: String!) { signInWithWeChat(code: $code) { token viewer { id } } }`

describe('subscribe templates and values (pure)', () => {
  it('parses the configuration and refuses what WeChat would not know', () => {
    const templates = parseSubscribeTemplates(TEMPLATES)
    expect(templates.get('ACTIVITY_REMINDER')).toEqual({ purpose: 'ACTIVITY_REMINDER', templateId: 'tmpl-remind', fields: [{ key: 'thing1', kind: 'thing' }, { key: 'time2', kind: 'time' }, { key: 'thing3', kind: 'thing' }] })
    expect(parseSubscribeTemplates('').size).toBe(0)
    expect(() => parseSubscribeTemplates('NOTHING=t:thing1')).toThrow(/unknown purpose/)
    expect(() => parseSubscribeTemplates('ISSUE_STATUS=t:colour1')).toThrow(/colour1/)
    expect(() => parseSubscribeTemplates('ISSUE_STATUS=t:thing1;ISSUE_STATUS=u:thing1')).toThrow(/twice/)
    expect(() => loadConfig({ WECHAT_SUBSCRIBE_TEMPLATES: 'ISSUE_STATUS=t' })).toThrow(/WECHAT_SUBSCRIBE_TEMPLATES/)
  })

  it('thing ≤ 20 characters, phrase ≤ 5 Chinese characters, time a Beijing date', () => {
    expect(fieldValue({ key: 'thing1', kind: 'thing' }, '东门新增路灯装在哪里?大家一起来商量决定吧谢谢')).toBe('东门新增路灯装在哪里?大家一起来商量决…')
    expect([...fieldValue({ key: 'thing1', kind: 'thing' }, '东门新增路灯装在哪里?大家一起来商量决定吧谢谢')]).toHaveLength(20)
    expect(fieldValue({ key: 'phrase2', kind: 'phrase' }, '已受理 (2)')).toBe('已受理')
    expect(fieldValue({ key: 'phrase2', kind: 'phrase' }, '开始投票了请参与')).toBe('开始投票了')
    expect(() => fieldValue({ key: 'phrase2', kind: 'phrase' }, 'OK')).toThrow(TemplateValueError)
    expect(fieldValue({ key: 'time2', kind: 'time' }, '2026-12-04T16:30:00.000Z')).toBe('2026年12月5日 00:30')
    expect(fieldValue({ key: 'time2', kind: 'time' }, '12月5日 14:30')).toBe('12月5日 14:30')
    expect(() => fieldValue({ key: 'time2', kind: 'time' }, '周六上午')).toThrow(/not a date/)
    const issue = parseSubscribeTemplates(TEMPLATES).get('ISSUE_STATUS')
    expect(issue && templateData(issue, ['楼道灯不亮', '已受理'])).toEqual({ thing1: { value: '楼道灯不亮' }, phrase2: { value: '已受理' } })
  })
})

describe.each(ENGINES)('subscribe consent on $name', (engine) => {
  let fake: FakeWeChat
  let t: TestGateway
  let bare: TestGateway
  beforeAll(async () => {
    fake = await startFakeWeChat({ appId: 'wx-sub', secret: 's', codes: { 'code-ann': { openid: 'openid-ann' }, 'code-ben': { openid: 'openid-ben' } } })
    t = await startGateway(engine, { ...fake.env, WECHAT_SUBSCRIBE_TEMPLATES: TEMPLATES })
    bare = await startGateway(engine)
  })
  afterAll(async () => {
    await t?.close()
    await bare?.close()
    await fake?.close()
  })
  const sent = (templateId: string) => fake.requestsTo('/cgi-bin/message/subscribe/send').filter((r) => r.body.template_id === templateId)
  const issueMessage = (accountId: string, title: string) => ({ accountId, kind: 'ISSUE_ACCEPTED', title: '已受理', body: title, subscribe: { template: 'ISSUE_STATUS', page: 'features/issues/pages/detail/index?id=x', data: { thing1: title, phrase2: '已受理' } } })

  it('serves the configured template ids to the app; none when unset', async () => {
    expect((await t.ok('{ subscribeTemplates { purpose templateId } }')).subscribeTemplates).toEqual([
      { purpose: 'ISSUE_STATUS', templateId: 'tmpl-issue' },
      { purpose: 'ACTIVITY_REMINDER', templateId: 'tmpl-remind' },
    ])
    expect((await bare.ok('{ subscribeTemplates { templateId } }')).subscribeTemplates).toEqual([])
  })

  it('records consent only signed in, at most 3 ids, only configured ids', async () => {
    expect(await t.code(CONSENT, { ids: ['tmpl-issue'] })).toBe('UNAUTHENTICATED')
    const token = await t.signIn('resident-consent')
    const tooMany = await t.gql(CONSENT, { ids: ['a', 'b', 'c', 'd'] }, token)
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    expect(tooMany.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff]/)
    expect((await t.ok(CONSENT, { ids: ['tmpl-issue', 'ACTIVITY_REMINDER_TEMPLATE_ID', 'tmpl-issue'] }, token)).recordSubscribeConsent).toEqual(['tmpl-issue'])
    expect((await t.ok(CONSENTS, {}, token)).viewer.subscribeConsents).toEqual([{ templateId: 'tmpl-issue', remaining: 1 }])
  })

  it('twenty acceptances at once are all counted', async () => {
    const token = await t.signIn('resident-many-taps')
    await Promise.all(Array.from({ length: 20 }, () => t.ok(CONSENT, { ids: ['tmpl-remind'] }, token)))
    expect((await t.ok(CONSENTS, {}, token)).viewer.subscribeConsents).toEqual([{ templateId: 'tmpl-remind', remaining: 20 }])
  })

  it('sends only what was consented to: one acceptance, one message; the next is recorded, not sent', async () => {
    const { token, viewer } = (await t.ok(SIGN_IN, { code: 'code-ann' })).signInWithWeChat as { token: string; viewer: { id: string } }
    await t.quietHoursOff(token)
    await t.ok(CONSENT, { ids: ['tmpl-issue'] }, token)
    await notify(t.gateway.db, [issueMessage(viewer.id, '3号楼楼道灯坏了一个星期晚上看不清台阶很危险')])
    await deliverOutbox(t.gateway.db, t.gateway.platform.wechat, t.gateway.log, t.config.subscribeTemplates)
    expect(sent('tmpl-issue').map((r) => r.body)).toEqual([
      { touser: 'openid-ann', template_id: 'tmpl-issue', page: 'features/issues/pages/detail/index?id=x', data: { thing1: { value: '3号楼楼道灯坏了一个星期晚上看不清台阶…' }, phrase2: { value: '已受理' } } },
    ])
    expect((await t.ok(CONSENTS, {}, token)).viewer.subscribeConsents).toEqual([])

    await notify(t.gateway.db, [issueMessage(viewer.id, '又坏了')])
    await deliverOutbox(t.gateway.db, t.gateway.platform.wechat, t.gateway.log, t.config.subscribeTemplates)
    expect(sent('tmpl-issue')).toHaveLength(1)
    const rows = await t.gateway.db.selectFrom('outbox').select(['status', 'last_error']).where('account_id', '=', viewer.id).orderBy('id').execute()
    expect(rows).toEqual([{ status: 'SENT', last_error: null }, { status: 'RECORDED', last_error: 'not consented' }])
  })

  it('a message for a purpose with no template configured is recorded, not sent', async () => {
    const { token, viewer } = (await t.ok(SIGN_IN, { code: 'code-ben' })).signInWithWeChat as { token: string; viewer: { id: string } }
    await t.quietHoursOff(token)
    await t.ok(CONSENT, { ids: ['tmpl-issue'] }, token)
    await notify(t.gateway.db, [{ ...issueMessage(viewer.id, '议题开始投票'), subscribe: { template: 'PROPOSAL_STAGE', data: { thing1: '议题', phrase2: '投票' } } }])
    await deliverOutbox(t.gateway.db, t.gateway.platform.wechat, t.gateway.log, t.config.subscribeTemplates)
    expect(await t.gateway.db.selectFrom('outbox').select(['status', 'last_error']).where('account_id', '=', viewer.id).execute()).toEqual([{ status: 'RECORDED', last_error: 'template not configured' }])
    // The acceptance is kept for a message it fits.
    expect((await t.ok(CONSENTS, {}, token)).viewer.subscribeConsents).toEqual([{ templateId: 'tmpl-issue', remaining: 1 }])
  })

  it('spending is exact under concurrency: 3 acceptances, 10 spends at once, 3 succeed', async () => {
    const token = await t.signIn('resident-spender')
    const id = (await t.ok('{ viewer { id } }', {}, token)).viewer.id as string
    for (let i = 0; i < 3; i++) await t.ok(CONSENT, { ids: ['tmpl-remind'] }, token)
    const spent = await Promise.all(Array.from({ length: 10 }, () => spendConsent(t.gateway.db, id, 'tmpl-remind', new Date().toISOString())))
    expect(spent.filter(Boolean)).toHaveLength(3)
    expect((await t.ok(CONSENTS, {}, token)).viewer.subscribeConsents).toEqual([])
  })
})
