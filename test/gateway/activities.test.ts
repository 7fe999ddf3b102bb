import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sweepActivityReminders } from '../../gateway/modules/activities/sweep'
import { startFakeWeChat } from './fake-wechat'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'

const CREATE = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id status title capacity } }`
const PUBLISH = `mutation($id: ID!) { publishActivity(id: $id) { id status } }`
const REGISTER = `mutation($a: ID!, $p: Int!, $ans: [AnswerInput!], $s: Int) { register(activityId: $a, partySize: $p, answers: $ans, scene: $s) { id status partySize waitlistPosition checkInCode } }`
const CANCEL = `mutation($id: ID!) { cancelRegistration(id: $id) { id status } }`
const REVIEW = `mutation($id: ID!, $ok: Boolean!) { reviewRegistration(id: $id, approve: $ok) { id status checkInCode waitlistPosition } }`
const CHECK_IN = `mutation($c: String!) { checkIn(code: $c) { id status } }`
const SEATS = `query($id: ID!) { activity(id: $id) { id status capacity confirmedSeats seatsLeft waitlistCount pendingCount viewerRegistration { id status waitlistPosition checkInCode } } }`
const REGS = `query($id: ID!) { activity(id: $id) { registrations(first: 20) { edges { node { id status partySize waitlistPosition person { displayName phone } } } } } }`

const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString()

describe.each(ENGINES)('activities on $name', (engine) => {
  let t: TestGateway
  let places: Awaited<ReturnType<typeof demoPlaces>>
  let admin: string // 梁书记, 东营盘社区
  let steward: string
  let grid: string
  let otherAdmin: string // 泉西社区
  let resident: string // 常阿姨, verified household in 众望小区
  let n = 0
  const newcomer = () => t.signIn(`act-${engine.name}-${++n}`)
  const create = async (overrides: Record<string, unknown> = {}, publish = true) => {
    const input = {
      communityId: places.dongyingpan.id, kind: 'HANDICRAFT', title: '纽扣画', description: '用纽扣拼一幅画', venue: '党群服务中心',
      startsAt: hours(72), endsAt: hours(74), signUpDeadline: hours(48), capacity: 30, maxPartySize: 1, eligibility: 'ANYONE',
      waitlist: true, needsApproval: false, ...overrides,
    }
    const id = (await t.ok(CREATE, { input }, admin)).createActivity.id as string
    if (publish) await t.ok(PUBLISH, { id }, admin)
    return id
  }
  const seats = async (id: string, token: string | null = admin) => (await t.ok(SEATS, { id }, token)).activity
  const regs = async (id: string) => (await t.ok(REGS, { id }, admin)).activity.registrations.edges.map((e: any) => e.node)
  const inboxKinds = async (token: string, subjectId: string) =>
    (await t.ok('{ viewer { inbox(first: 100) { edges { node { kind subjectId } } } } }', {}, token)).viewer.inbox.edges.filter((e: any) => e.node.subjectId === subjectId).map((e: any) => e.node.kind)

  beforeAll(async () => {
    t = await startGateway(engine)
    places = await demoPlaces(t)
    ;[admin, steward, grid, otherAdmin, resident] = await Promise.all(['admin-dongyingpan', 'steward-zhongwang', 'grid-zhongwang-1', 'admin-quanxi', 'resident-changbaoe'].map((h) => t.signIn(h)))
  })
  afterAll(() => t?.close())

  it('shows the demo activities to anyone, upcoming first, with organiser, partners and materials', async () => {
    const list = await t.ok(`query($c: ID) { activities(filter: { communityId: $c }) { edges { node { title kind status organiser { displayName } partners
      materials { name perParticipant unit total } capacity seatsLeft viewerRegistration { id } viewerCanManage } } } }`, { c: places.community('洪城河社区').id }, null)
    expect(list.activities.edges).toHaveLength(1)
    expect(list.activities.edges[0].node).toMatchObject({ kind: 'FESTIVAL', status: 'PUBLISHED', partners: ['山西银行阳泉洪城路社区支行'], capacity: 30, seatsLeft: 30, viewerRegistration: null, viewerCanManage: false,
      materials: [{ name: '艾草包', perParticipant: 1, unit: '份', total: 0 }], organiser: { displayName: '洪城河社区管理员' } })
    const qiaonan = await t.ok('query($c: ID) { activities(filter: { communityId: $c }) { edges { node { title needsApproval } } } }', { c: places.community('桥南园社区').id })
    expect(qiaonan.activities.edges[0].node).toEqual({ title: '纽扣画 精彩"廉"年', needsApproval: true })
    const home = await t.ok('{ activities { edges { node { title eligibility } } } }', {}, resident) // her home community
    expect(home.activities.edges.map((e: any) => e.node.title)).toContain('众望小区冬季志愿服务日')
  })

  it('lets staff in scope create drafts, hidden until published; residents and other communities cannot', async () => {
    const input = { communityId: places.dongyingpan.id, kind: 'TALK', title: '防诈骗讲座', description: '民警讲解', venue: '会议室', startsAt: hours(30), endsAt: hours(31), signUpDeadline: hours(29), capacity: 50, maxPartySize: 2, eligibility: 'ANYONE', waitlist: false, needsApproval: false }
    expect(await t.code(CREATE, { input }, null)).toBe('UNAUTHENTICATED')
    expect(await t.code(CREATE, { input }, resident)).toBe('FORBIDDEN')
    expect(await t.code(CREATE, { input }, grid)).toBe('FORBIDDEN')
    expect(await t.code(CREATE, { input }, otherAdmin)).toBe('FORBIDDEN')
    expect(await t.code(CREATE, { input: { ...input, endsAt: input.startsAt } }, admin)).toBe('BAD_USER_INPUT')
    expect(await t.code(CREATE, { input: { ...input, title: '赌博广告' } }, admin)).toBe('BAD_USER_INPUT')
    const id = (await t.ok(CREATE, { input }, steward)).createActivity.id
    expect((await t.ok(SEATS, { id }, resident)).activity).toBeNull()
    expect((await t.ok(SEATS, { id }, null)).activity).toBeNull()
    expect(await t.code(REGISTER, { a: id, p: 1 }, resident)).toBe('NOT_FOUND')
    const drafts = await t.ok('query($c: ID) { activities(filter: { communityId: $c, includeDrafts: true }) { edges { node { id status } } } }', { c: places.dongyingpan.id }, admin)
    expect(drafts.activities.edges.map((e: any) => e.node.id)).toContain(id)
    await t.ok('mutation($id: ID!) { updateActivity(id: $id, input: { capacity: 40, title: "反诈讲座" }) { id } }', { id }, admin)
    expect(await t.code(PUBLISH, { id }, resident)).toBe('NOT_FOUND')
    expect((await t.ok(PUBLISH, { id }, admin)).publishActivity.status).toBe('PUBLISHED')
    expect(await t.code(PUBLISH, { id }, admin)).toBe('CONFLICT')
    expect((await seats(id, null)).capacity).toBe(40)
  })

  it('300 people tapping at once for 30 seats: exactly 30 confirmed, 270 waitlisted at positions 1..270', async () => {
    const id = await create({ capacity: 30 })
    const tokens = await Promise.all(Array.from({ length: 300 }, () => newcomer()))
    const results = await Promise.all(tokens.map((token) => t.gql(REGISTER, { a: id, p: 1 }, token)))
    expect(results.filter((r) => r.errors)).toEqual([])
    const regs = results.map((r: any) => r.data.register)
    expect(regs.filter((r) => r.status === 'CONFIRMED')).toHaveLength(30)
    expect(regs.filter((r) => r.status === 'CONFIRMED').every((r) => /^[A-Z2-9]{8}$/.test(r.checkInCode))).toBe(true)
    const waiting = regs.filter((r) => r.status === 'WAITLISTED')
    expect(waiting).toHaveLength(270)
    expect(waiting.map((r) => r.waitlistPosition).sort((a, b) => a - b)).toEqual(Array.from({ length: 270 }, (_, i) => i + 1))
    expect(await seats(id)).toMatchObject({ confirmedSeats: 30, seatsLeft: 0, waitlistCount: 270 })
    // Cancelling one confirmed seat promotes waitlist position 1; the rest move up and stay 1..269.
    const first = waiting.find((r) => r.waitlistPosition === 1)
    const leaver = regs.find((r) => r.status === 'CONFIRMED')
    await t.ok(CANCEL, { id: leaver.id }, tokens[regs.indexOf(leaver)])
    const promoted = (await t.ok(SEATS, { id }, tokens[regs.indexOf(first)])).activity.viewerRegistration
    expect(promoted).toMatchObject({ id: first.id, status: 'CONFIRMED', waitlistPosition: null })
    expect(promoted.checkInCode).toMatch(/^[A-Z2-9]{8}$/)
    const second = waiting.find((r) => r.waitlistPosition === 2)
    expect((await t.ok(SEATS, { id }, tokens[regs.indexOf(second)])).activity.viewerRegistration.waitlistPosition).toBe(1)
    expect(await seats(id)).toMatchObject({ confirmedSeats: 30, waitlistCount: 269 })
    expect(await inboxKinds(tokens[regs.indexOf(first)], id)).toEqual(['ACTIVITY_PROMOTED'])
  }, 120_000)

  it('mixed party sizes at once never exceed capacity, with or without a waitlist', async () => {
    for (const waitlist of [true, false]) {
      const id = await create({ capacity: 25, maxPartySize: 3, waitlist })
      const tokens = await Promise.all(Array.from({ length: 40 }, () => newcomer()))
      const results = await Promise.all(tokens.map((token, i) => t.gql(REGISTER, { a: id, p: (i % 3) + 1 }, token)))
      const ok = results.filter((r) => !r.errors).map((r: any) => r.data.register)
      const confirmed = ok.filter((r) => r.status === 'CONFIRMED').reduce((s, r) => s + r.partySize, 0)
      expect(confirmed).toBeLessThanOrEqual(25)
      expect(confirmed).toBeGreaterThanOrEqual(23) // only a party of 3 may be left over when 2 seats remain
      expect((await seats(id)).confirmedSeats).toBe(confirmed)
      const refused = results.filter((r) => r.errors).map((r) => r.errors![0]!)
      if (waitlist) expect(refused).toEqual([])
      else expect(refused.every((e) => e.extensions?.code === 'CONFLICT' && e.message === '名额已满')).toBe(true)
    }
  }, 60_000)

  it('refuses a second active registration, even tapped at once; after cancelling one may register again', async () => {
    const id = await create({ capacity: 5 })
    const me = await newcomer()
    const both = await Promise.all([t.gql(REGISTER, { a: id, p: 1 }, me), t.gql(REGISTER, { a: id, p: 1 }, me), t.gql(REGISTER, { a: id, p: 1 }, me)])
    expect(both.filter((r) => !r.errors)).toHaveLength(1)
    expect(both.filter((r) => r.errors).map((r) => r.errors![0]!.extensions?.code)).toEqual(['CONFLICT', 'CONFLICT'])
    const reg = both.find((r) => !r.errors)!.data!.register
    expect(await t.code(CANCEL, { id: reg.id }, resident)).toBe('NOT_FOUND') // someone else's
    expect((await t.ok(CANCEL, { id: reg.id }, me)).cancelRegistration.status).toBe('CANCELLED')
    expect(await t.code(CANCEL, { id: reg.id }, me)).toBe('CONFLICT')
    expect((await t.ok(REGISTER, { a: id, p: 1 }, me)).register.status).toBe('CONFIRMED')
    expect((await seats(id)).confirmedSeats).toBe(1)
  })

  it('cancelling promotes, in order, the waitlisted parties that fit and tells each', async () => {
    const id = await create({ capacity: 4, maxPartySize: 3 })
    const [a, b, c, d, e] = await Promise.all(Array.from({ length: 5 }, () => newcomer()))
    const reg = async (token: string, p: number) => (await t.ok(REGISTER, { a: id, p }, token)).register
    const ra = await reg(a!, 2)
    await reg(b!, 2)
    const rc = await reg(c!, 3)
    const rd = await reg(d!, 1)
    const re = await reg(e!, 2)
    expect([rc.waitlistPosition, rd.waitlistPosition, re.waitlistPosition]).toEqual([1, 2, 3])
    await t.ok(CANCEL, { id: ra.id }, a)
    // 2 seats free: C (3) does not fit, D (1) does, E (2) no longer fits.
    const byId = new Map<string, any>((await regs(id)).map((r: any) => [r.id, r]))
    expect([byId.get(rc.id).status, byId.get(rd.id).status, byId.get(re.id).status]).toEqual(['WAITLISTED', 'CONFIRMED', 'WAITLISTED'])
    expect([byId.get(rc.id).waitlistPosition, byId.get(re.id).waitlistPosition]).toEqual([1, 2])
    expect(await inboxKinds(d!, id)).toEqual(['ACTIVITY_PROMOTED'])
    expect(await inboxKinds(e!, id)).toEqual([])
    // Raising the capacity promotes too: 1 + 3 more seats → C confirmed (3), E still waiting (needs 2, 1 left).
    await t.ok('mutation($id: ID!) { updateActivity(id: $id, input: { capacity: 7 }) { id } }', { id }, admin)
    expect(await seats(id)).toMatchObject({ confirmedSeats: 6, waitlistCount: 1 })
    expect(await t.code('mutation($id: ID!) { updateActivity(id: $id, input: { capacity: 5 }) { id } }', { id }, admin)).toBe('CONFLICT')
  })

  it('refuses bad party sizes, missing answers, the ineligible, and sign-ups or cancellations after the deadline', async () => {
    const id = await create({ capacity: 10, maxPartySize: 2, eligibility: 'VERIFIED_HOUSEHOLDS', questions: [{ text: '姓名', type: 'NAME' }, { text: '联系电话', type: 'PHONE' }] })
    const answers = [{ question: '姓名', value: '常阿姨' }, { question: '联系电话', value: '13812341234' }]
    expect(await t.code(REGISTER, { a: id, p: 1, ans: answers }, null)).toBe('UNAUTHENTICATED')
    expect(await t.code(REGISTER, { a: id, p: 3, ans: answers }, resident)).toBe('BAD_USER_INPUT')
    expect(await t.code(REGISTER, { a: id, p: 0, ans: answers }, resident)).toBe('BAD_USER_INPUT')
    const missing = await t.gql(REGISTER, { a: id, p: 1, ans: answers.slice(0, 1) }, resident)
    expect(missing.errors?.[0]).toMatchObject({ message: '请填写「联系电话」', extensions: { code: 'BAD_USER_INPUT' } })
    const stranger = await newcomer()
    expect(await t.code(REGISTER, { a: id, p: 1, ans: answers }, stranger)).toBe('FORBIDDEN')
    expect(await t.code(REGISTER, { a: id, p: 1, ans: answers }, otherAdmin)).toBe('FORBIDDEN')
    const mine = (await t.ok(REGISTER, { a: id, p: 2, ans: answers, s: 1008 }, resident)).register
    expect(mine.status).toBe('CONFIRMED')
    // RESIDENTS also take someone whose household claim in the community is still pending.
    const residents = await create({ eligibility: 'RESIDENTS' })
    expect(await t.code(REGISTER, { a: residents, p: 1 }, stranger)).toBe('FORBIDDEN')
    await t.ok('mutation($b: ID!) { claimHousehold(input: { buildingId: $b, unit: "1", room: "808", areaM2: 80 }) { id } }', { b: places.building('1号楼').id }, stranger)
    expect((await t.ok(REGISTER, { a: residents, p: 1 }, stranger)).register.status).toBe('CONFIRMED')
    const late = await create({ capacity: 10 })
    const early = (await t.ok(REGISTER, { a: late, p: 1 }, resident)).register
    await t.gateway.db.updateTable('activities').set({ sign_up_deadline: hours(-1) }).where('id', '=', late).execute()
    const after = await t.gql(REGISTER, { a: late, p: 1 }, stranger)
    expect(after.errors?.[0]).toMatchObject({ message: '报名已截止', extensions: { code: 'CONFLICT' } })
    expect(await t.code(CANCEL, { id: early.id }, resident)).toBe('CONFLICT')
    expect((await t.ok(CANCEL, { id: early.id }, admin)).cancelRegistration.status).toBe('CANCELLED') // staff, before it starts
  })

  it('keeps PENDING registrations off the seats until staff approve or decline them', async () => {
    const id = await create({ capacity: 2, needsApproval: true, waitlist: true })
    const [a, b, c] = await Promise.all([newcomer(), newcomer(), newcomer()])
    const ra = (await t.ok(REGISTER, { a: id, p: 1 }, a)).register
    const rb = (await t.ok(REGISTER, { a: id, p: 1 }, b)).register
    const rc = (await t.ok(REGISTER, { a: id, p: 1 }, c)).register
    expect([ra.status, ra.checkInCode, ra.waitlistPosition]).toEqual(['PENDING', null, null])
    expect(await seats(id)).toMatchObject({ confirmedSeats: 0, seatsLeft: 2, pendingCount: 3, waitlistCount: 0 })
    expect(await t.code(REVIEW, { id: ra.id, ok: true }, a)).toBe('FORBIDDEN')
    expect(await t.code(REVIEW, { id: ra.id, ok: true }, otherAdmin)).toBe('NOT_FOUND')
    expect((await t.ok(REVIEW, { id: ra.id, ok: true }, steward)).reviewRegistration.status).toBe('CONFIRMED')
    expect(await t.code(REVIEW, { id: ra.id, ok: true }, a)).toBe('FORBIDDEN') // FORBIDDEN before CONFLICT
    expect(await t.code(REVIEW, { id: ra.id, ok: true }, admin)).toBe('CONFLICT')
    expect((await t.ok(REVIEW, { id: rb.id, ok: false }, admin)).reviewRegistration.status).toBe('DECLINED')
    expect((await t.ok(REVIEW, { id: rc.id, ok: true }, admin)).reviewRegistration.status).toBe('CONFIRMED')
    expect(await seats(id)).toMatchObject({ confirmedSeats: 2, seatsLeft: 0, pendingCount: 0 })
    expect(await inboxKinds(b, id)).toEqual(['ACTIVITY_DECLINED'])
    expect((await t.ok(REGISTER, { a: id, p: 1 }, b)).register.status).toBe('PENDING') // declined is not active
  })

  it('checks a confirmed registration in once, by staff in scope only', async () => {
    const id = await create({ capacity: 3 })
    const me = await newcomer()
    const reg = (await t.ok(REGISTER, { a: id, p: 1 }, me)).register
    expect(await t.code(CHECK_IN, { c: 'ZZZZZZZZ' }, admin)).toBe('NOT_FOUND')
    expect(await t.code(CHECK_IN, { c: reg.checkInCode }, me)).toBe('FORBIDDEN')
    expect(await t.code(CHECK_IN, { c: reg.checkInCode }, otherAdmin)).toBe('FORBIDDEN')
    expect((await t.ok(CHECK_IN, { c: reg.checkInCode.toLowerCase() }, steward)).checkIn).toEqual({ id: reg.id, status: 'ATTENDED' })
    expect(await t.code(CHECK_IN, { c: reg.checkInCode }, admin)).toBe('CONFLICT')
    expect(await t.code(CANCEL, { id: reg.id }, me)).toBe('CONFLICT')
    const figures = await t.ok('query($id: ID!) { activity(id: $id) { confirmedSeats figures { attendedSeats confirmedSeats noShowSeats } } }', { id }, admin)
    expect(figures.activity).toEqual({ confirmedSeats: 1, figures: { attendedSeats: 1, confirmedSeats: 1, noShowSeats: 0 } })
    const audit = await t.ok('query($c: ID!) { auditLog(communityId: $c, first: 100) { edges { node { action subjectId } } } }', { c: places.dongyingpan.id }, admin)
    expect(audit.auditLog.edges.map((e: any) => e.node)).toContainEqual({ action: 'activity.checked_in', subjectId: reg.id })
  })

  it('cancels an activity with a reason, telling every registrant in the inbox and the outbox', async () => {
    const id = await create({ capacity: 1 })
    const [a, b] = await Promise.all([newcomer(), newcomer()])
    await t.ok(REGISTER, { a: id, p: 1 }, a)
    await t.ok(REGISTER, { a: id, p: 1 }, b)
    const CANCEL_ACTIVITY = 'mutation($id: ID!, $r: String!) { cancelActivity(id: $id, reason: $r) { status cancelReason } }'
    expect(await t.code(CANCEL_ACTIVITY, { id, r: '下雪' }, a)).toBe('FORBIDDEN')
    expect(await t.code(CANCEL_ACTIVITY, { id, r: ' ' }, admin)).toBe('BAD_USER_INPUT')
    expect((await t.ok(CANCEL_ACTIVITY, { id, r: '暴雪预警,活动取消' }, admin)).cancelActivity).toEqual({ status: 'CANCELLED', cancelReason: '暴雪预警,活动取消' })
    expect(await t.code(CANCEL_ACTIVITY, { id, r: '再取消' }, admin)).toBe('CONFLICT')
    expect(await inboxKinds(a, id)).toEqual(['ACTIVITY_CANCELLED'])
    expect(await inboxKinds(b, id)).toEqual(['ACTIVITY_CANCELLED'])
    const outbox = await t.gateway.db.selectFrom('outbox').select('template').where('payload', 'like', `%${id}%`).execute()
    expect(outbox.filter((o) => o.template === 'ACTIVITY_STATUS')).toHaveLength(2)
    expect(await t.code(REGISTER, { a: id, p: 1 }, await newcomer())).toBe('CONFLICT')
    const list = await t.ok('query($c: ID) { activities(filter: { communityId: $c }, first: 100) { edges { node { id status } } } }', { c: places.dongyingpan.id }, null)
    expect(list.activities.edges.map((e: any) => e.node)).toContainEqual({ id, status: 'CANCELLED' })
  })

  it('gives staff the registrations with masked phones, a CSV, figures by scene, and registration on behalf', async () => {
    const id = await create({ capacity: 10, maxPartySize: 2, questions: [{ text: '联系电话', type: 'PHONE' }], eligibility: 'VERIFIED_HOUSEHOLDS' })
    await t.ok(REGISTER, { a: id, p: 2, ans: [{ question: '联系电话', value: '13812341234' }], s: 1008 }, resident)
    const wang = await t.signIn('resident-zhongwang-2')
    const people = await t.ok('{ viewer { id } }', {}, wang)
    const ON_BEHALF = 'mutation($a: ID!, $who: ID!) { registerOnBehalf(activityId: $a, accountId: $who, partySize: 1, answers: [{ question: "联系电话", value: "13900001111" }]) { status onBehalf } }'
    expect(await t.code(ON_BEHALF, { a: id, who: people.viewer.id }, wang)).toBe('FORBIDDEN')
    expect((await t.ok(ON_BEHALF, { a: id, who: people.viewer.id }, admin)).registerOnBehalf).toEqual({ status: 'CONFIRMED', onBehalf: true })
    expect(await t.code(ON_BEHALF, { a: id, who: people.viewer.id }, admin)).toBe('CONFLICT')
    expect(await inboxKinds(wang, id)).toEqual(['ACTIVITY_CONFIRMED'])
    expect(await t.code(REGS, { id }, resident)).toBe('FORBIDDEN')
    const list = await regs(id)
    expect(list.map((r: any) => r.partySize)).toEqual([2, 1])
    const csv = (await t.ok('query($id: ID!) { registrationsCsv(activityId: $id) }', { id }, admin)).registrationsCsv as string
    expect(csv).toContain('138****1234')
    expect(csv).not.toContain('13812341234')
    expect(csv.split('\r\n')[0]).toContain('联系电话')
    const ANSWERS = 'query($id: ID!) { activity(id: $id) { registrations(first: 20) { edges { node { answers { question value } } } } viewerRegistration { answers { value } } } }'
    const staffView = (await t.ok(ANSWERS, { id }, admin)).activity.registrations.edges.map((e: any) => e.node.answers[0].value)
    expect(staffView).toEqual(['13812341234', '13900001111']) // the admin is staff in scope of both households (as Person.phone); the CSV masks
    expect((await t.ok('query($id: ID!) { activity(id: $id) { viewerRegistration { answers { value } } } }', { id }, resident)).activity.viewerRegistration.answers[0].value).toBe('13812341234')
    expect(await t.code('query($id: ID!) { registrationsCsv(activityId: $id) }', { id }, resident)).toBe('FORBIDDEN')
    const figures = await t.ok('query($id: ID!) { activity(id: $id) { materials { total } figures { registrationCount byScene { scene registrations } } } }', { id }, admin)
    expect(figures.activity.figures).toEqual({ registrationCount: 2, byScene: [{ scene: 1008, registrations: 1 }, { scene: null, registrations: 1 }] })
    const ics = (await t.ok('query($id: ID!) { activityIcs(id: $id) }', { id }, null)).activityIcs as string
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/)
    expect(ics).toMatch(/DTSTART:\d{8}T\d{6}Z\r\n/)
  })

  it('makes a URL Link through WeChat, or records the request and answers null when WeChat is not configured', async () => {
    const id = await create()
    expect((await t.ok('mutation($id: ID!) { shareLink(activityId: $id) }', { id }, null)).shareLink).toBeNull()
    const recorded = await t.gateway.db.selectFrom('activity_share_links').selectAll().where('activity_id', '=', id).execute()
    expect(recorded).toMatchObject([{ status: 'RECORDED', path: 'features/activities/pages/detail/index', query: `id=${id}` }])
    const wechat = await startFakeWeChat({ appId: 'wx-test', secret: 's' })
    const w = await startGateway(engine, wechat.env)
    try {
      const [wAdmin] = [await w.signIn('admin-dongyingpan')]
      const wPlaces = await demoPlaces(w)
      const wid = (await w.ok(CREATE, { input: { communityId: wPlaces.dongyingpan.id, kind: 'VISIT', title: '参观', description: '参观', venue: '门口', startsAt: hours(50), endsAt: hours(51), signUpDeadline: hours(49), capacity: 5, maxPartySize: 1, eligibility: 'ANYONE', waitlist: false, needsApproval: false } }, wAdmin)).createActivity.id
      await w.ok(PUBLISH, { id: wid }, wAdmin)
      const link = (await w.ok('mutation($id: ID!) { shareLink(activityId: $id) }', { id: wid })).shareLink
      expect(link).toMatch(/^https:\/\/wxaurl\.cn\//)
      expect((await w.ok('mutation($id: ID!) { shareLink(activityId: $id) }', { id: wid })).shareLink).toBe(link) // reused
      expect(wechat.requestsTo('/wxa/generate_urllink').map((r) => r.body)).toEqual([{ path: 'features/activities/pages/detail/index', query: `id=${wid}`, expire_type: 1, expire_interval: 30 }])
    } finally {
      await w.close()
      await wechat.close()
    }
  })

  it('counts an emoji as one character and never cuts one in half for a subscribe message', async () => {
    const party = '🎉'.repeat(40) // 40 characters, 80 UTF-16 units: the title's limit is 40
    expect(await t.code(CREATE, { input: { communityId: places.dongyingpan.id, kind: 'HANDICRAFT', title: `${party}🎉`, description: '庆祝', venue: '党群服务中心', startsAt: hours(72), endsAt: hours(74), signUpDeadline: hours(48), capacity: 30, maxPartySize: 1, eligibility: 'ANYONE', waitlist: true, needsApproval: false } }, admin)).toBe('BAD_USER_INPUT')
    expect(await create({ title: party })).toBeTruthy()
    const title = '一二三四五六七八九十一二三四五六七八九🎉之夜' // the 20th character is an emoji
    const id = await create({ title })
    await t.ok(REGISTER, { a: id, p: 1 }, await newcomer())
    await t.ok('mutation($id: ID!, $r: String!) { cancelActivity(id: $id, reason: $r) { status } }', { id, r: '场地维修' }, admin)
    const [row] = await t.gateway.db.selectFrom('outbox').select('payload').where('payload', 'like', `%${id}%`).execute()
    expect((JSON.parse(row!.payload) as { data: { thing1: string } }).data.thing1).toBe('一二三四五六七八九十一二三四五六七八九🎉')
  })

  it('keeps one share-link record per activity however often anyone (signed out too) asks', async () => {
    const id = await create()
    const LINK = 'mutation($id: ID!) { shareLink(activityId: $id) }'
    const answers = await Promise.all(Array.from({ length: 20 }, () => t.ok(LINK, { id }, null)))
    for (let i = 0; i < 5; i++) answers.push(await t.ok(LINK, { id }, null))
    expect(answers.every((a) => a.shareLink === null)).toBe(true)
    const rows = await t.gateway.db.selectFrom('activity_share_links').select(['status']).where('activity_id', '=', id).execute()
    expect(rows).toEqual([{ status: 'RECORDED' }])
  })

  it('reminds those who asked, once, the day before', async () => {
    const id = await create({ capacity: 5 })
    const me = await newcomer()
    const ASK = 'mutation($id: ID!) { requestActivityReminder(activityId: $id) }'
    expect(await t.code(ASK, { id }, null)).toBe('UNAUTHENTICATED')
    expect((await t.ok(ASK, { id }, me)).requestActivityReminder).toBe(true)
    expect((await t.ok(ASK, { id }, me)).requestActivityReminder).toBe(true)
    expect((await t.ok('query($id: ID!) { activity(id: $id) { viewerHasReminder } }', { id }, me)).activity.viewerHasReminder).toBe(true)
    const starts = Date.now() + 72 * 3_600_000
    expect((await sweepActivityReminders(t.gateway.db, new Date(starts - 30 * 3_600_000))).reminded).toBe(0)
    await sweepActivityReminders(t.gateway.db, new Date(starts - 20 * 3_600_000))
    await sweepActivityReminders(t.gateway.db, new Date(starts - 19 * 3_600_000))
    expect(await inboxKinds(me, id)).toEqual(['ACTIVITY_REMINDER'])
    const outbox = await t.gateway.db.selectFrom('outbox').select(['template', 'status']).where('payload', 'like', `%${id}%`).where('template', '=', 'ACTIVITY_REMINDER').execute()
    expect(outbox).toHaveLength(1)
  })
})
