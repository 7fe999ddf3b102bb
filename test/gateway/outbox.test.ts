import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newId } from '../../gateway/lib/ids'
import { claimOutbox } from '../../gateway/modules/notify/outbox-store'
import { deliverOutbox, notify } from '../../gateway/modules/notify/service'
import { QUIET_HOURS_OFF } from '../cluster/fixtures'
import { startFakeWeChat, type FakeWeChat } from './fake-wechat'
import { demoPlaces, dropPlace, ENGINES, newPlace, startGateway, type SharedPlace, type TestGateway } from './harness'

// The outbox as a queue: however many drains run at once — the gateways' own jobs and more started
// here — each row reaches WeChat exactly once; what WeChat refuses is retried with backoff and
// then becomes a dead letter an admin can see and send again; a drain that died mid-send never
// sends its row again.

const APP = { appId: 'wx-outbox-app', secret: 'outbox-secret' }
const TEMPLATES = 'ISSUE_STATUS=tmpl-issue:thing1,time2'
const ROWS = 500
const JOBS_ENV = { LINLI_JOBS: 'on', OUTBOX_INTERVAL_MS: '200', OUTBOX_MAX_ATTEMPTS: '3', OUTBOX_RETRY_BASE_MS: '50', WECHAT_SUBSCRIBE_TEMPLATES: TEMPLATES }
const message = (accountId: string, n: number) => ({
  accountId, kind: 'TEST', title: '报事进展', body: `第 ${n} 条`, subscribe: { template: 'ISSUE_STATUS', page: 'pages/index/index', data: { thing1: `报事 ${n}`, time2: '2026-12-05T01:00:00.000Z' } },
})

