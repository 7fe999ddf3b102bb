import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sweepProposals } from '../../gateway/modules/consult/sweep'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'
import { newBuilding, seedHouseholds } from './consult-fixture'

// 报事 → 议事: clusters at the compound's threshold and radius, a proposal drafted from one, its
// stages on the issues' timelines, and the accepted work resolving the issues.

const RAISE = 'mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { id } }'
const SUPPORT = 'mutation($id: ID!) { supportIssue(id: $id) { id } }'
const CLUSTERS = 'query($c: ID!) { issueClusters(compoundId: $c) { id category place households privateCount suggestedTitle publicIssues { id title } } }'
const PROPOSE = 'mutation($input: ProposeFromClusterInput!) { proposeFromCluster(input: $input) { id stage title background issues { id } hiddenIssueCount options { id label } } }'
const ISSUE = 'query($id: ID!) { issue(id: $id) { status viewerNextSteps timeline { kind note } linkedProposal { id title stage proposal { id } } } }'
const PROPOSAL_ISSUES = 'query($id: ID!) { proposal(id: $id) { issues { id } hiddenIssueCount } }'
const SETTINGS = 'mutation($c: ID!, $n: Int!, $r: Int!) { updateClusterSettings(compoundId: $c, threshold: $n, radiusM: $r) { clusterThreshold clusterRadiusM } }'

