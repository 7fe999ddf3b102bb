import { todayInBeijing } from '../../src/lib/beijing-time'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sweepProposals } from '../../gateway/modules/consult/sweep'
import { newBuilding, seedHouseholds } from './consult-fixture'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'

const CREATE = `mutation($input: CreateProposalInput!) { createProposal(input: $input) { id stage advisory options { id label pinX pinY } } }`
const ONE = `query($id: ID!) { proposal(id: $id) { id stage cosignCount cosignThreshold viewerHasCosigned viewerCanVote viewerVoteBlockedReason
  options { id label votes } participation { eligibleHouseholds votedHouseholds households area quorumReached }
  result { passed valid tie winningOptionIds participationHouseholds reason } viewerBallot { optionIds receipt assisted } timeline { kind stage } } }`
const VOTE = `mutation($p: ID!, $o: [ID!]!) { castBallot(proposalId: $p, optionIds: $o) { optionIds receipt } }`

describe.each(ENGINES)('consult on $name', (engine) => {
  let t: TestGateway
  let places: Awaited<ReturnType<typeof demoPlaces>>
  let committee: string
  let resident: string
  beforeAll(async () => {
    t = await startGateway(engine)
    places = await demoPlaces(t)
    committee = await t.signIn('committee-zhongwang')
    resident = await t.signIn('resident-changbaoe')
  })
  afterAll(() => t?.close())

  /** A proposal taken to VOTING: drafted by 常阿姨, co-signed by 5 households, voting open for `seconds`. */
  async function votingProposal(input: Record<string, unknown>, seconds = 60) {
    const { createProposal: p } = await t.ok(CREATE, { input: { compoundId: places.zhongwang.id, title: '东门增设路灯', background: '东门晚上太黑', question: '路灯装在哪里?', matter: 'ADVISORY', ballotKind: 'SINGLE', ...input } }, resident)
    await t.ok('mutation($id: ID!) { submitProposal(id: $id) { stage } }', { id: p.id }, resident)
    await t.ok('mutation($id: ID!) { openDiscussion(id: $id) { stage } }', { id: p.id }, committee)
    await t.ok('mutation($id: ID!, $at: DateTime!) { openVoting(id: $id, closesAt: $at) { stage } }', { id: p.id, at: new Date(Date.now() + seconds * 1000).toISOString() }, committee)
    return p as { id: string; options: { id: string; label: string }[] }
  }

  it('drafts with pins, co-signs to discussion with one co-sign per household, and refuses strangers', async () => {
    const input = { compoundId: places.zhongwang.id, title: '东门路灯装在哪里', background: '东门晚上太黑,老人出门不方便。', question: '新路灯装在哪个位置?', matter: 'ADVISORY', ballotKind: 'SINGLE',
      options: [{ label: '东门岗亭旁', pinX: 0.82, pinY: 0.4 }, { label: '3号楼拐角', pinX: 0.55, pinY: 0.62 }] }
    expect(await t.code(CREATE, { input })).toBe('UNAUTHENTICATED')
    expect(await t.code(CREATE, { input }, await t.signIn('resident-outsider'))).toBe('FORBIDDEN')
    expect(await t.code(CREATE, { input: { ...input, options: [{ label: '东门', pinX: 1.2, pinY: 0.4 }] } }, resident)).toBe('BAD_USER_INPUT')
    expect(await t.code(CREATE, { input: { ...input, matter: 'REBUILD' } }, resident)).toBe('BAD_USER_INPUT') // article 278 needs yes/no/abstain
    const { createProposal: p } = await t.ok(CREATE, { input }, resident)
    expect(p).toMatchObject({ stage: 'DRAFT', advisory: true, options: [{ label: '东门岗亭旁', pinX: 0.82, pinY: 0.4 }, { label: '3号楼拐角', pinX: 0.55, pinY: 0.62 }] })
    expect((await t.ok(ONE, { id: p.id }, committee)).proposal).toBeNull() // a draft is its author's
    expect(await t.code('mutation($id: ID!) { submitProposal(id: $id) { stage } }', { id: p.id }, committee)).toBe('NOT_FOUND')
    await t.ok('mutation($id: ID!) { submitProposal(id: $id) { stage } }', { id: p.id }, resident)
    const COSIGN = 'mutation($id: ID!) { cosignProposal(id: $id) { stage cosignCount } }'
    expect(await t.code(COSIGN, { id: p.id }, resident)).toBe('FORBIDDEN') // the author's own household
    const neighbours = await seedHouseholds(t, places.building('2号楼').id, 'cosign', 5, 2)
    const tokens = await Promise.all(neighbours.flatMap((h) => h.handles).map((handle) => t.signIn(handle)))
    // Only a verified household other than the author's is offered 联署: not the committee, not the author.
    const CAN = 'query($id: ID!) { proposal(id: $id) { viewerCanCosign } }'
    expect((await t.ok(CAN, { id: p.id }, committee)).proposal.viewerCanCosign).toBe(false)
    expect((await t.ok(CAN, { id: p.id }, resident)).proposal.viewerCanCosign).toBe(false)
    expect((await t.ok(CAN, { id: p.id }, tokens[0])).proposal.viewerCanCosign).toBe(true)
    // Both members of each household tap at once: five households, five co-signs.
    await Promise.all(tokens.slice(0, 8).map((tok) => t.ok(COSIGN, { id: p.id }, tok)))
    expect((await t.ok(ONE, { id: p.id }, resident)).proposal).toMatchObject({ stage: 'COSIGNING', cosignCount: 4, cosignThreshold: 5 })
    expect((await t.ok(COSIGN, { id: p.id }, tokens[8])).cosignProposal).toEqual({ stage: 'DISCUSSION', cosignCount: 5 })
    expect((await t.ok(COSIGN, { id: p.id }, tokens[9])).cosignProposal.cosignCount).toBe(5) // idempotent per household
    const inbox = await t.ok('{ viewer { inbox { edges { node { kind subjectId } } } } }', {}, tokens[0])
    expect(inbox.viewer.inbox.edges.map((e: any) => e.node)).toContainEqual({ kind: 'PROPOSAL_DISCUSSION', subjectId: p.id })
  })

  it('refuses a multiple-choice ballot allowing more choices than it has options, at drafting and at opening the vote', async () => {
    const base = { compoundId: places.zhongwang.id, title: '健身器材选哪些', background: '小广场要添器材', question: '选哪几样?', matter: 'ADVISORY', ballotKind: 'MULTIPLE' }
    const three = [{ label: '单杠' }, { label: '漫步机' }, { label: '扭腰器' }]
    expect(await t.code(CREATE, { input: { ...base, options: three, maxChoices: 4 } }, resident)).toBe('BAD_USER_INPUT')
    expect(await t.code(CREATE, { input: { ...base, maxChoices: 21 } }, resident)).toBe('BAD_USER_INPUT')
    expect((await t.ok(CREATE, { input: { ...base, options: three, maxChoices: 3 } }, resident)).createProposal.options).toHaveLength(3)
    // Drafted with no options yet, then only two added in discussion: voting for "up to 3" cannot open.
    const { createProposal: p } = await t.ok(CREATE, { input: { ...base, maxChoices: 3 } }, resident)
    await t.ok('mutation($id: ID!) { submitProposal(id: $id) { stage } }', { id: p.id }, resident)
    await t.ok('mutation($id: ID!) { openDiscussion(id: $id) { stage } }', { id: p.id }, committee)
    for (const label of ['单杠', '漫步机']) await t.ok('mutation($i: AddOptionInput!) { addOption(input: $i) { id } }', { i: { proposalId: p.id, label } }, resident)
    const OPEN = 'mutation($id: ID!, $at: DateTime!) { openVoting(id: $id, closesAt: $at) { stage } }'
    const at = new Date(Date.now() + 60_000).toISOString()
    expect(await t.code(OPEN, { id: p.id, at }, committee)).toBe('BAD_USER_INPUT')
    await t.ok('mutation($i: AddOptionInput!) { addOption(input: $i) { id } }', { i: { proposalId: p.id, label: '扭腰器' } }, resident)
    expect((await t.ok(OPEN, { id: p.id, at }, committee)).openVoting.stage).toBe('VOTING')
  })

  it('discusses: replies one level deep, reports once, staff hide, advisors apart, amendments with pins', async () => {
    const { createProposal: p } = await t.ok(CREATE, { input: { compoundId: places.zhongwang.id, title: '摄像头位置', background: '车棚有盲区', question: '装在哪里?', matter: 'ADVISORY', ballotKind: 'SINGLE', options: [{ label: '车棚入口' }] } }, resident)
    await t.ok('mutation($id: ID!) { submitProposal(id: $id) { stage } }', { id: p.id }, resident)
    await t.ok('mutation($id: ID!) { openDiscussion(id: $id) { stage } }', { id: p.id }, committee)
    expect(await t.code('mutation($id: ID!) { openDiscussion(id: $id) { stage } }', { id: p.id }, committee)).toBe('CONFLICT')
    const COMMENT = 'mutation($input: AddCommentInput!) { addComment(input: $input) { id kind } }'
    const { addComment: c } = await t.ok(COMMENT, { input: { proposalId: p.id, body: '车棚入口最需要' } }, resident)
    const neighbour = await t.signIn('resident-zhongwang-2')
    const { addComment: reply } = await t.ok(COMMENT, { input: { proposalId: p.id, body: '同意', parentId: c.id } }, neighbour)
    expect(await t.code(COMMENT, { input: { proposalId: p.id, body: '再回复', parentId: reply.id } }, resident)).toBe('BAD_USER_INPUT')
    expect(await t.code(COMMENT, { input: { proposalId: p.id, body: '赌博' } }, resident)).toBe('BAD_USER_INPUT')
    expect((await t.ok(COMMENT, { input: { proposalId: p.id, body: '从物业管理角度,建议选车棚入口并配补光灯。' } }, await t.signIn('advisor-zhongwang'))).addComment.kind).toBe('ADVISOR')
    await t.ok('mutation($id: ID!) { reportComment(id: $id) { id } }', { id: reply.id }, resident)
    await t.ok('mutation($id: ID!) { reportComment(id: $id) { id } }', { id: reply.id }, resident)
    expect(await t.code('mutation($id: ID!) { hideComment(id: $id, hidden: true) { id } }', { id: reply.id }, resident)).toBe('FORBIDDEN')
    await t.ok('mutation($id: ID!) { hideComment(id: $id, hidden: true) { id } }', { id: reply.id }, committee)
    const READ = `query($id: ID!) { proposal(id: $id) { comments { body replies { body hidden reportCount } } opinions { body } } }`
    expect((await t.ok(READ, { id: p.id }, resident)).proposal.comments[0].replies[0]).toEqual({ body: '(该评论已被隐藏)', hidden: true, reportCount: 0 })
    expect((await t.ok(READ, { id: p.id }, committee)).proposal.comments[0].replies[0]).toEqual({ body: '同意', hidden: true, reportCount: 1 })
    expect((await t.ok(READ, { id: p.id }, resident)).proposal.opinions).toHaveLength(1)
    const ADD = 'mutation($input: AddOptionInput!) { addOption(input: $input) { label amendment pinX } }'
    expect((await t.ok(ADD, { input: { proposalId: p.id, label: '2号楼后门', pinX: 0.3, pinY: 0.7 } }, neighbour)).addOption).toEqual({ label: '2号楼后门', amendment: true, pinX: 0.3 })
    expect(await t.code(ADD, { input: { proposalId: p.id, label: '外人' } }, await t.signIn('resident-outsider-2'))).toBe('NOT_FOUND')
  })

  it('counts 200 ballots cast at once by 4 members of each of 50 households as 50, changes never count twice, and keeps ballots secret', async () => {
    const households = await seedHouseholds(t, places.building('5号楼').id, 'vote', 50, 4)
    const p = await votingProposal({ options: [{ label: '东门岗亭旁' }, { label: '3号楼拐角' }] })
    const [a, b] = p.options
    const members = households.flatMap((h, i) => h.handles.map((handle) => ({ handle, choice: i % 2 === 0 ? a!.id : b!.id })))
    const tokens = await Promise.all(members.map((m) => t.signIn(m.handle)))
    await Promise.all(members.map((m, i) => t.ok(VOTE, { p: p.id, o: [m.choice] }, tokens[i])))
    const during = (await t.ok(ONE, { id: p.id }, tokens[0])).proposal
    expect(during.participation.votedHouseholds).toBe(50)
    expect(during.options.map((o: any) => o.votes)).toEqual([null, null]) // counts only after closing
    expect(during.viewerBallot.optionIds).toEqual([a!.id])
    // A second member changes the household's ballot: still one household.
    await t.ok(VOTE, { p: p.id, o: [b!.id] }, tokens[1])
    expect((await t.ok(ONE, { id: p.id }, tokens[0])).proposal.viewerBallot.optionIds).toEqual([b!.id])
    expect((await t.ok(ONE, { id: p.id }, tokens[0])).proposal.participation.votedHouseholds).toBe(50)
    const count = await t.gateway.db.selectFrom('ballots').select((eb) => eb.fn.countAll<number>().as('n')).where('proposal_id', '=', p.id).executeTakeFirstOrThrow()
    expect(Number(count.n)).toBe(50)
    // Nobody reads another household's choice: not the committee, not a neighbour.
    expect((await t.ok(ONE, { id: p.id }, committee)).proposal.viewerBallot).toBeNull()
    expect((await t.ok(ONE, { id: p.id }, resident)).proposal.viewerBallot).toBeNull()
    expect(await t.code(VOTE, { p: p.id, o: [a!.id, b!.id] }, tokens[0])).toBe('BAD_USER_INPUT')
    expect(await t.code(VOTE, { p: p.id, o: [a!.id] }, await t.signIn('resident-outsider-3'))).toBe('NOT_FOUND')
    expect(await t.code(VOTE, { p: p.id, o: [a!.id] }, committee)).toBe('FORBIDDEN')
  })

  it('refuses tenants on article 278 matters, ballots after the closing time, and closes with the tally', async () => {
    // A building of its own, its six owners on the roster: an owners' vote counts the roster.
    const buildingId = await newBuilding(t, places.zhongwang.id, '外墙测试楼')
    const owners = await seedHouseholds(t, buildingId, 'own278', 6, 1, 'OWNER', 100, { roster: true })
    const tenants = await seedHouseholds(t, buildingId, 'ten278', 1, 1, 'TENANT', 100)
    // The building is the scope: only its households vote.
    const { createProposal: p } = await t.ok(CREATE, { input: { compoundId: places.zhongwang.id, buildingId, title: '6号楼外墙翻新', background: '外墙脱落', question: '是否使用维修资金翻新外墙?', matter: 'USE_MAINTENANCE_FUND', ballotKind: 'YES_NO_ABSTAIN' } }, await t.signIn(owners[0]!.handles[0]!))
    expect(p.options.map((o: any) => o.label)).toEqual(['同意', '反对', '弃权'])
    await t.ok('mutation($id: ID!) { submitProposal(id: $id) { stage } }', { id: p.id }, await t.signIn(owners[0]!.handles[0]!))
    await t.ok('mutation($id: ID!) { openDiscussion(id: $id) { stage } }', { id: p.id }, committee)
    await t.ok('mutation($id: ID!, $at: DateTime!) { openVoting(id: $id, closesAt: $at) { stage } }', { id: p.id, at: new Date(Date.now() + 2500).toISOString() }, committee)
    const [yes, no] = p.options
    const tenant = await t.signIn(tenants[0]!.handles[0]!)
    expect((await t.ok(ONE, { id: p.id }, tenant)).proposal).toMatchObject({ viewerCanVote: false, viewerVoteBlockedReason: '这是业主共同决定事项,只有认证为业主的住户可以投票' })
    expect(await t.code(VOTE, { p: p.id, o: [yes.id] }, tenant)).toBe('FORBIDDEN')
    expect(await t.code(VOTE, { p: p.id, o: [yes.id] }, resident)).toBe('NOT_FOUND') // 1号楼: outside this building's scope
    const tokens = await Promise.all(owners.map((o) => t.signIn(o.handles[0]!)))
    for (const [i, tok] of tokens.slice(0, 5).entries()) await t.ok(VOTE, { p: p.id, o: [i < 3 ? yes.id : no.id] }, tok)
    expect(await t.code('mutation($id: ID!) { closeVoting(id: $id) { stage } }', { id: p.id }, committee)).toBe('CONFLICT') // not yet closed
    await new Promise((r) => setTimeout(r, 2600))
    expect(await t.code(VOTE, { p: p.id, o: [yes.id] }, tokens[5])).toBe('CONFLICT') // after the closing time, before the committee closes
    expect(await t.code('mutation($id: ID!) { closeVoting(id: $id) { stage } }', { id: p.id }, tokens[0])).toBe('FORBIDDEN')
    expect((await t.ok('mutation($id: ID!) { closeVoting(id: $id) { stage } }', { id: p.id }, committee)).closeVoting.stage).toBe('PASSED')
    const closed = (await t.ok(ONE, { id: p.id }, tokens[0])).proposal
    expect(closed.result).toMatchObject({ passed: true, valid: true, tie: false, winningOptionIds: [yes.id] })
    expect(closed.result.participationHouseholds).toBeCloseTo(5 / 6)
    expect(closed.options.map((o: any) => o.votes)).toEqual([3, 2, 0])
  })

  it('turns a passed proposal into an action plan the households accept', async () => {
    const voters = await seedHouseholds(t, places.building('3号楼').id, 'act', 3)
    const p = await votingProposal({ options: [{ label: '东门' }, { label: '西门' }] }, 2)
    const tokens = await Promise.all(voters.map((v) => t.signIn(v.handles[0]!)))
    for (const tok of tokens) await t.ok(VOTE, { p: p.id, o: [p.options[0]!.id] }, tok)
    await new Promise((r) => setTimeout(r, 2100))
    await t.ok('mutation($id: ID!) { closeVoting(id: $id) { stage } }', { id: p.id }, committee)
    await t.ok('mutation($id: ID!) { writeOutcome(id: $id, outcome: "东门装两盏路灯,12月底前完成。") { outcome } }', { id: p.id }, committee)
    const TASK = 'mutation($p: ID!, $input: TaskInput!) { addTask(proposalId: $p, input: $input) { id status budgetCents } }'
    expect(await t.code(TASK, { p: p.id, input: { title: '采购路灯', ownerName: '杨管家', budgetCents: 120000 } }, tokens[0])).toBe('FORBIDDEN')
    const { addTask: task } = await t.ok(TASK, { p: p.id, input: { title: '采购路灯', ownerName: '杨管家', dueDate: '2026-12-20', budgetCents: 120000 } }, committee)
    // The spending goes to the compound's ledger (收支公开) and counts once a second committee member approved it.
    expect((await t.ok('mutation($id: ID!) { updateTask(id: $id, input: { status: DONE, spentCents: 98000, note: "两盏路灯已安装" }) { status spentCents pendingSpentFen } }', { id: task.id }, committee)).updateTask).toEqual({ status: 'DONE', spentCents: 0, pendingSpentFen: '98000' })
    const second = await t.signIn('committee-zhongwang-second')
    await t.ok('mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }', { input: { personId: (await t.ok('{ viewer { id } }', {}, second)).viewer.id, role: 'COMMITTEE', scopeId: places.zhongwang.id } }, await t.signIn('admin-dongyingpan'))
        const month = todayInBeijing().slice(0, 7)
    const pending = (await t.ok('query($c: ID!, $m: String!) { financeEntries(compoundId: $c, period: $m, pending: true) { edges { node { id amountFen account } } } }', { c: places.zhongwang.id, m: month }, second)).financeEntries.edges.map((e: any) => e.node)
    const spending = pending.find((e: any) => e.amountFen === '98000')
    expect(spending.account).toBe('REPAIR')
    await t.ok('mutation($id: ID!) { approveFinanceEntry(id: $id) { status } }', { id: spending.id }, second)
    expect(await t.code('mutation($id: ID!) { answerAcceptance(id: $id, accept: true) { stage } }', { id: p.id }, tokens[0])).toBe('CONFLICT')
    await t.ok('mutation($id: ID!) { finishWork(id: $id) { acceptanceOpen } }', { id: p.id }, committee)
    await t.ok('mutation($id: ID!) { answerAcceptance(id: $id, accept: true) { stage } }', { id: p.id }, tokens[0])
    await t.ok('mutation($id: ID!) { answerAcceptance(id: $id, accept: true) { stage } }', { id: p.id }, tokens[1])
    await t.ok('mutation($id: ID!) { answerAcceptance(id: $id, accept: false) { stage } }', { id: p.id }, tokens[2])
    const done = (await t.ok('mutation($id: ID!) { closeAcceptance(id: $id) { stage } }', { id: p.id }, committee)).closeAcceptance
    expect(done.stage).toBe('DONE')
    const read = (await t.ok('query($id: ID!) { proposal(id: $id) { stage outcome budgetCents spentCents timeline { kind } } }', { id: p.id }, tokens[0])).proposal
    expect(read).toMatchObject({ stage: 'DONE', outcome: '东门装两盏路灯,12月底前完成。', budgetCents: 120000, spentCents: 98000 })
    expect(read.timeline.map((e: any) => e.kind)).toEqual(['DRAFTED', 'SUBMITTED', 'DISCUSSION_OPENED', 'VOTING_OPENED', 'VOTING_CLOSED', 'ACTING_STARTED', 'TASK_ADDED', 'ACCEPTANCE_OPENED', 'ACCEPTED'])
  })

  it('withdraws proposals whose co-signing time ran out', async () => {
    const { createProposal: p } = await t.ok(CREATE, { input: { compoundId: places.zhongwang.id, title: '增设快递柜', background: '快递太多', question: '要不要装?', matter: 'ADVISORY', ballotKind: 'YES_NO_ABSTAIN' } }, resident)
    await t.ok('mutation($id: ID!) { submitProposal(id: $id) { stage } }', { id: p.id }, resident)
    await sweepProposals(t.gateway.db, new Date(Date.now() + 8 * 86_400_000))
    expect((await t.ok(ONE, { id: p.id }, resident)).proposal.stage).toBe('WITHDRAWN')
  })
})

describe('consult demo data', () => {
  it('gives 众望小区 a site plan anyone signed in can load, and a lights proposal under discussion with two pins', async () => {
    const t = await startGateway(ENGINES[0]!)
    try {
      const resident = await t.signIn('resident-changbaoe')
      const data = await t.ok<any>('{ proposals { edges { node { title stage advisory sitePlan { url mime } options { label pinX pinY } compound { consultSettings { cosignThreshold cosignDays } } } } } }', {}, resident)
      const lights = data.proposals.edges.map((e: any) => e.node).find((p: any) => p.title === '东门新增路灯装在哪里?')
      expect(lights).toMatchObject({ stage: 'DISCUSSION', advisory: true, sitePlan: { mime: 'image/png' }, compound: { consultSettings: { cosignThreshold: 5, cosignDays: 7 } } })
      expect(lights.options.map((o: any) => o.label)).toEqual(['东门岗亭旁', '车棚入口'])
      const image = await fetch(lights.sitePlan.url)
      expect(image.status).toBe(200)
      expect(image.headers.get('content-type')).toBe('image/png')
    } finally {
      await t.close()
    }
  })
})