async function until(what: string, check: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const end = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

describe.each(ENGINES)('outbox delivery on $name', (engine) => {
  let fake: FakeWeChat
  let place: SharedPlace
  const gateways: TestGateway[] = []
  const sends = (openid: string) => fake.requestsTo('/cgi-bin/message/subscribe/send').filter((r) => r.body.touser === openid)
  const subscribeErrors: Record<string, number> = { 'openid-always-busy': -1 }

  beforeAll(async () => {
    fake = await startFakeWeChat({ ...APP, subscribeErrors })
    place = newPlace()
    // PostgreSQL: three instances on one schema, each with its worker; SQLite: the one instance.
    const count = engine.name === 'postgres' ? 3 : 1
    gateways.push(await startGateway(engine, { ...fake.env, ...JOBS_ENV }, {}, place))
    for (let i = 1; i < count; i++) gateways.push(await startGateway(engine, { ...fake.env, ...JOBS_ENV, LINLI_SEED: 'none' }, {}, place))
  })
  afterAll(async () => {
    for (const g of gateways) await g.close()
    await dropPlace(engine, place)
    await fake?.close()
  })

  const db = () => gateways[0]!.gateway.db
  /** Accounts with an openid and one acceptance of the template each. */
  async function recipients(prefix: string, n: number): Promise<{ id: string; openid: string }[]> {
    const at = new Date().toISOString()
    const rows = Array.from({ length: n }, (_, i) => ({ id: newId(), openid: `openid-${prefix}-${i}` }))
    for (let i = 0; i < rows.length; i += 100) {
      const chunk = rows.slice(i, i + 100)
      await db().insertInto('accounts').values(chunk.map((r) => ({ id: r.id, handle: null, openid: r.openid, nickname: null, real_name: null, phone: null, work_phone: null, created_at: at, deleted_at: null }))).execute()
      await db().insertInto('subscribe_consents').values(chunk.map((r) => ({ account_id: r.id, template_id: 'tmpl-issue', remaining: 1, updated_at: at }))).execute()
      // Quiet hours off: otherwise a run between 22:00 and 07:00 Beijing time holds every message till morning.
      await db().insertInto('notification_prefs').values(chunk.map((r) => ({ account_id: r.id, ...QUIET_HOURS_OFF, updated_at: at }))).execute()
    }
    return rows
  }
  const statuses = async (ids: string[]) => {
    const rows = await db().selectFrom('outbox').select(['status']).where('account_id', 'in', ids).execute()
    return rows.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {})
  }

  it(`delivers ${ROWS} messages exactly once while the instances' workers and four more drains race over them`, async () => {
    const people = await recipients('race', ROWS)
    await db().transaction().execute((trx) => notify(trx, people.map((p, i) => message(p.id, i))))
    // Four more drains on the instances' database handles, all at once, beside the jobs.
    const g = gateways.map((x) => x.gateway)
    const extra = Array.from({ length: 4 }, async (_, i) => {
      const mine = g[i % g.length]!
      let claimed = 0
      for (let n = -1; n !== 0; claimed += n) n = await deliverOutbox(mine.db, mine.platform.wechat, mine.log, gateways[0]!.config.subscribeTemplates, { batch: 20 })
      return claimed
    })
    const byExtra = await Promise.all(extra)
    await until('every row settled', async () => (await statuses(people.map((p) => p.id))).SENT === ROWS)
    const sent = fake.requestsTo('/cgi-bin/message/subscribe/send').filter((r) => String(r.body.touser).startsWith('openid-race-'))
    expect(sent).toHaveLength(ROWS)
    expect(new Set(sent.map((r) => r.body.touser)).size).toBe(ROWS)
    expect(await statuses(people.map((p) => p.id))).toEqual({ SENT: ROWS })
    const left = await db().selectFrom('subscribe_consents').select((eb) => eb.fn.sum<number>('remaining').as('n')).where('account_id', 'in', people.map((p) => p.id)).executeTakeFirstOrThrow()
    expect(Number(left.n)).toBe(0) // one acceptance spent per message, none twice
    const attempts = await db().selectFrom('outbox').select('attempts').where('account_id', 'in', people.map((p) => p.id)).where('attempts', '!=', 1).execute()
    expect(attempts).toEqual([])
    console.log(`[outbox ${engine.name}] ${ROWS} rows: the test's drains claimed ${byExtra.join(' + ')}, the instances' workers the other ${ROWS - byExtra.reduce((a, b) => a + b, 0)}`)
  }, 120_000)

  it('retries what WeChat answers "busy" with backoff, then sends it; one that stays busy becomes a dead letter after 3 attempts', async () => {
    const [flaky] = await recipients('flaky', 1)
    fake.failSubscribes(2) // the next two sends, whoever they are for
    await notify(db(), [message(flaky!.id, 1)])
    await until('the flaky message sent', async () => (await statuses([flaky!.id])).SENT === 1)
    expect(sends(flaky!.openid)).toHaveLength(3)
    expect(await db().selectFrom('outbox').select(['attempts', 'last_error']).where('account_id', '=', flaky!.id).executeTakeFirst()).toMatchObject({ attempts: 3 })

    const id = newId()
    await db().insertInto('accounts').values({ id, handle: null, openid: 'openid-always-busy', nickname: '老李', real_name: null, phone: null, work_phone: null, created_at: new Date().toISOString(), deleted_at: null }).execute()
    await db().insertInto('subscribe_consents').values({ account_id: id, template_id: 'tmpl-issue', remaining: 1, updated_at: new Date().toISOString() }).execute()
    await db().insertInto('notification_prefs').values({ account_id: id, ...QUIET_HOURS_OFF, updated_at: new Date().toISOString() }).execute()
    await notify(db(), [message(id, 2)])
    await until('the busy message dead', async () => (await statuses([id])).DEAD === 1)
    const row = await db().selectFrom('outbox').selectAll().where('account_id', '=', id).executeTakeFirstOrThrow()
    expect(row).toMatchObject({ status: 'DEAD', attempts: 3 })
    expect(row.last_error).toContain('-1')
    await new Promise((r) => setTimeout(r, 600)) // a few more drains: a dead letter is not sent again
    expect(sends('openid-always-busy')).toHaveLength(3)

    // 老李 is a grid worker of 东营盘: its admin sees the dead letter and may send it again; nobody else.
    const t = gateways[0]!
    const places = await demoPlaces(t)
    const grid = places.zhongwang.buildings[0]!.grid.id
    await db().insertInto('role_assignments').values({ id: newId(), account_id: id, role: 'GRID_WORKER', scope_kind: 'grid', scope_id: grid, community_id: places.dongyingpan.id, granted_by: null, created_at: new Date().toISOString() }).execute()
    const LIST = '{ outboxDeadLetters(first: 20) { edges { node { id purpose recipient subject status reason attempts lastError lastTriedAt } } } }'
    const RETRY = 'mutation($id: ID!) { retryOutboxMessage(id: $id) { id status reason attempts } }'
    const admin = await t.signIn('admin-dongyingpan')
    const list = (await t.ok<{ outboxDeadLetters: { edges: { node: Record<string, unknown> }[] } }>(LIST, {}, admin)).outboxDeadLetters.edges.map((e) => e.node)
    expect(list).toEqual([{ id: row.id, purpose: 'ISSUE_STATUS', recipient: '老李', subject: '报事 2', status: 'DEAD', reason: 'GAVE_UP', attempts: 3, lastError: row.last_error, lastTriedAt: row.claimed_at }])
    const otherAdmin = await t.signIn('admin-hongchenghe')
    expect((await t.ok<{ outboxDeadLetters: { edges: unknown[] } }>(LIST, {}, otherAdmin)).outboxDeadLetters.edges).toEqual([])
    expect(await t.code(RETRY, { id: row.id }, otherAdmin)).toBe('NOT_FOUND')
    expect(await t.code(LIST, {}, await t.signIn('resident-changbaoe'))).toBe('FORBIDDEN')
    expect(await t.code(RETRY, { id: row.id }, await t.signIn('grid-zhongwang-1'))).toBe('FORBIDDEN')
    expect(await t.code(LIST, {}, null)).toBe('UNAUTHENTICATED')

    delete subscribeErrors['openid-always-busy'] // WeChat takes it now
    expect((await t.ok<{ retryOutboxMessage: unknown }>(RETRY, { id: row.id }, admin)).retryOutboxMessage).toEqual({ id: row.id, status: 'PENDING', reason: null, attempts: 0 })
    await until('the revived message sent', async () => (await statuses([id])).SENT === 1)
    expect(sends('openid-always-busy')).toHaveLength(4)
    expect(await t.code(RETRY, { id: row.id }, admin)).toBe('CONFLICT')
    expect((await db().selectFrom('subscribe_consents').select('remaining').where('account_id', '=', id).executeTakeFirstOrThrow()).remaining).toBe(0) // spent once
  }, 60_000)

  it('never sends again a row whose drain died between claiming it and hearing WeChat: it becomes a dead letter', async () => {
    const [person] = await recipients('crashed', 1)
    // Stop the workers so only this test drains; claim the row as a drain does, then "crash".
    for (const g of gateways) await g.gateway.jobs.stop()
    await notify(db(), [message(person!.id, 3)])
    const claimed = await claimOutbox(db(), new Date().toISOString(), 50)
    expect(claimed.map((r) => r.account_id)).toEqual([person!.id])
    const t = gateways[0]!
    expect(await deliverOutbox(t.gateway.db, t.gateway.platform.wechat, t.gateway.log, t.config.subscribeTemplates)).toBe(0) // SENDING is not due
    await deliverOutbox(t.gateway.db, t.gateway.platform.wechat, t.gateway.log, t.config.subscribeTemplates, { now: new Date(Date.now() + 16 * 60_000) })
    const row = await db().selectFrom('outbox').selectAll().where('account_id', '=', person!.id).executeTakeFirstOrThrow()
    expect(row.status).toBe('DEAD')
    expect(row.last_error).toContain('may have been delivered')
    expect(row.dead_reason).toBe('INTERRUPTED')
    expect(sends(person!.openid)).toHaveLength(0)
  })
})