describe.each(ENGINES)('issue clusters on $name', (engine) => {
  let t: TestGateway
  let places: Awaited<ReturnType<typeof demoPlaces>>
  let committee: string
  let grid: string
  let compoundId: string
  let tokens: string[]
  let buildingA: string
  let buildingB: string
  let buildingC: string

  const raise = (token: string, input: Record<string, unknown>) =>
    t.ok(RAISE, { input: { category: 'LIGHTING', title: '东门路灯不亮', description: '晚上很黑', isPublic: true, ...input } }, token).then((r) => r.raiseIssue.id as string)
  const mine = async (category: string, token = committee) => {
    const clusters = (await t.ok(CLUSTERS, { c: compoundId }, token)).issueClusters as any[]
    return clusters.filter((c) => c.category === category)
  }

  beforeAll(async () => {
    t = await startGateway(engine)
    places = await demoPlaces(t)
    compoundId = places.zhongwang.id
    committee = await t.signIn('committee-zhongwang')
    buildingA = await newBuilding(t, compoundId, '聚集测试A楼')
    buildingB = await newBuilding(t, compoundId, '聚集测试B楼')
    buildingC = await newBuilding(t, compoundId, '聚集测试C楼')
    const households = await seedHouseholds(t, buildingA, 'clu', 6)
    tokens = await Promise.all(households.map((h) => t.signIn(h.handles[0]!)))
    // The grid worker of the new buildings' grid handles their issues (and may read the private ones).
    const gridOf = await t.gateway.db.selectFrom('buildings').select('grid_id').where('id', '=', buildingA).executeTakeFirstOrThrow()
    const worker = await t.gateway.db.selectFrom('role_assignments').innerJoin('accounts', 'accounts.id', 'role_assignments.account_id').select('accounts.handle').where('role', '=', 'GRID_WORKER').where('scope_id', '=', gridOf.grid_id).executeTakeFirstOrThrow()
    grid = await t.signIn(worker.handle!)
  })
  afterAll(() => t?.close())

  it('suggests a cluster once its households reach the threshold, listing public issues and counting private ones', async () => {
    expect(await t.code(SETTINGS, { c: compoundId, n: 3, r: 30 }, tokens[0])).toBe('FORBIDDEN')
    expect(await t.code(SETTINGS, { c: compoundId, n: 1, r: 30 }, committee)).toBe('BAD_USER_INPUT')
    expect((await t.ok(SETTINGS, { c: compoundId, n: 4, r: 30 }, committee)).updateClusterSettings).toEqual({ clusterThreshold: 4, clusterRadiusM: 30 })
    const first = await raise(tokens[0]!, { category: 'SANITATION', title: 'A楼垃圾堆放', buildingId: buildingA, spot: '北侧' })
    await t.ok(SUPPORT, { id: first }, tokens[1])
    await raise(tokens[2]!, { category: 'SANITATION', title: '垃圾没人清', buildingId: buildingA, isPublic: false })
    expect(await mine('SANITATION')).toEqual([]) // three households: under four
    await t.ok(SUPPORT, { id: first }, tokens[1]) // the same household again counts once
    expect(await mine('SANITATION')).toEqual([])
    await t.ok(SUPPORT, { id: first }, tokens[3])
    const [cluster] = await mine('SANITATION')
    expect(cluster).toMatchObject({ households: 4, privateCount: 1, place: '聚集测试A楼', publicIssues: [{ id: first, title: 'A楼垃圾堆放' }] })
    expect(cluster.suggestedTitle).toBe('关于聚集测试A楼环境卫生问题的议事')
    // A verified resident sees the same; someone of another compound does not.
    expect((await mine('SANITATION', tokens[4]))[0]).toEqual(cluster)
    expect(await t.code(CLUSTERS, { c: compoundId }, await t.signIn('outsider-clusters'))).toBe('FORBIDDEN')
  })

  it('joins issues of different buildings by stored points within the radius, not beyond it', async () => {
    const near = { latitude: 37.8571, longitude: 113.5801 }
    const within = { latitude: 37.8572, longitude: 113.5802 } // ≈ 14 m
    const beyond = { latitude: 37.8580, longitude: 113.5801 } // ≈ 100 m
    await raise(tokens[0]!, { category: 'SURVEILLANCE', title: '摄像头坏了', buildingId: buildingA, ...near })
    const b = await raise(tokens[1]!, { category: 'SURVEILLANCE', title: '监控看不到', buildingId: buildingB, ...beyond })
    await t.ok(SUPPORT, { id: b }, tokens[2])
    await t.ok(SUPPORT, { id: b }, tokens[3])
    expect(await mine('SURVEILLANCE')).toEqual([]) // 1 + 3 households, but 100 m apart: two places
    await raise(tokens[4]!, { category: 'SURVEILLANCE', title: '监控死角', buildingId: buildingC, ...within })
    expect(await mine('SURVEILLANCE')).toEqual([]) // the new one is near A's, not B's: 2 and 3
    await t.ok(SETTINGS, { c: compoundId, n: 4, r: 150 }, committee)
    const [cluster] = await mine('SURVEILLANCE')
    expect(cluster).toMatchObject({ households: 5, place: '聚集测试A楼等处' })
    expect(cluster.publicIssues).toHaveLength(3)
    await t.ok(SETTINGS, { c: compoundId, n: 4, r: 30 }, committee)
  })

  it('turns a cluster into a linked draft once, and the accepted work resolves the issues', async () => {
    const [cluster] = await mine('SANITATION')
    const issueIds = cluster.publicIssues.map((i: any) => i.id)
    // Two at once (the committee and a resident): one draft links the issues, the other is refused.
    const both = await Promise.all([committee, tokens[5]!].map((tok) => t.gql(PROPOSE, { input: { compoundId, clusterId: cluster.id } }, tok)))
    const made = both.filter((r) => r.data?.proposeFromCluster)
    expect(made).toHaveLength(1)
    expect(both.find((r) => r.errors)?.errors?.[0]?.extensions?.code).toMatch(/CONFLICT|NOT_FOUND/)
    const draft = made[0]!.data!.proposeFromCluster
    const author = both[0]!.data ? committee : tokens[5]!
    expect(draft).toMatchObject({ stage: 'DRAFT', title: '关于聚集测试A楼环境卫生问题的议事', hiddenIssueCount: 1 })
    expect(draft.background).toContain('4 户居民反映')
    expect(draft.background).toContain('另有 1 条未公开的报事')
    expect(draft.background).not.toContain('垃圾没人清')
    expect(await mine('SANITATION')).toEqual([]) // taken up
    expect(await t.code(PROPOSE, { input: { compoundId, clusterId: cluster.id } }, committee)).toBe('NOT_FOUND')

    const reporter = tokens[0]!
    const linked = (await t.ok(ISSUE, { id: issueIds[0] }, reporter)).issue
    expect(linked.linkedProposal).toMatchObject({ id: draft.id, stage: 'DRAFT', proposal: null }) // a draft: only its author opens it
    expect(linked.timeline.map((e: any) => e.kind)).toEqual(['SUBMITTED', 'PROPOSAL_LINKED'])

    await t.ok('mutation($id: ID!) { submitProposal(id: $id) { stage } }', { id: draft.id }, author)
    const inbox = async (tok: string) => (await t.ok('{ viewer { inbox(first: 50) { edges { node { kind subjectId } } } } }', {}, tok)).viewer.inbox.edges.map((e: any) => e.node)
    expect(await inbox(reporter)).toContainEqual({ kind: 'PROPOSAL_FROM_ISSUES_COSIGNING', subjectId: draft.id })
    expect(await inbox(tokens[3]!)).toContainEqual({ kind: 'PROPOSAL_FROM_ISSUES_COSIGNING', subjectId: draft.id }) // a supporter
    // The private issue's reporter hears too (their own issue), the issue list stays private.
    expect(await inbox(tokens[2]!)).toContainEqual({ kind: 'PROPOSAL_FROM_ISSUES_COSIGNING', subjectId: draft.id })
    expect((await t.ok(PROPOSAL_ISSUES, { id: draft.id }, tokens[4])).proposal).toEqual({ issues: [{ id: issueIds[0] }], hiddenIssueCount: 1 })
    expect((await t.ok(PROPOSAL_ISSUES, { id: draft.id }, grid)).proposal.hiddenIssueCount).toBe(0) // the handler reads the private one

    await t.ok('mutation($id: ID!) { openDiscussion(id: $id) { stage } }', { id: draft.id }, committee)
    await t.ok('mutation($id: ID!, $at: DateTime!) { openVoting(id: $id, closesAt: $at) { stage } }', { id: draft.id, at: new Date(Date.now() + 2000).toISOString() }, committee)
    const reads = (await t.ok('query($id: ID!) { proposal(id: $id) { options { id label } } }', { id: draft.id }, reporter)).proposal.options
    for (const tok of tokens.slice(0, 3)) await t.ok('mutation($p: ID!, $o: [ID!]!) { castBallot(proposalId: $p, optionIds: $o) { receipt } }', { p: draft.id, o: [reads[0].id] }, tok)
    await new Promise((r) => setTimeout(r, 2100))
    expect((await t.ok('mutation($id: ID!) { closeVoting(id: $id) { stage } }', { id: draft.id }, committee)).closeVoting.stage).toBe('PASSED')
    await t.ok('mutation($p: ID!, $input: TaskInput!) { addTask(proposalId: $p, input: $input) { id } }', { p: draft.id, input: { title: '增设垃圾桶', ownerName: '杨管家' } }, committee)
    await t.ok('mutation($id: ID!) { finishWork(id: $id) { acceptanceOpen } }', { id: draft.id }, committee)
    for (const tok of tokens.slice(0, 2)) await t.ok('mutation($id: ID!) { answerAcceptance(id: $id, accept: true) { stage } }', { id: draft.id }, tok)
    expect((await t.ok('mutation($id: ID!) { closeAcceptance(id: $id) { stage } }', { id: draft.id }, committee)).closeAcceptance.stage).toBe('DONE')

    const resolved = (await t.ok(ISSUE, { id: issueIds[0] }, reporter)).issue
    expect(resolved.status).toBe('RESOLVED')
    expect(resolved.viewerNextSteps).toEqual(['CLOSED', 'REOPENED'])
    expect(resolved.linkedProposal).toMatchObject({ stage: 'DONE', proposal: { id: draft.id } })
    expect(resolved.timeline.map((e: any) => e.kind)).toEqual(['SUBMITTED', 'PROPOSAL_LINKED', 'PROPOSAL_STAGE', 'PROPOSAL_STAGE', 'PROPOSAL_STAGE', 'PROPOSAL_STAGE', 'PROPOSAL_STAGE', 'PROPOSAL_STAGE', 'RESOLVED_BY_PROPOSAL'])
    expect(resolved.timeline.at(-1).note).toContain(`议事「${draft.title}」`)
    expect(await inbox(reporter)).toContainEqual({ kind: 'ISSUE_RESOLVED_BY_PROPOSAL', subjectId: issueIds[0] })
    // The private one resolved the same way; its reporter confirms as after any resolution.
    const [privateId] = (await t.gateway.db.selectFrom('proposal_issues').select('issue_id').where('proposal_id', '=', draft.id).execute()).map((r) => r.issue_id).filter((id) => !issueIds.includes(id))
    expect((await t.ok(ISSUE, { id: privateId }, tokens[2])).issue.status).toBe('RESOLVED')
    expect((await t.ok('mutation($id: ID!) { confirmIssue(id: $id, rating: 5) { status } }', { id: privateId }, tokens[2])).confirmIssue.status).toBe('CLOSED')
  })

  /** A cluster of four households in building A (one issue, three "me too"), turned into a draft by the committee and submitted. */
  async function submittedFromCluster(category: string, title: string) {
    const issueId = await raise(tokens[0]!, { category, title, buildingId: buildingA, spot: '南门' })
    for (const tok of tokens.slice(1, 4)) await t.ok(SUPPORT, { id: issueId }, tok)
    const [cluster] = await mine(category)
    const draft = (await t.ok(PROPOSE, { input: { compoundId, clusterId: cluster.id } }, committee)).proposeFromCluster
    await t.ok('mutation($id: ID!) { submitProposal(id: $id) { stage } }', { id: draft.id }, committee)
    return { issueId, proposalId: draft.id as string, title: draft.title as string }
  }

  it('co-signing that runs out by the clock shows on the linked issues, and the issues cluster again', async () => {
    const made = await submittedFromCluster('REPAIR_HARDWARE', '南门门禁坏了')
    expect(await mine('REPAIR_HARDWARE')).toEqual([])
    expect((await sweepProposals(t.gateway.db, new Date(Date.now() + 60 * 86_400_000))).expired).toBeGreaterThanOrEqual(1)
    const issue = (await t.ok(ISSUE, { id: made.issueId }, tokens[0])).issue
    expect(issue.status).toBe('SUBMITTED') // nothing resolved: only told
    expect(issue.linkedProposal).toMatchObject({ id: made.proposalId, stage: 'WITHDRAWN' })
    expect(issue.timeline.map((e: any) => [e.kind, e.note])).toEqual([
      ['SUBMITTED', null],
      ['PROPOSAL_LINKED', `已据此发起议事「${made.title}」(起草中)`],
      ['PROPOSAL_STAGE', `议事「${made.title}」联署中`],
      ['PROPOSAL_STAGE', `议事「${made.title}」已撤回`],
    ])
    // Withdrawn: the same households' issues are a cluster to propose again.
    expect((await mine('REPAIR_HARDWARE'))[0]).toMatchObject({ households: 4, publicIssues: [{ id: made.issueId }] })
  })

  it('an owners’ vote closed by the clock or by the committee shows its result on the linked issues', async () => {
    for (const [category, by] of [['LIGHTING', 'clock'], ['BUSINESS_SERVICE', 'committee']] as const) {
      const made = await submittedFromCluster(category, `南门${category}问题`)
      await t.ok('mutation($id: ID!) { openDiscussion(id: $id) { stage } }', { id: made.proposalId }, committee)
      const closesAt = new Date(Date.now() + (by === 'clock' ? 60_000 : 1500)).toISOString()
      await t.ok('mutation($id: ID!, $at: DateTime!) { openVoting(id: $id, closesAt: $at, ownersVote: true) { stage } }', { id: made.proposalId, at: closesAt }, committee)
      if (by === 'clock') expect((await sweepProposals(t.gateway.db, new Date(Date.now() + 120_000))).closed).toBeGreaterThanOrEqual(1)
      else {
        await new Promise((r) => setTimeout(r, 1600))
        await t.ok('mutation($id: ID!) { closeVoting(id: $id) { stage } }', { id: made.proposalId }, committee)
      }
      const stage = (await t.gateway.db.selectFrom('proposals').select('stage').where('id', '=', made.proposalId).executeTakeFirstOrThrow()).stage
      expect(['PASSED', 'REJECTED']).toContain(stage)
      const issue = (await t.ok(ISSUE, { id: made.issueId }, tokens[0])).issue
      expect(issue.linkedProposal).toMatchObject({ id: made.proposalId, stage })
      expect(issue.timeline.map((e: any) => e.note).slice(-4)).toEqual([
        `议事「${made.title}」联署中`, `议事「${made.title}」讨论中`, `议事「${made.title}」投票中`,
        `议事「${made.title}」${stage === 'PASSED' ? '表决通过' : '表决未通过'}`,
      ])
      const inbox = (await t.ok('{ viewer { inbox(first: 50) { edges { node { kind subjectId } } } } }', {}, tokens[0])).viewer.inbox.edges.map((e: any) => e.node)
      // The reporter lives in the compound: told of the result once, by the close itself.
      expect(inbox.filter((m: any) => m.subjectId === made.proposalId && m.kind === `PROPOSAL_${stage}`)).toHaveLength(1)
    }
  })
})
