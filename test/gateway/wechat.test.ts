import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deliverOutbox, notify } from '../../gateway/modules/notify/service'
import { startFakeWeChat, type FakeWeChat } from './fake-wechat'
import { ENGINES, startGateway, type TestGateway } from './harness'

const SIGN_IN = `mutation($code: String!) { signInWithWeChat(code: $code) { token viewer { id displayName } } }`
const NICKNAME = `mutation($n: String!) { updateProfile(input: { nickname: $n }) { displayName } }`

const APP = { appId: 'wx-test-app', secret: 'test-secret' }
const TEMPLATES = 'ISSUE_STATUS=tmpl-sent:thing1,time2;PROPOSAL_STAGE=tmpl-refused:thing1,time2;ACTIVITY_STATUS=tmpl-no-openid:thing1,time2;ACTIVITY_REMINDER=tmpl-recorded:thing1,time2'
const CONSENT = `mutation($ids: [String!]!) { recordSubscribeConsent(accepted: $ids) }`

describe.each(ENGINES)('WeChat on $name', (engine) => {
  let fake: FakeWeChat
  let t: TestGateway // configured with WeChat, pointed at the fake
  let bare: TestGateway // WeChat not configured
  beforeAll(async () => {
    fake = await startFakeWeChat({
      ...APP,
      codes: {
        'code-alice-1': { openid: 'openid-alice' },
        'code-alice-2': { openid: 'openid-alice' },
        'code-bob-001': { openid: 'openid-bob' },
        'code-carol-1': { openid: 'openid-carol' },
        'code-refuses': { openid: 'openid-unsubscribed' },
        'code-limited': { errcode: 45011 },
        'code-risky-u': { errcode: 40226 },
        'code-timeout': 'hang',
      },
      risky: ['发财捷径群'],
      subscribeErrors: { 'openid-unsubscribed': 43101 },
    })
    t = await startGateway(engine, { ...fake.env, WECHAT_TIMEOUT_MS: '300', WECHAT_SUBSCRIBE_TEMPLATES: TEMPLATES })
    bare = await startGateway(engine)
  })
  afterAll(async () => {
    await t?.close()
    await bare?.close()
    await fake?.close()
  })

  const signIn = async (code: string) => {
    const signedIn = (await t.ok(SIGN_IN, { code })).signInWithWeChat as { token: string; viewer: { id: string; displayName: string } }
    await t.quietHoursOff(signedIn.token) // what is sent goes at once whatever the time of day
    return signedIn
  }

  it('exchanges the code through code2Session with the app id and secret', async () => {
    await signIn('code-carol-1')
    const call = fake.requestsTo('/sns/jscode2session').find((r) => r.query.js_code === 'code-carol-1')
    expect(call).toMatchObject({ method: 'GET', query: { appid: APP.appId, secret: APP.secret, grant_type: 'authorization_code' } })
  })

  it('creates one account per openid: the same WeChat user signing in twice is the same viewer', async () => {
    const first = await signIn('code-alice-1')
    const second = await signIn('code-alice-2')
    const other = await signIn('code-bob-001')
    expect(second.token).not.toBe(first.token)
    expect(second.viewer.id).toBe(first.viewer.id)
    expect(other.viewer.id).not.toBe(first.viewer.id)
    expect((await t.ok('{ viewer { id } }', {}, second.token)).viewer.id).toBe(first.viewer.id)
  })

  it('refuses a malformed code before calling WeChat', async () => {
    const before = fake.requests.length
    expect(await t.code(SIGN_IN, { code: 'a b' })).toBe('BAD_USER_INPUT')
    expect(fake.requests.length).toBe(before)
  })

  it('turns an invalid code (40029) into BAD_USER_INPUT', async () => {
    expect(await t.code(SIGN_IN, { code: 'code-unknown' })).toBe('BAD_USER_INPUT')
  })

  it('turns WeChat rate limiting (45011) into RATE_LIMITED', async () => {
    const { errors } = await t.gql(SIGN_IN, { code: 'code-limited' })
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) })
  })

  it('turns a high-risk user (40226) into FORBIDDEN', async () => {
    expect(await t.code(SIGN_IN, { code: 'code-risky-u' })).toBe('FORBIDDEN')
  })

  it('gives up on a WeChat that does not answer, with a masked error', async () => {
    const started = Date.now()
    const result = await t.gql(SIGN_IN, { code: 'code-timeout' })
    expect(Date.now() - started).toBeLessThan(5000)
    expect(result.data).toBeNull()
    expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR')
    expect(result.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff]/)
    const text = JSON.stringify(result)
    expect(text).not.toMatch(/stack|Timeout|Abort|\bat \S+ \(|wechat\.ts|127\.0\.0\.1/i)
  })

  it('refuses WeChat sign-in with BAD_USER_INPUT when WeChat is not configured', async () => {
    expect(await bare.code(SIGN_IN, { code: 'code-alice-1' })).toBe('BAD_USER_INPUT')
  })

  it("checks a WeChat user's nickname with msgSecCheck: risky is refused", async () => {
    const { token } = await signIn('code-bob-001')
    expect(await t.code(NICKNAME, { n: '发财捷径群' }, token)).toBe('BAD_USER_INPUT')
    const check = fake.requestsTo('/wxa/msg_sec_check').find((r) => r.body.content === '发财捷径群')
    expect(check?.body).toMatchObject({ openid: 'openid-bob', version: 2 })
    expect(fake.requestsTo('/cgi-bin/stable_token').length).toBeGreaterThan(0)
    expect((await t.ok('{ viewer { displayName } }', {}, token)).viewer.displayName).not.toBe('发财捷径群')
  })

  it("accepts a WeChat user's nickname msgSecCheck passes", async () => {
    const { token } = await signIn('code-bob-001')
    expect((await t.ok(NICKNAME, { n: '楼下老王' }, token)).updateProfile.displayName).toBe('楼下老王')
    expect(fake.requestsTo('/wxa/msg_sec_check').map((r) => r.body.content)).toContain('楼下老王')
  })

  it('falls back to the local word list when WeChat is not configured', async () => {
    const token = await bare.signIn('resident-wordlist')
    expect(await bare.code(NICKNAME, { n: '赌博' }, token)).toBe('BAD_USER_INPUT')
    expect((await bare.ok(NICKNAME, { n: '张阿姨' }, token)).updateProfile.displayName).toBe('张阿姨')
  })

  const outboxRow = (g: TestGateway, accountId: string) =>
    g.gateway.db.selectFrom('outbox').selectAll().where('account_id', '=', accountId).executeTakeFirstOrThrow()

  const subscribeTo = (accountId: string, template: string) => ({
    accountId, kind: 'TEST', title: '活动提醒', body: '周六上午九点', subscribe: { template, page: 'pages/index/index', data: { thing1: '议事会', time2: '2026-12-05T01:00:00.000Z' } },
  })

  it('sends an outbox subscribe message to the account openid and marks it SENT', async () => {
    const { viewer, token } = await signIn('code-alice-1')
    expect((await t.ok(CONSENT, { ids: ['tmpl-sent'] }, token)).recordSubscribeConsent).toEqual(['tmpl-sent'])
    await notify(t.gateway.db, [subscribeTo(viewer.id, 'ISSUE_STATUS')])
    expect((await outboxRow(t, viewer.id)).status).toBe('PENDING')
    await deliverOutbox(t.gateway.db, t.gateway.platform.wechat, t.gateway.log, t.config.subscribeTemplates)
    const sent = fake.requestsTo('/cgi-bin/message/subscribe/send').find((r) => r.body.template_id === 'tmpl-sent')
    expect(sent?.body).toEqual({ touser: 'openid-alice', template_id: 'tmpl-sent', page: 'pages/index/index', data: { thing1: { value: '议事会' }, time2: { value: '2026年12月5日 09:00' } } })
    expect(await outboxRow(t, viewer.id)).toMatchObject({ status: 'SENT', last_error: null })
    expect((await outboxRow(t, viewer.id)).sent_at).toBeTruthy()
  })

  it('makes a subscribe message WeChat refuses for good (43101: not accepted) a dead letter at once, without retrying', async () => {
    const { viewer, token } = await signIn('code-refuses')
    await t.ok(CONSENT, { ids: ['tmpl-refused'] }, token)
    await notify(t.gateway.db, [subscribeTo(viewer.id, 'PROPOSAL_STAGE')])
    await deliverOutbox(t.gateway.db, t.gateway.platform.wechat, t.gateway.log, t.config.subscribeTemplates)
    const row = await outboxRow(t, viewer.id)
    expect(row).toMatchObject({ status: 'DEAD', attempts: 1, dead_reason: 'NOT_ACCEPTED' })
    expect(row.last_error).toContain('43101')
    await deliverOutbox(t.gateway.db, t.gateway.platform.wechat, t.gateway.log, t.config.subscribeTemplates)
    expect(fake.requestsTo('/cgi-bin/message/subscribe/send').filter((r) => r.body.template_id === 'tmpl-refused')).toHaveLength(1)
  })

  it('records, without sending, a message for an account that has no openid', async () => {
    const token = await t.signIn('resident-no-openid')
    await t.quietHoursOff(token)
    const id = (await t.ok('{ viewer { id } }', {}, token)).viewer.id
    await t.ok(CONSENT, { ids: ['tmpl-no-openid'] }, token)
    await notify(t.gateway.db, [subscribeTo(id, 'ACTIVITY_STATUS')])
    await deliverOutbox(t.gateway.db, t.gateway.platform.wechat, t.gateway.log, t.config.subscribeTemplates)
    expect(await outboxRow(t, id)).toMatchObject({ status: 'RECORDED', last_error: 'no openid' })
    expect(fake.requestsTo('/cgi-bin/message/subscribe/send').some((r) => r.body.template_id === 'tmpl-no-openid')).toBe(false)
  })

  it('leaves outbox messages RECORDED when WeChat is not configured', async () => {
    const token = await bare.signIn('resident-recorded')
    await bare.quietHoursOff(token)
    const id = (await bare.ok('{ viewer { id } }', {}, token)).viewer.id
    await notify(bare.gateway.db, [subscribeTo(id, 'ACTIVITY_REMINDER')])
    expect(bare.gateway.platform.wechat).toBeNull()
    await deliverOutbox(bare.gateway.db, bare.gateway.platform.wechat, bare.gateway.log, bare.config.subscribeTemplates)
    expect(await outboxRow(bare, id)).toMatchObject({ status: 'RECORDED', last_error: 'wechat not configured', sent_at: null })
    expect(fake.requestsTo('/cgi-bin/message/subscribe/send').some((r) => r.body.template_id === 'tmpl-recorded')).toBe(false)
  })
})
