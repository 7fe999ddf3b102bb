import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'

// At the door: a check-in answers with the name the registrant typed and the party size, and a
// refusal says why in the words staff repeat to the resident (已取消, 已签到 and when).

const CREATE = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`
const REGISTER = `mutation($a: ID!, $p: Int!, $ans: [AnswerInput!]) { register(activityId: $a, partySize: $p, answers: $ans) { id status checkInCode } }`
const CHECK_IN = `mutation($c: String!) { checkIn(code: $c) { id status partySize person { displayName } answers { question type value } } }`
const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString()

describe.each(ENGINES)('check-in in words on $name', (engine) => {
  let t: TestGateway
  let admin: string
  let n = 0
  const create = async (overrides: Record<string, unknown> = {}) => {
    const places = await demoPlaces(t)
    const input = {
      communityId: places.dongyingpan.id, kind: 'TALK', title: '防诈骗讲座', description: '民警讲解常见骗局', venue: '党群服务中心',
      startsAt: hours(72), endsAt: hours(74), signUpDeadline: hours(48), capacity: 5, maxPartySize: 3, eligibility: 'ANYONE', waitlist: true, needsApproval: false,
      questions: [{ text: '姓名', type: 'NAME' }, { text: '联系电话', type: 'PHONE' }],
      ...overrides,
    }
    const { createActivity } = await t.ok(CREATE, { input }, admin)
    await t.ok('mutation($id: ID!) { publishActivity(id: $id) { id } }', { id: createActivity.id }, admin)
    return createActivity.id as string
  }
  const signUp = async (activity: string, party: number, name: string) => {
    const token = await t.signIn(`door-${engine.name}-${++n}`, `微信昵称${n}`)
    const answers = [{ question: '姓名', value: name }, { question: '联系电话', value: '13812345678' }]
    return { token, registration: (await t.ok(REGISTER, { a: activity, p: party, ans: answers }, token)).register }
  }
  const refusal = async (code: string) => (await t.gql(CHECK_IN, { c: code }, admin)).errors?.[0]

  beforeAll(async () => {
    t = await startGateway(engine)
    admin = await t.signIn('admin-dongyingpan')
  })
  afterAll(() => t?.close())

  it('answers with the typed name (not the WeChat nickname) and the party size', async () => {
    const activity = await create()
    const { registration } = await signUp(activity, 2, '艾大妈')
    const { checkIn } = await t.ok(CHECK_IN, { c: registration.checkInCode }, admin)
    expect(checkIn.status).toBe('ATTENDED')
    expect(checkIn.partySize).toBe(2)
    expect(checkIn.answers.find((a: { type: string }) => a.type === 'NAME').value).toBe('艾大妈')
    expect(checkIn.person.displayName).not.toBe('艾大妈')
    const again = await refusal(registration.checkInCode)
    expect(again?.extensions?.code).toBe('CONFLICT')
    expect(again?.message).toMatch(/^已经签到过了（\d+月\d+日 \d{2}:\d{2} 签到）$/)
  })

  it('a cancelled registration is refused with the reason', async () => {
    const cancelled = await signUp(await create(), 1, '钱叔叔')
    await t.ok('mutation($id: ID!) { cancelRegistration(id: $id) { id } }', { id: cancelled.registration.id }, cancelled.token)
    const refused = await refusal(cancelled.registration.checkInCode)
    expect(refused?.extensions?.code).toBe('CONFLICT')
    expect(refused?.message).toBe('这份报名已经取消了，不能签到')
  })
})
