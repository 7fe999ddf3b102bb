import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newId, nowIso } from '../../gateway/lib/ids'
import { buildDigests } from '../../gateway/modules/notify/digest'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'
import { newBuilding, seedHouseholds } from './consult-fixture'

// A published notice reaches its audience's residents by their NOTICES setting: at once (inbox and a
// subscribe message), a line of the daily digest, or nothing; a safety tip at once to everybody in
// scope whatever the setting and never held by quiet hours; a whole compound in a few statements.

const PUBLISH = 'mutation($input: PublishNoticeInput!) { publishNotice(input: $input) { id } }'
const UPDATE = 'mutation($input: NotificationSettingsInput!) { updateNotificationSettings(input: $input) { notices } }'
const INBOX = '{ viewer { inbox(first: 30) { edges { node { id kind title body subjectType subjectId lines { kind title subjectType subjectId } } } } } }'
const DAY = 86_400_000

/** HH:MM in Beijing time, `minutes` from now. */
const beijingClock = (minutes: number) => new Date(Date.now() + 8 * 3_600_000 + minutes * 60_000).toISOString().slice(11, 16)

describe.each(ENGINES)('notices notify their audience on $name', (engine) => {
  let t: TestGateway
  let places: Awaited<ReturnType<typeof demoPlaces>>
  let steward: string
  let admin: string
  let tokens: string[]
  let ids: string[]
  let outsider: { token: string; id: string }
  const inbox = async (token: string) => (await t.ok(INBOX, {}, token)).viewer.inbox.edges.map((e: any) => e.node)
  const accountIdOf = async (handle: string) => (await t.gateway.db.selectFrom('accounts').select('id').where('handle', '=', handle).executeTakeFirstOrThrow()).id
  const outboxOf = (accountId: string, noticeId: string) =>
    t.gateway.db.selectFrom('outbox').select(['template', 'hold_until', 'payload']).where('account_id', '=', accountId).where('payload', 'like', `%${noticeId}%`).execute()
  const digestItemsOf = (accountId: string, noticeId: string) =>
    t.gateway.db.selectFrom('digest_items').select(['kind', 'subject_type']).where('account_id', '=', accountId).where('subject_id', '=', noticeId).execute()
  const publish = async (token: string, input: Record<string, unknown>) =>
    (await t.ok(PUBLISH, { input: { communityId: places.dongyingpan.id, category: 'ANNOUNCEMENT', body: '<p>请各位居民留意</p>', ...input } }, token)).publishNotice.id as string

  beforeAll(async () => {
    t = await startGateway(engine)
    places = await demoPlaces(t)
    steward = await t.signIn('steward-zhongwang')
    admin = await t.signIn('admin-dongyingpan')
    const households = await seedHouseholds(t, await newBuilding(t, places.zhongwang.id, '公告通知测试楼'), 'ntc', 3)
    tokens = await Promise.all(households.map((h) => t.signIn(h.handles[0]!)))
    ids = await Promise.all(households.map((h) => accountIdOf(h.handles[0]!)))
    // A resident of another community: never in a 东营盘 notice's audience.
    const elsewhere = await t.gateway.db.selectFrom('compounds').select('id').where('community_id', '!=', places.dongyingpan.id).executeTakeFirstOrThrow()
    const [far] = await seedHouseholds(t, await newBuilding(t, elsewhere.id, '外社区测试楼'), 'ntcfar', 1)
    outsider = { token: await t.signIn(far!.handles[0]!), id: await accountIdOf(far!.handles[0]!) }
  })
  afterAll(() => t?.close())

  it('tells each resident of the compound by their setting: at once with a subscribe message, a digest line, or nothing', async () => {
    await t.quietHoursOff(tokens[0]!) // at once (the default), delivery not held whatever the hour
    await t.ok(UPDATE, { input: { notices: 'DIGEST' } }, tokens[1])
    await t.ok(UPDATE, { input: { notices: 'OFF' } }, tokens[2])
    const noticeId = await publish(steward, { compoundId: places.zhongwang.id, title: '本周六楼道清理' })

    expect((await inbox(tokens[0]!)).filter((m: any) => m.subjectId === noticeId)).toEqual([
      expect.objectContaining({ kind: 'NOTICE_PUBLISHED', title: '新社区公告', body: '「本周六楼道清理」请各位居民留意', subjectType: 'Notice' }),
    ])
    const [sent] = await outboxOf(ids[0]!, noticeId)
    expect(sent).toMatchObject({ template: 'NOTICE_PUBLISHED', hold_until: null })
    expect(JSON.parse(sent!.payload)).toEqual({ page: `features/notices/pages/detail/index?id=${noticeId}`, data: { thing1: '本周六楼道清理', phrase2: '社区公告' } })

    expect((await inbox(tokens[1]!)).filter((m: any) => m.subjectId === noticeId)).toEqual([])
    expect(await digestItemsOf(ids[1]!, noticeId)).toEqual([{ kind: 'NOTICE_PUBLISHED', subject_type: 'Notice' }])
    expect(await outboxOf(ids[1]!, noticeId)).toEqual([])

    expect((await inbox(tokens[2]!)).filter((m: any) => m.subjectId === noticeId)).toEqual([])
    expect(await digestItemsOf(ids[2]!, noticeId)).toEqual([])
    expect(await outboxOf(ids[2]!, noticeId)).toEqual([])
    // The author and residents of other compounds' communities are not told.
    expect(await t.gateway.db.selectFrom('inbox_messages').select('id').where('subject_id', '=', noticeId).where('account_id', '=', await accountIdOf('steward-zhongwang')).execute()).toEqual([])
    expect((await inbox(outsider.token)).filter((m: any) => m.subjectId === noticeId)).toEqual([])

    // The digest (the periodic task, a day on) holds the notice as a line that opens it.
    await buildDigests(t.gateway.db, new Date(Date.now() + DAY))
    const digest = (await inbox(tokens[1]!)).find((m: any) => m.kind === 'DIGEST')
    expect(digest.lines).toContainEqual({ kind: 'NOTICE_PUBLISHED', title: '新社区公告', subjectType: 'Notice', subjectId: noticeId })
  })

  it('sends a safety tip at once to everybody in scope whatever their setting, never held by quiet hours', async () => {
    // Quiet hours around now for all three; notices at once, in the digest, and off.
    for (const tok of tokens) await t.ok('mutation($input: NotificationSettingsInput!) { updateNotificationSettings(input: $input) { quietFrom } }', { input: { quietFrom: beijingClock(-60), quietTo: beijingClock(60) } }, tok)
    const tip = await publish(admin, { category: 'SAFETY_TIP', title: '寒潮来袭注意防冻' }) // the whole community
    const plain = await publish(admin, { title: '社区服务中心开放时间调整' })
    for (const [i, tok] of tokens.entries()) {
      expect((await inbox(tok)).filter((m: any) => m.subjectId === tip).map((m: any) => [m.kind, m.title])).toEqual([['NOTICE_SAFETY_TIP', '新安全提示']])
      expect(await outboxOf(ids[i]!, tip)).toEqual([expect.objectContaining({ template: 'NOTICE_PUBLISHED', hold_until: null })])
      expect(await digestItemsOf(ids[i]!, tip)).toEqual([])
    }
    // The same moment's plain notice to the one who takes notices at once is held until the quiet window ends.
    const [held] = await outboxOf(ids[0]!, plain)
    expect(held!.hold_until).not.toBeNull()
    expect(Date.parse(held!.hold_until!)).toBeGreaterThan(Date.now())
    expect((await inbox(tokens[0]!)).map((m: any) => m.subjectId)).toContain(plain) // the inbox records at once
    expect((await inbox(outsider.token)).filter((m: any) => m.subjectId === tip)).toEqual([])
  })

  it('tells a compound of 4,000 residents in one publish, each once', async () => {
    const buildingId = await newBuilding(t, places.zhongwang.id, '公告大楼')
    const at = nowIso()
    const people = Array.from({ length: 4000 }, (_, i) => ({ account: newId(), household: newId(), i }))
    for (let i = 0; i < people.length; i += 500) {
      const batch = people.slice(i, i + 500)
      await t.gateway.db.insertInto('households').values(batch.map((p) => ({ id: p.household, building_id: buildingId, unit: 'big', room: String(p.i), area_m2: 80, created_at: at }))).execute()
      await t.gateway.db.insertInto('accounts').values(batch.map((p) => ({ id: p.account, handle: `ntcbig-${p.i}`, openid: null, nickname: `邻居${p.i}`, real_name: null, phone: null, work_phone: null, created_at: at, deleted_at: null }))).execute()
      await t.gateway.db.insertInto('household_members').values(batch.map((p) => ({ id: newId(), household_id: p.household, account_id: p.account, relation: 'OWNER', claim_id: null, verified_at: at }))).execute()
    }
    const started = Date.now()
    const noticeId = await publish(steward, { compoundId: places.zhongwang.id, title: '电梯年检通知' })
    const took = Date.now() - started
    const told = await t.gateway.db.selectFrom('inbox_messages').select((eb) => eb.fn.count<number>('account_id').distinct().as('n')).select((eb) => eb.fn.countAll<number>().as('rows'))
      .where('subject_id', '=', noticeId).where('account_id', 'in', t.gateway.db.selectFrom('household_members').innerJoin('households', 'households.id', 'household_members.household_id').select('account_id').where('households.building_id', '=', buildingId)).executeTakeFirstOrThrow()
    expect({ n: Number(told.n), rows: Number(told.rows) }).toEqual({ n: 4000, rows: 4000 })
    expect(took).toBeLessThan(20_000)
    console.log(`${engine.name}: notice to ${4000}+ residents published in ${took} ms`)
  })
})
