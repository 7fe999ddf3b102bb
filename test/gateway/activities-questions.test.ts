import type { Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { up as typeQuestions } from '../../gateway/db/migrations/2026_12_01_0010_question_types'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'

// Sign-up questions have a type; the type, never the wording, decides checks and masking.

const CREATE = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id questions { text type options } } }`
const REGISTER = `mutation($a: ID!, $ans: [AnswerInput!]) { register(activityId: $a, partySize: 1, answers: $ans) { id answers { question type value } } }`
const REGS = `query($id: ID!) { activity(id: $id) { registrations(first: 50) { edges { node { person { displayName phone } answers { question type value } } } } } }`
const CSV = 'query($id: ID!) { registrationsCsv(activityId: $id) }'
const QUESTIONS = [
  { text: '联系方式', type: 'PHONE' },
  { text: '称呼', type: 'NAME' },
  { text: '同行人数', type: 'NUMBER' },
  { text: '年龄段', type: 'CHOICE', options: ['老人', '成人', '儿童'] },
  { text: '备注', type: 'TEXT' },
]
const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString()

describe.each(ENGINES)('typed sign-up questions on $name', (engine) => {
  let t: TestGateway
  let places: Awaited<ReturnType<typeof demoPlaces>>
  let admin: string // 东营盘社区
  let resident: string // 常阿姨, verified household in 众望小区 (东营盘)
  let outsider: string // verified household in 洪城河社区
  const answers = (phone: string) => [
    { question: '联系方式', value: phone }, { question: '称呼', value: '孙阿姨' }, { question: '同行人数', value: '2' },
    { question: '年龄段', value: '老人' }, { question: '备注', value: `有事打 ${phone}` },
  ]
  const create = async (questions: unknown[] = QUESTIONS) => {
    const input = {
      communityId: places.dongyingpan.id, kind: 'TALK', title: '防诈骗讲座', description: '民警讲解常见骗局', venue: '党群服务中心',
      startsAt: hours(72), endsAt: hours(74), signUpDeadline: hours(48), capacity: 30, maxPartySize: 1, eligibility: 'ANYONE', waitlist: true, needsApproval: false, questions,
    }
    const { createActivity } = await t.ok(CREATE, { input }, admin)
    await t.ok('mutation($id: ID!) { publishActivity(id: $id) { id } }', { id: createActivity.id }, admin)
    return createActivity as { id: string; questions: { text: string; type: string; options: string[] }[] }
  }

  beforeAll(async () => {
    t = await startGateway(engine)
    places = await demoPlaces(t)
    admin = await t.signIn('admin-dongyingpan')
    resident = await t.signIn('resident-changbaoe')
    outsider = await t.signIn('resident-hongchenghe-visitor', '孙阿姨')
    const building = places.community('洪城河社区').compounds[0]!.buildings[0]!.id
    const { claimHousehold } = await t.ok('mutation($input: ClaimHouseholdInput!) { claimHousehold(input: $input) { id } }', { input: { buildingId: building, unit: '1', room: '201', areaM2: 70 } }, outsider)
    await t.ok('mutation($id: ID!) { reviewHouseholdClaim(id: $id, approve: true) { id } }', { id: claimHousehold.id }, await t.signIn('admin-hongchenghe'))
    await t.ok('mutation { updateProfile(input: { phone: "13911112222" }) { id } }', {}, outsider)
  })
  afterAll(() => t?.close())

  it('stores each question with its type and options, and refuses a bad type or a CHOICE without options', async () => {
    const activity = await create()
    expect(activity.questions).toEqual(QUESTIONS.map((q) => ({ options: [], ...q })))
    expect(await t.code(CREATE, { input: { communityId: places.dongyingpan.id, kind: 'TALK', title: 'x', description: 'y', venue: 'z', startsAt: hours(72), endsAt: hours(74), signUpDeadline: hours(48), capacity: 3, maxPartySize: 1, eligibility: 'ANYONE', waitlist: false, needsApproval: false, questions: [{ text: '年龄段', type: 'CHOICE' }] } }, admin)).toBe('BAD_USER_INPUT')
    expect(await t.code(CREATE, { input: { communityId: places.dongyingpan.id, kind: 'TALK', title: 'x', description: 'y', venue: 'z', startsAt: hours(72), endsAt: hours(74), signUpDeadline: hours(48), capacity: 3, maxPartySize: 1, eligibility: 'ANYONE', waitlist: false, needsApproval: false, questions: [{ text: '', type: 'PHONE' }] } }, admin)).toBe('BAD_USER_INPUT')
  })

  it('checks answers by type', async () => {
    const { id } = await create()
    const bad = async (question: string, value: string) => {
      const list = answers('13812341234').map((a) => (a.question === question ? { question, value } : a))
      return (await t.gql(REGISTER, { a: id, ans: list }, resident)).errors?.[0]
    }
    expect(await bad('联系方式', '找我')).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('手机号') })
    expect((await bad('同行人数', '两个'))?.extensions?.code).toBe('BAD_USER_INPUT')
    expect((await bad('年龄段', '青年'))?.extensions?.code).toBe('BAD_USER_INPUT')
    const { register } = await t.ok(REGISTER, { a: id, ans: answers('138-1234-1234') }, resident)
    expect(register.answers[0]).toEqual({ question: '联系方式', type: 'PHONE', value: '13812341234' })
  })

  it('masks a PHONE answer by its type, whatever its wording: staff of another community never see the phone', async () => {
    const { id } = await create()
    await t.ok(REGISTER, { a: id, ans: answers('13911112222') }, outsider)
    await t.ok(REGISTER, { a: id, ans: answers('13812341234') }, resident)
    const rows = (await t.ok(REGS, { id }, admin)).activity.registrations.edges.map((e: any) => e.node)
    const outsiderRow = rows.find((r: any) => r.person.displayName === '孙阿姨')
    expect(outsiderRow.person.phone).toBe('139****2222')
    expect(outsiderRow.answers.find((a: any) => a.question === '联系方式').value).toBe('139****2222')
    expect(outsiderRow.answers.find((a: any) => a.question === '备注').value).toBe('有事打 139****2222')
    expect(JSON.stringify(outsiderRow)).not.toContain('13911112222')
    // Staff in scope of the registrant's household see it whole in the app (as Person.phone) …
    const ownRow = rows.find((r: any) => r.person.displayName === '常阿姨')
    expect(ownRow.answers.find((a: any) => a.question === '联系方式').value).toBe('13812341234')
    // … and the CSV, which leaves the app, masks every phone.
    const csv = (await t.ok(CSV, { id }, admin)).registrationsCsv as string
    expect(csv).not.toContain('13911112222')
    expect(csv).not.toContain('13812341234')
    expect(csv).toContain('139****2222')
    // The registrant reads their own answers whole.
    const mine = (await t.ok('query($id: ID!) { activity(id: $id) { viewerRegistration { answers { value } } } }', { id }, outsider)).activity.viewerRegistration.answers
    expect(mine[0].value).toBe('13911112222')
  })

  it('types the questions and answers stored before, by their wording, in the migration', async () => {
    const { id } = await create([{ text: '备注', type: 'TEXT' }])
    await t.ok(REGISTER, { a: id, ans: [{ question: '备注', value: '无' }] }, outsider)
    // As the rows looked before 2026_12_01_0010: questions as plain strings, answers without a type.
    await t.gateway.db.updateTable('activities').set({ questions: JSON.stringify(['姓名', '联系方式']) }).where('id', '=', id).execute()
    await t.gateway.db.updateTable('activity_registrations').set({ answers: JSON.stringify([{ question: '姓名', value: '孙阿姨' }, { question: '联系方式', value: '13911112222' }]) }).where('activity_id', '=', id).execute()
    await typeQuestions(t.gateway.db as unknown as Kysely<unknown>) // migrations take the untyped database, as the migrator passes it
    const { activity } = await t.ok('query($id: ID!) { activity(id: $id) { questions { text type } } }', { id }, admin)
    expect(activity.questions).toEqual([{ text: '姓名', type: 'NAME' }, { text: '联系方式', type: 'PHONE' }])
    const row = (await t.ok(REGS, { id }, admin)).activity.registrations.edges[0].node
    expect(row.answers).toEqual([{ question: '姓名', type: 'NAME', value: '孙阿姨' }, { question: '联系方式', type: 'PHONE', value: '139****2222' }])
  })
})
