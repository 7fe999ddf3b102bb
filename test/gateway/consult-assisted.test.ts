import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newId } from '../../gateway/lib/ids'
import { seedHouseholds } from './consult-fixture'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'

// Assisted (paper) ballots on a household (advisory) vote: the committee finds the household in
// the scope's list, records the ballot with a photo of the signed paper; the household's own later
// ballot replaces it, and a paper ballot never replaces the household's own. Owners' votes record
// paper ballots per roster unit instead (roster-voting.test.ts).

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')
const CREATE = `mutation($input: CreateProposalInput!) { createProposal(input: $input) { id options { id label } } }`
const HOUSEHOLDS = `query($id: ID!) { proposal(id: $id) { householdsInScope { id label areaM2 mayVote voted assisted } } }`
const PARTICIPATION = `query($id: ID!) { proposal(id: $id) { participation { eligibleHouseholds votedHouseholds } viewerBallot { optionIds assisted } } }`
const ASSIST = `mutation($p: ID!, $h: ID!, $o: [ID!]!, $photo: ID!) { recordAssistedBallot(proposalId: $p, householdId: $h, optionIds: $o, photoId: $photo) { optionIds assisted receipt } }`
const VOTE = `mutation($p: ID!, $o: [ID!]!) { castBallot(proposalId: $p, optionIds: $o) { optionIds assisted } }`

interface ScopeHousehold { id: string; label: string; areaM2: number; mayVote: boolean; voted: boolean; assisted: boolean }

