import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatFull, formatMoment, formatSheet, formatSpan } from '../../src/lib/beijing-time'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'

// Whatever zone the server runs in, what people read says Beijing time: this file's gateway runs in
// Los Angeles time (Node re-reads TZ when it changes; vitest gives each file a process of its own).
process.env.TZ = 'America/Los_Angeles'

const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

/** `days` from now at 16:00Z, which is midnight of the next day in Beijing: the boundary that shows a wrong zone. */
const beijingMidnight = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000)
  d.setUTCHours(16, 0, 0, 0)
  return d.toISOString()
}

describe.each(ENGINES)('times people read, on $name', (engine) => {
  let t: TestGateway
  let places: Awaited<ReturnType<typeof demoPlaces>>
  let resident: string
  let committee: string
  let admin: string
  beforeAll(async () => {
    t = await startGateway(engine)
    places = await demoPlaces(t)
    ;[resident, committee, admin] = await Promise.all(['resident-changbaoe', 'committee-zhongwang', 'admin-dongyingpan'].map((h) => t.signIn(h)))
  })
  afterAll(() => t?.close())

  const inbox = async (token: string, subjectId: string) =>
    (await t.ok('{ viewer { inbox(first: 100) { edges { node { title body subjectId } } } } }', {}, token)).viewer.inbox.edges
      .map((e: { node: { title: string; body: string; subjectId: string } }) => e.node)
      .filter((m: { subjectId: string }) => m.subjectId === subjectId)

  it('writes the meeting and the voting deadline into the timeline and the inbox in Beijing time', async () => {
    expect(new Date('2026-07-01T00:00:00Z').getTimezoneOffset()).toBe(420) // the gateway really is in Los Angeles
    const input = { compoundId: places.zhongwang.id, title: '东门路灯', background: '东门晚上太黑', question: '装不装?', matter: 'ADVISORY', ballotKind: 'SINGLE', options: [{ label: '装' }, { label: '不装' }] }
    const { createProposal: p } = await t.ok('mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }', { input }, resident)
    await t.ok('mutation($id: ID!) { submitProposal(id: $id) { stage } }', { id: p.id }, resident)
    await t.ok('mutation($id: ID!) { openDiscussion(id: $id) { stage } }', { id: p.id }, committee)
    const meetingAt = beijingMidnight(2)
    await t.ok('mutation($id: ID!, $at: DateTime!) { scheduleMeeting(id: $id, at: $at, place: "党群服务中心") { id } }', { id: p.id, at: meetingAt }, committee)
    const closesAt = beijingMidnight(5)
    await t.ok('mutation($id: ID!, $at: DateTime!) { openVoting(id: $id, closesAt: $at) { stage } }', { id: p.id, at: closesAt }, committee)

    const { proposal } = await t.ok('query($id: ID!) { proposal(id: $id) { timeline { kind note } } }', { id: p.id }, resident)
    const notes: Record<string, string> = Object.fromEntries(proposal.timeline.map((e: { kind: string; note: string | null }) => [e.kind, e.note ?? '']))
    expect(notes.VOTING_OPENED).toBe(`投票截止:${formatFull(closesAt)}`)
    expect(notes.VOTING_OPENED).toMatch(/日 00:00$/)
    expect(notes.MEETING_SCHEDULED).toBe(`${formatFull(meetingAt)} 党群服务中心`)
    const messages = await inbox(resident, p.id)
    expect(messages.length).toBeGreaterThan(0)
    for (const text of [...Object.values(notes), ...messages.flatMap((m: { title: string; body: string }) => [m.title, m.body])]) expect(text).not.toMatch(ISO)
  })

  it('writes the inbox, the CSV and the calendar file of an activity in Beijing time', async () => {
    const startsAt = beijingMidnight(4)
    const activityInput = {
      communityId: places.dongyingpan.id, kind: 'HANDICRAFT', title: '夜观星空', description: '带上望远镜', venue: '党群服务中心',
      startsAt, endsAt: new Date(Date.parse(startsAt) + 2 * 3_600_000).toISOString(), signUpDeadline: beijingMidnight(3),
      capacity: 10, maxPartySize: 2, eligibility: 'ANYONE', waitlist: true, needsApproval: false,
    }
    const { createActivity: a } = await t.ok('mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }', { input: activityInput }, admin)
    await t.ok('mutation($id: ID!) { publishActivity(id: $id) { id } }', { id: a.id }, admin)
    const newcomer = await t.signIn(`time-${engine.name}`)
    await t.ok('mutation($a: ID!, $who: ID!) { registerOnBehalf(activityId: $a, accountId: $who, partySize: 1) { id } }', { a: a.id, who: (await t.ok('{ viewer { id } }', {}, newcomer)).viewer.id }, admin)
    const messages = await inbox(newcomer, a.id)
    expect(messages.map((m: { body: string }) => m.body)).toEqual([`「夜观星空」${formatMoment(startsAt)},党群服务中心。由社区工作人员代为报名`])
    expect(messages[0].body).toContain(' 00:00,')

    const csv = (await t.ok('query($id: ID!) { registrationsCsv(activityId: $id) }', { id: a.id }, admin)).registrationsCsv as string
    const [header, row] = csv.replace(/^\uFEFF/, '').split('\r\n')
    expect(header).toContain('报名时间(北京时间)')
    const { activity } = await t.ok('query($id: ID!) { activity(id: $id) { registrations(first: 5) { edges { node { createdAt } } } } }', { id: a.id }, admin)
    expect(row).toContain(formatSheet(activity.registrations.edges[0].node.createdAt))
    expect(csv).not.toMatch(ISO)

    const ics = ((await t.ok('query($id: ID!) { activityIcs(id: $id) }', { id: a.id }, null)).activityIcs as string).replace(/\r\n /g, '')
    expect(ics).toContain(`DTSTART:${startsAt.replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`) // machines read UTC
    expect(ics).toContain(`DESCRIPTION:时间:${formatSpan(startsAt, activityInput.endsAt)}(北京时间)`) // people read Beijing time
  })
})
