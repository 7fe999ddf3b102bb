import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDigests } from '../../gateway/modules/notify/digest'
import { deliverOutbox, notify } from '../../gateway/modules/notify/service'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'
import { newBuilding, seedHouseholds } from './consult-fixture'

// Per-person settings per kind (at once / daily digest / off), the digest built exactly once while
// events keep arriving, quiet hours holding back subscribe messages only, and PIPL.

const SETTINGS = '{ viewer { notificationSettings { myIssues proposals activities notices work digestAt quietFrom quietTo } } }'
const UPDATE = 'mutation($input: NotificationSettingsInput!) { updateNotificationSettings(input: $input) { myIssues proposals activities notices work digestAt quietFrom quietTo } }'
const RAISE = 'mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { id } }'
const INBOX = '{ viewer { inbox(first: 30) { edges { node { id kind title subjectId lines { kind title subjectType subjectId } } } } } }'
const DAY = 86_400_000

/** HH:MM in Beijing time, `minutes` from now. */
const beijingClock = (minutes: number) => new Date(Date.now() + 8 * 3_600_000 + minutes * 60_000).toISOString().slice(11, 16)

describe.each(ENGINES)('notification settings and digests on $name', (engine) => {
  let t: TestGateway
  let places: Awaited<ReturnType<typeof demoPlaces>>
  let grid: string
  let tokens: string[]
  let accountIds: string[]
  let buildingId: string
  const inbox = async (token: string) => (await t.ok(INBOX, {}, token)).viewer.inbox.edges.map((e: any) => e.node)
  const raise = (token: string, overrides: Record<string, unknown> = {}) =>
    t.ok(RAISE, { input: { category: 'LIGHTING', title: '楼道灯不亮', description: '晚上很黑', buildingId, isPublic: true, ...overrides } }, token).then((r) => r.raiseIssue.id as string)
  const note = (id: string, text: string) => t.ok('mutation($id: ID!, $n: String!) { addIssueNote(id: $id, note: $n) { id } }', { id, n: text }, grid)

  beforeAll(async () => {
    t = await startGateway(engine)
    places = await demoPlaces(t)
    buildingId = await newBuilding(t, places.zhongwang.id, '消息测试楼')
    const households = await seedHouseholds(t, buildingId, 'dig', 5)
    tokens = await Promise.all(households.map((h) => t.signIn(h.handles[0]!)))
    accountIds = await Promise.all(households.map(async (h) => (await t.gateway.db.selectFrom('accounts').select('id').where('handle', '=', h.handles[0]!).executeTakeFirstOrThrow()).id))
    const gridOf = await t.gateway.db.selectFrom('buildings').select('grid_id').where('id', '=', buildingId).executeTakeFirstOrThrow()
    const worker = await t.gateway.db.selectFrom('role_assignments').innerJoin('accounts', 'accounts.id', 'role_assignments.account_id').select('accounts.handle').where('role', '=', 'GRID_WORKER').where('scope_id', '=', gridOf.grid_id).executeTakeFirstOrThrow()
    grid = await t.signIn(worker.handle!)
  })
  afterAll(() => t?.close())

  it('reads defaults, refuses bad settings, and saves changes field by field', async () => {
    expect((await t.ok(SETTINGS, {}, tokens[0])).viewer.notificationSettings).toEqual({ myIssues: 'AT_ONCE', proposals: 'AT_ONCE', activities: 'AT_ONCE', notices: 'AT_ONCE', work: 'DIGEST', digestAt: '20:00', quietFrom: '22:00', quietTo: '07:00' })
    expect(await t.code(UPDATE, { input: { myIssues: 'DIGEST' } })).toBe('UNAUTHENTICATED')
    expect(await t.code(UPDATE, { input: { digestAt: '25:00' } }, tokens[0])).toBe('BAD_USER_INPUT')
    expect(await t.code(UPDATE, { input: { quietFrom: '07:00', quietTo: '07:00' } }, tokens[0])).toBe('BAD_USER_INPUT')
    expect((await t.ok(UPDATE, { input: { myIssues: 'DIGEST', digestAt: '08:30' } }, tokens[0])).updateNotificationSettings).toMatchObject({ myIssues: 'DIGEST', proposals: 'AT_ONCE', digestAt: '08:30', quietFrom: '22:00' })
    expect((await t.ok(UPDATE, { input: { quietHours: false } }, tokens[0])).updateNotificationSettings).toMatchObject({ myIssues: 'DIGEST', digestAt: '08:30', quietFrom: null, quietTo: null })
  })

  it('holds a digest kind for the digest, drops an off kind, and always sends what must come at once', async () => {
    await t.ok(UPDATE, { input: { myIssues: 'OFF', activities: 'OFF' } }, tokens[1])
    const offIssue = await raise(tokens[1]!)
    await note(offIssue, '已联系电工')
    expect((await inbox(tokens[1]!)).filter((m: any) => m.subjectId === offIssue)).toEqual([])
    expect(await t.gateway.db.selectFrom('digest_items').select('id').where('account_id', '=', accountIds[1]!).execute()).toEqual([])
    // Fire safety comes at once whatever the setting; so does their own registration.
    const fire = await raise(tokens[1]!, { category: 'FIRE_SAFETY', title: '消防通道被堵' })
    await note(fire, '已通知车主挪车')
    expect((await inbox(tokens[1]!)).filter((m: any) => m.subjectId === fire).map((m: any) => m.kind)).toEqual(['ISSUE_NOTE'])
    await t.gateway.db.transaction().execute((trx) => notify(trx, [{ accountId: accountIds[1]!, kind: 'ACTIVITY_CONFIRMED', title: '报名成功', body: '「艾草锤子」', subject: { type: 'Activity', id: offIssue } }]))
    expect((await inbox(tokens[1]!)).map((m: any) => m.kind)).toContain('ACTIVITY_CONFIRMED')

    const waiting = await raise(tokens[0]!) // myIssues: DIGEST (first test)
    await note(waiting, '明天上午维修')
    expect((await inbox(tokens[0]!)).filter((m: any) => m.subjectId === waiting)).toEqual([])
    expect(await t.gateway.db.selectFrom('digest_items').select(['kind', 'subject_id']).where('account_id', '=', accountIds[0]!).where('digest_id', 'is', null).execute()).toEqual([{ kind: 'ISSUE_NOTE', subject_id: waiting }])
    // Staff: the new issue in the queue waits for the daily summary.
    const workerId = (await t.gateway.db.selectFrom('issues').select('assignee_id').where('id', '=', waiting).executeTakeFirstOrThrow()).assignee_id!
    expect(await t.gateway.db.selectFrom('digest_items').select('kind').where('account_id', '=', workerId).where('subject_id', '=', waiting).execute()).toEqual([{ kind: 'ISSUE_SUBMITTED' }])
  })

  it('builds each digest once while events keep arriving: no line lost, none doubled', async () => {
    const me = tokens[2]!
    await t.ok(UPDATE, { input: { myIssues: 'DIGEST', digestAt: '20:00', quietHours: false } }, me)
    const issues: string[] = []
    for (let i = 0; i < 12; i++) issues.push(await raise(me, { title: `楼道灯不亮${i}` }))
    // Well after today's digest time: every moment is later than the events.
    const later = new Date(Date.now() + 2 * DAY)
    await Promise.all([
      ...issues.map((id, i) => note(id, `进展${i}`)),
      buildDigests(t.gateway.db, later), buildDigests(t.gateway.db, later), buildDigests(t.gateway.db, later),
    ])
    await buildDigests(t.gateway.db, later) // the same moment again: nothing more
    await buildDigests(t.gateway.db, new Date(later.getTime() + DAY)) // the next day picks up whatever came after the claim
    const digests = (await inbox(me)).filter((m: any) => m.kind === 'DIGEST')
    expect(digests.length).toBeGreaterThanOrEqual(1)
    expect(digests.length).toBeLessThanOrEqual(2)
    const lines = digests.flatMap((d: any) => d.lines)
    expect(lines.map((l: any) => l.subjectId).sort()).toEqual([...issues].sort())
    expect(lines.every((l: any) => l.kind === 'ISSUE_NOTE' && l.subjectType === 'Issue')).toBe(true)
    expect(await t.gateway.db.selectFrom('digest_items').select('id').where('account_id', '=', accountIds[2]!).where('digest_id', 'is', null).execute()).toEqual([])
    // One inbox item per digest and at most one subscribe message each.
    const outbox = await t.gateway.db.selectFrom('outbox').select('payload').where('account_id', '=', accountIds[2]!).where('payload', 'like', '%今日汇总%').execute()
    expect(outbox.length).toBe(digests.length)
    expect(digests[0].title).toMatch(/^今日汇总:\d+ 条新消息$/)
  })

  it('sums up a handler\'s queue in the daily summary', async () => {
    await buildDigests(t.gateway.db, new Date(Date.now() + 5 * DAY))
    const digests = (await inbox(grid)).filter((m: any) => m.kind === 'DIGEST') // newest first; an earlier test's builds made some
    expect(digests[0].lines).toEqual([expect.objectContaining({ kind: 'WORK_QUEUE', title: '我的待办', subjectType: 'IssueQueue' })])
    expect(digests.flatMap((d: any) => d.lines.map((l: any) => l.kind))).toContain('ISSUE_SUBMITTED')
    expect(digests.filter((d: any) => d.lines.some((l: any) => l.kind === 'WORK_QUEUE'))).toHaveLength(digests.length) // every summary sums the queue
  })

  it('holds subscribe messages in quiet hours (the inbox records at once), never fire safety', async () => {
    const me = tokens[3]!
    await t.ok(UPDATE, { input: { quietFrom: beijingClock(-60), quietTo: beijingClock(60) } }, me)
    const quiet = await raise(me)
    const fire = await raise(me, { category: 'FIRE_SAFETY', title: '楼道堆放杂物' })
    for (const id of [quiet, fire]) await t.ok('mutation($id: ID!) { advanceIssue(id: $id, to: ACCEPTED) { id } }', { id }, grid)
    expect((await inbox(me)).filter((m: any) => m.kind === 'ISSUE_ACCEPTED').map((m: any) => m.subjectId).sort()).toEqual([quiet, fire].sort())
    const rows = await t.gateway.db.selectFrom('outbox').select(['payload', 'hold_until', 'status']).where('account_id', '=', accountIds[3]!).orderBy('id').execute()
    expect(rows).toHaveLength(2)
    const [held, urgent] = rows[0]!.payload.includes(quiet) ? rows : [rows[1]!, rows[0]!]
    expect(urgent!.hold_until).toBeNull()
    expect(Date.parse(held!.hold_until!) - Date.now()).toBeGreaterThan(58 * 60_000)
    expect(Date.parse(held!.hold_until!) - Date.now()).toBeLessThan(61 * 60_000)
    await deliverOutbox(t.gateway.db, t.gateway.platform.wechat, t.gateway.log, t.config.subscribeTemplates, { batch: 500 })
    const after = await t.gateway.db.selectFrom('outbox').select(['hold_until', 'status']).where('account_id', '=', accountIds[3]!).execute()
    expect(after.find((r) => r.hold_until)?.status).toBe('PENDING')
    expect(after.find((r) => !r.hold_until)?.status).not.toBe('PENDING')
    await deliverOutbox(t.gateway.db, t.gateway.platform.wechat, t.gateway.log, t.config.subscribeTemplates, { batch: 500, now: new Date(Date.now() + 2 * 3_600_000) })
    expect((await t.gateway.db.selectFrom('outbox').select('status').where('account_id', '=', accountIds[3]!).execute()).map((r) => r.status)).not.toContain('PENDING')
  })

  it('exports the settings and digest lines and erases them with the account', async () => {
    const me = tokens[0]!
    const { exportMyData: data } = await t.ok('{ exportMyData }', {}, me)
    expect(data.notificationSettings).toMatchObject({ myIssues: 'DIGEST', digestAt: '08:30', quietFrom: null })
    expect(data.digestLines.length).toBeGreaterThan(0)
    expect(data.readable).toContain('## 消息设置')
    expect(data.readable).toContain('每日汇总时间:08:30(北京时间)')
    await t.ok('mutation { deleteMyAccount }', {}, me)
    expect(await t.gateway.db.selectFrom('notification_prefs').select('account_id').where('account_id', '=', accountIds[0]!).execute()).toEqual([])
    expect(await t.gateway.db.selectFrom('digest_items').select('id').where('account_id', '=', accountIds[0]!).execute()).toEqual([])
  })
})