describe.each(ENGINES)('assisted ballots on $name', (engine) => {
  let t: TestGateway
  let places: Awaited<ReturnType<typeof demoPlaces>>
  let committee: string
  beforeAll(async () => {
    t = await startGateway(engine)
    places = await demoPlaces(t)
    committee = await t.signIn('committee-zhongwang')
  })
  afterAll(() => t?.close())

  const uploadPhoto = async (token: string): Promise<string> => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'ballot.png')
    const res = await fetch(`${t.url}/media`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } })
    expect(res.status).toBe(201)
    return ((await res.json()) as { id: string }).id
  }
  const listed = async (id: string, token: string) => (await t.ok<{ proposal: { householdsInScope: ScopeHousehold[] } }>(HOUSEHOLDS, { id }, token)).proposal.householdsInScope

  it('lists the scope to the committee only, records a paper ballot that counts, and lets the household replace it online', async () => {
    const building = places.building('4号楼')
    const owners = await seedHouseholds(t, building.id, 'assist', 3, 2, 'OWNER', 88.5)
    const [tenant] = await seedHouseholds(t, building.id, 'rent', 1, 1, 'TENANT', 60)
    const author = await t.signIn(owners[2]!.handles[0]!)
    // An advisory question for 4号楼 only: every verified household of it is listed and may vote.
    const { createProposal: p } = await t.ok(CREATE, { input: { compoundId: places.zhongwang.id, buildingId: building.id, title: '4号楼电梯广告收益用途', background: '电梯广告每年有收益', question: '收益是否用于楼道保洁?', matter: 'ADVISORY', ballotKind: 'YES_NO_ABSTAIN' } }, author)
    await t.ok('mutation($id: ID!) { submitProposal(id: $id) { stage } }', { id: p.id }, author)
    await t.ok('mutation($id: ID!) { openDiscussion(id: $id) { stage } }', { id: p.id }, committee)
    await t.ok('mutation($id: ID!, $at: DateTime!) { openVoting(id: $id, closesAt: $at) { stage } }', { id: p.id, at: new Date(Date.now() + 60_000).toISOString() }, committee)
    const [yes, no] = p.options as { id: string }[]

    // Residents (even in scope) cannot list the households.
    const resident = await t.signIn(owners[0]!.handles[0]!)
    expect(await t.code(HOUSEHOLDS, { id: p.id }, resident)).toBe('FORBIDDEN')
    expect((await t.ok(HOUSEHOLDS, { id: p.id }, await t.signIn('resident-changbaoe'))).proposal).toBeNull() // 1号楼: not even visible

    const before = await listed(p.id, committee)
    const mine = (id: string) => before.find((h) => h.id === id)
    expect(before.map((h) => h.id)).toEqual(expect.arrayContaining([...owners.map((o) => o.id), tenant!.id]))
    expect(mine(owners[0]!.id)).toEqual({ id: owners[0]!.id, label: '4号楼 assist单元 1000室', areaM2: 88.5, mayVote: true, voted: false, assisted: false })
    expect(mine(tenant!.id)).toMatchObject({ label: '4号楼 rent单元 1000室', mayVote: true, voted: false })
    expect(before.every((h) => h.label.startsWith('4号楼 '))).toBe(true) // the building is the scope
    expect(before.filter((h) => h.voted)).toEqual([])

    // One query for the list, however many households: three more add no statement.
    const statementsOf = async () => {
      return (await t.statementsOf(() => listed(p.id, committee))).statements
    }
    const few = await statementsOf()
    await seedHouseholds(t, building.id, 'more', 3)
    expect(await statementsOf()).toBe(few)

    const photoId = await uploadPhoto(committee)
    const household = owners[0]!
    expect(await t.code(ASSIST, { p: p.id, h: household.id, o: [yes!.id], photo: photoId }, resident)).toBe('FORBIDDEN')
    expect(await t.code(ASSIST, { p: p.id, h: newId(), o: [yes!.id], photo: photoId }, committee)).toBe('NOT_FOUND')
    // A household that voted online itself is never overwritten by a paper ballot (it would not be told).
    expect((await t.ok(VOTE, { p: p.id, o: [no!.id] }, await t.signIn(tenant!.handles[0]!))).castBallot.assisted).toBe(false)
    expect(await t.code(ASSIST, { p: p.id, h: tenant!.id, o: [yes!.id], photo: photoId }, committee)).toBe('CONFLICT')
    expect(await t.gateway.db.selectFrom('ballots').select(['option_ids', 'assisted']).where('proposal_id', '=', p.id).where('household_id', '=', tenant!.id).execute()).toEqual([{ option_ids: JSON.stringify([no!.id]), assisted: 0 }])

    const votedBefore = (await t.ok(PARTICIPATION, { id: p.id }, committee)).proposal.participation.votedHouseholds
    const { recordAssistedBallot: paper } = await t.ok(ASSIST, { p: p.id, h: household.id, o: [yes!.id], photo: photoId }, committee)
    expect(paper).toMatchObject({ optionIds: [yes!.id], assisted: true })
    expect((await t.ok(PARTICIPATION, { id: p.id }, committee)).proposal.participation.votedHouseholds).toBe(votedBefore + 1)
    expect((await listed(p.id, committee)).find((h) => h.id === household.id)).toMatchObject({ voted: true, assisted: true })
    // The household's members see their ballot, marked as assisted.
    expect((await t.ok(PARTICIPATION, { id: p.id }, resident)).proposal.viewerBallot).toEqual({ optionIds: [yes!.id], assisted: true })

    // The audit log names the household, never the choice.
    const audit = await t.ok('query($c: ID!) { auditLog(communityId: $c, first: 100) { edges { node { action subjectId details } } } }', { c: places.dongyingpan.id }, await t.signIn('admin-dongyingpan'))
    const entries = audit.auditLog.edges.map((e: any) => e.node).filter((n: any) => n.action === 'proposal.assisted_ballot' && n.subjectId === p.id)
    expect(entries).toHaveLength(1)
    expect(entries[0].details).toEqual({ householdId: household.id })
    for (const option of p.options as { id: string }[]) expect(JSON.stringify(entries[0].details)).not.toContain(option.id)

    // A member of the household votes online later: it replaces the paper ballot (one row, not assisted).
    const member = await t.signIn(household.handles[1]!)
    expect((await t.ok(VOTE, { p: p.id, o: [no!.id] }, member)).castBallot).toEqual({ optionIds: [no!.id], assisted: false })
    const rows = await t.gateway.db.selectFrom('ballots').select(['assisted', 'photo_id']).where('proposal_id', '=', p.id).where('household_id', '=', household.id).execute()
    expect(rows).toEqual([{ assisted: 0, photo_id: null }])
    expect((await t.ok(PARTICIPATION, { id: p.id }, committee)).proposal.participation.votedHouseholds).toBe(votedBefore + 1)
    expect((await listed(p.id, committee)).find((h) => h.id === household.id)).toMatchObject({ voted: true, assisted: false })
  })

  it('lists every verified household on an advisory question as able to vote', async () => {
    const building = places.building('5号楼')
    const [tenant] = await seedHouseholds(t, building.id, 'adv', 1, 1, 'TENANT')
    const author = await t.signIn(tenant!.handles[0]!)
    const { createProposal: p } = await t.ok(CREATE, { input: { compoundId: places.zhongwang.id, buildingId: building.id, title: '5号楼门口放长椅', background: '老人等车没处坐', question: '要不要放两张长椅?', matter: 'ADVISORY', ballotKind: 'YES_NO_ABSTAIN' } }, author)
    await t.ok('mutation($id: ID!) { submitProposal(id: $id) { stage } }', { id: p.id }, author)
    expect((await listed(p.id, committee)).find((h) => h.id === tenant!.id)).toMatchObject({ mayVote: true, voted: false, assisted: false })
  })
})
