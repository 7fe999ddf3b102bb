import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'
import { uploadImage } from './upload'

// PIPL: a resident who raised issues, rated, commented, co-signed, voted, said "me too" and signed up
// exports all of it (JSON and readable Chinese), then deletes the account: neighbours and staff see
// none of their personal data afterwards, files are gone, and every count and tally is unchanged.

const ISSUE = `query($id: ID!) { issue(id: $id) { title description spot supportCount photos { id url } reporter { displayName phone realName } timeline { note } } }`
const RAISE = `mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { id } }`
const ADVANCE = 'mutation($id: ID!, $to: IssueStatus!, $note: String) { advanceIssue(id: $id, to: $to, note: $note) { status } }'
const PROPOSAL = `query($id: ID!) { proposal(id: $id) { cosignCount options { id votes } participation { votedHouseholds } comments { body author { displayName } } } }`
const ACTIVITY = `query($id: ID!) { activity(id: $id) { confirmedSeats waitlistCount registrations(first: 20) { edges { node { status person { displayName phone realName } answers { question value } } } } } }`
const STATS = `query($c: ID!) { communityStats(communityId: $c) { openCount allTime { resolvedCount averageRating ratedCount } } }`
const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString()

describe.each(ENGINES)('PIPL export and erasure on $name', (engine) => {
  let t: TestGateway
  let places: Awaited<ReturnType<typeof demoPlaces>>
  let me: string
  let neighbour: string // 常阿姨
  let grid1: string
  let committee: string
  let admin: string
  const ids: Record<string, string> = {}
  let photoUrl = ''
  let photoFile = ''
  let receipt = ''
  let statsBefore: unknown
  let proposalBefore: any

  beforeAll(async () => {
    t = await startGateway(engine, { WECHAT_SUBSCRIBE_TEMPLATES: 'ISSUE_STATUS=tmpl-issue:thing1,phrase2' })
    places = await demoPlaces(t)
    ;[neighbour, grid1, committee, admin] = await Promise.all(['resident-changbaoe', 'grid-zhongwang-1', 'committee-zhongwang', 'admin-dongyingpan'].map((h) => t.signIn(h)))
    me = await t.signIn('resident-pipl', '孙阿姨')
    await t.ok('mutation { updateProfile(input: { phone: "13900004444", realName: "孙小梅" }) { id } }', {}, me)
    await t.ok('mutation($ids: [String!]!) { recordSubscribeConsent(accepted: $ids) }', { ids: ['tmpl-issue'] }, me)
    const { claimHousehold } = await t.ok('mutation($input: ClaimHouseholdInput!) { claimHousehold(input: $input) { id } }', { input: { buildingId: places.building('1号楼').id, unit: '7', room: '701', areaM2: 80 } }, me)
    await t.ok('mutation($id: ID!) { reviewHouseholdClaim(id: $id, approve: true) { id } }', { id: claimHousehold.id }, grid1)

    // Issues: a public one with a photo (resolved, confirmed and rated), a private one (reopened with a reason).
    const photo = await uploadImage(t, me)
    ids.photo = photo
    const raise = async (input: Record<string, unknown>, token = me) =>
      (await t.ok(RAISE, { input: { category: 'LIGHTING', buildingId: places.building('1号楼').id, isPublic: true, ...input } }, token)).raiseIssue.id as string
    ids.public = await raise({ title: '孙阿姨家门口路灯不亮', description: '7单元门口晚上很黑', spot: '7单元', photoIds: [photo] })
    ids.private = await raise({ title: '家里电表箱冒烟', description: '701 独居老人,钥匙在邻居家', isPublic: false })
    ids.other = await raise({ title: '东门垃圾桶满了', description: '一周没清' }, neighbour)
    await t.ok(ADVANCE, { id: ids.public, to: 'ACCEPTED' }, grid1)
    await t.ok(ADVANCE, { id: ids.public, to: 'IN_PROGRESS' }, grid1)
    await t.ok(ADVANCE, { id: ids.public, to: 'RESOLVED', note: '已为孙阿姨家门口换灯' }, grid1)
    await t.ok('mutation($id: ID!) { confirmIssue(id: $id, rating: 4, comment: "谢谢网格员小王") { status } }', { id: ids.public }, me)
    await t.ok(ADVANCE, { id: ids.private, to: 'ACCEPTED' }, grid1)
    await t.ok(ADVANCE, { id: ids.private, to: 'IN_PROGRESS' }, grid1)
    await t.ok(ADVANCE, { id: ids.private, to: 'RESOLVED', note: '已断电检修' }, grid1)
    await t.ok('mutation($id: ID!, $r: String!) { reopenIssue(id: $id, reason: $r) { status } }', { id: ids.private, r: '晚上又冒烟了' }, me)
    await t.ok('mutation($id: ID!) { supportIssue(id: $id) { id } }', { id: ids.other }, me)
    const seen = (await t.ok(ISSUE, { id: ids.public }, grid1)).issue
    photoUrl = seen.photos[0].url
    photoFile = (await t.gateway.db.selectFrom('media').select('stored_name').where('id', '=', photo).executeTakeFirstOrThrow()).stored_name

    // Consult: co-sign 常阿姨's proposal, comment on it, vote.
    const { createProposal } = await t.ok('mutation($input: CreateProposalInput!) { createProposal(input: $input) { id options { id } } }', { input: {
      compoundId: places.zhongwang.id, title: '东门新增长椅', background: '老人等车没处坐', question: '长椅放在哪里?', matter: 'ADVISORY', ballotKind: 'SINGLE',
      options: [{ label: '东门岗亭旁' }, { label: '3号楼拐角' }] } }, neighbour)
    ids.proposal = createProposal.id
    ids.option = createProposal.options[1].id
    await t.ok('mutation($id: ID!) { submitProposal(id: $id) { stage } }', { id: ids.proposal }, neighbour)
    await t.ok('mutation($id: ID!) { cosignProposal(id: $id) { stage } }', { id: ids.proposal }, me)
    await t.ok('mutation($id: ID!) { openDiscussion(id: $id) { stage } }', { id: ids.proposal }, committee)
    await t.ok('mutation($input: AddCommentInput!) { addComment(input: $input) { id } }', { input: { proposalId: ids.proposal, body: '我是 7 单元孙阿姨,赞成放在 3 号楼拐角' } }, me)
    await t.ok('mutation($id: ID!, $at: DateTime!) { openVoting(id: $id, closesAt: $at) { stage } }', { id: ids.proposal, at: hours(24) }, committee)
    receipt = (await t.ok('mutation($p: ID!, $o: [ID!]!) { castBallot(proposalId: $p, optionIds: $o) { receipt } }', { p: ids.proposal, o: [ids.option] }, me)).castBallot.receipt

    // An activity of one seat: I hold it, someone waits.
    const { createActivity } = await t.ok('mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }', { input: {
      communityId: places.dongyingpan.id, kind: 'TALK', title: '防诈骗讲座', description: '民警讲解', venue: '党群服务中心', startsAt: hours(72), endsAt: hours(74), signUpDeadline: hours(48),
      capacity: 1, maxPartySize: 1, eligibility: 'ANYONE', waitlist: true, needsApproval: false, questions: [{ text: '联系方式', type: 'PHONE' }, { text: '备注', type: 'TEXT' }] } }, admin)
    ids.activity = createActivity.id
    await t.ok('mutation($id: ID!) { publishActivity(id: $id) { id } }', { id: ids.activity }, admin)
    const REGISTER = 'mutation($a: ID!, $ans: [AnswerInput!]) { register(activityId: $a, partySize: 1, answers: $ans) { status } }'
    expect((await t.ok(REGISTER, { a: ids.activity, ans: [{ question: '联系方式', value: '13900004444' }, { question: '备注', value: '腿脚不便,需要前排座位' }] }, me)).register.status).toBe('CONFIRMED')
    expect((await t.ok(REGISTER, { a: ids.activity, ans: [{ question: '联系方式', value: '13800005555' }, { question: '备注', value: '无' }] }, neighbour)).register.status).toBe('WAITLISTED')

    statsBefore = (await t.ok(STATS, { c: places.dongyingpan.id })).communityStats
    proposalBefore = (await t.ok(PROPOSAL, { id: ids.proposal }, committee)).proposal
  })
  afterAll(() => t?.close())

  it('exports every kind of thing about the person, as JSON and as readable Chinese in Beijing time', async () => {
    const { exportMyData: data } = await t.ok('{ exportMyData }', {}, me)
    expect(data.account).toMatchObject({ nickname: '孙阿姨', phone: '13900004444', realName: '孙小梅' })
    expect(data.households).toEqual([expect.objectContaining({ unit: '7', room: '701', relation: 'OWNER', compound_name: '众望小区' })])
    expect(data.householdClaims).toHaveLength(1)
    expect(data.issuesRaised.map((i: any) => i.title)).toEqual(['孙阿姨家门口路灯不亮', '家里电表箱冒烟'])
    expect(data.issuesRaised[0]).toMatchObject({ description: '7单元门口晚上很黑', photoIds: [ids.photo], isPublic: true })
    expect(data.issueRatings).toEqual([expect.objectContaining({ issueId: ids.public, rating: 4, comment: '谢谢网格员小王' })])
    expect(data.issueComments).toContainEqual(expect.objectContaining({ issueId: ids.private, kind: 'REOPENED', note: '晚上又冒烟了' }))
    expect(data.issueSupports.map((s: any) => s.issue_id)).toEqual([ids.other])
    expect(data.issueFollows.map((s: any) => s.issue_id)).toContain(ids.other)
    expect(data.proposalComments).toEqual([expect.objectContaining({ proposalId: ids.proposal, body: '我是 7 单元孙阿姨,赞成放在 3 号楼拐角' })])
    expect(data.proposalCosigns).toEqual([expect.objectContaining({ proposalId: ids.proposal })])
    expect(data.ballots).toEqual([{ proposalId: ids.proposal, proposalTitle: '东门新增长椅', householdId: expect.any(String), paper: false, receipt, castAt: expect.any(String) }])
    expect(JSON.stringify(data)).not.toContain(ids.option) // the choice is never exported
    expect(data.activityRegistrations).toEqual([expect.objectContaining({ activityId: ids.activity, status: 'CONFIRMED', answers: [{ question: '联系方式', type: 'PHONE', value: '13900004444' }, { question: '备注', type: 'TEXT', value: '腿脚不便,需要前排座位' }] })])
    expect(data.inbox.length).toBeGreaterThan(0)
    expect(data.uploads.map((u: any) => u.id)).toEqual([ids.photo])
    // Raising and following the two issues spent nothing yet: the one acceptance is still there.
    expect(data.subscribeConsents).toEqual([{ templateId: 'tmpl-issue', remaining: expect.any(Number), updatedAt: expect.any(String) }])

    const text = data.readable as string
    for (const heading of ['## 账号', '## 房屋(1)', '## 我的报事(2)', '## 我的评价(1)', '## 我在报事进展中写的话(2)', '## 我点过“我也遇到”的报事(1)', '## 我的议事评论(1)', '## 我的联署(1)', '## 我的活动报名(1)', '## 消息(', '## 允许接收的订阅消息(1)']) {
      expect(text).toContain(heading)
    }
    expect(text).toContain('[路灯照明] 「孙阿姨家门口路灯不亮」7单元门口晚上很黑')
    expect(text).toContain(`回执码 ${receipt}`)
    expect(text).not.toContain('3号楼拐角') // the option voted for
    expect(text).toMatch(/导出时间:\d{4}-\d{2}-\d{2} \d{2}:\d{2}\(北京时间\)/)
    const submittedAt = data.issuesRaised[0].submittedAt as string
    const beijing = new Date(Date.parse(submittedAt) + 8 * 3_600_000).toISOString().replace('T', ' ').slice(0, 16)
    expect(text).toContain(`${beijing} [路灯照明]`)
  })

  it('erases every personal field and file on deletion, and keeps every count and tally', async () => {
    await t.ok('mutation { deleteMyAccount }', {}, me)

    // The issues: no text, no photos (the file itself is gone), no name; staff and neighbours alike.
    for (const token of [grid1, neighbour]) {
      const pub = (await t.ok(ISSUE, { id: ids.public }, token)).issue
      expect(pub).toMatchObject({ description: '', spot: null, photos: [], reporter: { displayName: '已注销用户', phone: null, realName: null } })
      expect(pub.title).not.toContain('孙阿姨')
      expect(pub.timeline.every((e: any) => e.note === null)).toBe(true)
    }
    const priv = (await t.ok(ISSUE, { id: ids.private }, grid1)).issue
    expect(JSON.stringify(priv)).not.toMatch(/独居|钥匙|冒烟/)
    expect((await fetch(photoUrl)).status).toBe(404)
    expect(fs.existsSync(path.join(t.config.media.dir, photoFile))).toBe(false)
    const staffInbox = JSON.stringify((await t.ok('{ viewer { inbox(first: 100) { edges { node { body } } } } }', {}, grid1)).viewer.inbox)
    expect(staffInbox).not.toMatch(/孙阿姨|电表箱/)
    expect((await t.ok(ISSUE, { id: ids.other }, neighbour)).issue.supportCount).toBe(1)
    expect((await t.ok(STATS, { c: places.dongyingpan.id })).communityStats).toEqual(statsBefore)

    // The proposal: the comment's words are gone, the ballot and the co-sign still count.
    const proposal = (await t.ok(PROPOSAL, { id: ids.proposal }, committee)).proposal
    expect(proposal.cosignCount).toBe(proposalBefore.cosignCount)
    expect(proposal.options).toEqual(proposalBefore.options)
    expect(proposal.participation).toEqual(proposalBefore.participation)
    expect(proposal.comments).toEqual([{ body: '(该居民已注销,评论内容已删除)', author: { displayName: '已注销用户' } }])

    // The activity: my seat went to the one waiting (as a cancellation would), my answers and phone are gone.
    const activity = (await t.ok(ACTIVITY, { id: ids.activity }, admin)).activity
    expect(activity).toMatchObject({ confirmedSeats: 1, waitlistCount: 0 })
    const mine = activity.registrations.edges.map((e: any) => e.node).find((n: any) => n.person.displayName === '已注销用户')
    expect(mine).toEqual({ status: 'CANCELLED', person: { displayName: '已注销用户', phone: null, realName: null }, answers: [] })
    expect(activity.registrations.edges.map((e: any) => e.node.status)).toContain('CONFIRMED')
    const csv = (await t.ok('query($id: ID!) { registrationsCsv(activityId: $id) }', { id: ids.activity }, admin)).registrationsCsv as string
    expect(csv).not.toMatch(/4444|腿脚/)

    // Nothing personal is left in the rows either.
    const row = await t.gateway.db.selectFrom('accounts').selectAll().where('nickname', '=', '孙阿姨').execute()
    expect(row).toEqual([])
    const consents = await t.gateway.db.selectFrom('subscribe_consents').innerJoin('accounts', 'accounts.id', 'subscribe_consents.account_id').select('accounts.id').where('accounts.deleted_at', 'is not', null).execute()
    expect(consents).toEqual([]) // nothing may be sent to a deleted person
    const answers = await t.gateway.db.selectFrom('activity_registrations').select('answers').where('activity_id', '=', ids.activity).execute()
    expect(JSON.stringify(answers)).not.toContain('13900004444')
  })

  it('lists what is kept after deletion, and why, from the same parts that erase', async () => {
    const { personalDataKeptAfterDeletion: kept } = await t.ok('{ personalDataKeptAfterDeletion { what why } }')
    expect(kept.length).toBeGreaterThanOrEqual(8)
    expect(kept.map((k: any) => k.what).join('\n')).toMatch(/投票[\s\S]*报名/)
    for (const k of kept) expect(k.why.length).toBeGreaterThan(5)
  })
})
