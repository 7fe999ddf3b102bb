import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newId, nowIso } from '../../gateway/lib/ids'
import { hashToken } from '../../gateway/modules/accounts/service'
import { brokenLink } from '../../gateway/modules/roster/chain'
import { ownerKeyOf } from '../../gateway/modules/roster/owners'
import { newBuilding } from './consult-fixture'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'

// 2,000 units of one owners' vote voting at once: 1,500 online (100 of their owners own two flats
// and cast one ballot for both), 500 on paper recorded by the committee at the same time. The
// tally must be exactly what was sent and the ballot chain unbroken.

const UNITS = 2000
const ONLINE = 1500
const PAIRS = 100 // owners of units 2k and 2k+1, k < PAIRS
const IN_FLIGHT = 100

async function pool<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) await work(items[next++]!)
  }))
}

describe.each(ENGINES)('2,000 units voting at once on $name', (engine) => {
  let t: TestGateway
  beforeAll(async () => {
    t = await startGateway(engine)
  })
  afterAll(() => t?.close())

  it('keeps the tally exact and the chain whole', async () => {
    const places = await demoPlaces(t)
    const committee = await t.signIn('committee-zhongwang')
    const db = t.gateway.db
    const buildingId = await newBuilding(t, places.zhongwang.id, '压力测试楼')
    const at = nowIso()
    const ownerOf = (i: number) => (i < PAIRS * 2 ? Math.floor(i / 2) : i)
    // Fixture data straight into the tables: the roster, households with an owner account and a session each.
    const units = Array.from({ length: UNITS }, (_, i) => {
      const ownerNames = `业主${ownerOf(i)}`
      return { id: newId(), compound_id: places.zhongwang.id, building_id: buildingId, unit: '1', room: String(10000 + i), area_centi: 6000 + ((i * 37) % 8000), area_source: 'REGISTRY' as const, owner_names: ownerNames, owner_phone: null, owner_key: ownerKeyOf({ kind: 'RESIDENTIAL', ownerNames, phone: null }), kind: 'RESIDENTIAL' as const, created_at: at, updated_at: at }
    })
    for (let k = 0; k < UNITS; k += 250) await db.insertInto('roster_units').values(units.slice(k, k + 250)).execute()
    const accounts = new Map<number, { id: string; token: string }>()
    const households: { id: string; building_id: string; unit: string; room: string; area_m2: number; created_at: string }[] = []
    const members: { id: string; household_id: string; account_id: string; relation: string; claim_id: null; verified_at: string }[] = []
    for (let i = 0; i < ONLINE; i++) {
      const owner = ownerOf(i)
      if (!accounts.has(owner)) accounts.set(owner, { id: newId(), token: randomBytes(24).toString('base64url') })
      const household = { id: newId(), building_id: buildingId, unit: '1', room: units[i]!.room, area_m2: units[i]!.area_centi / 100, created_at: at }
      households.push(household)
      members.push({ id: newId(), household_id: household.id, account_id: accounts.get(owner)!.id, relation: 'OWNER', claim_id: null, verified_at: at })
    }
    const accountRows = [...accounts.entries()].map(([owner, a]) => ({ id: a.id, handle: `load-${owner}`, openid: null, nickname: null, real_name: null, phone: null, work_phone: null, created_at: at, deleted_at: null }))
    const sessions = [...accounts.values()].map((a) => ({ id: newId(), account_id: a.id, token_hash: hashToken(a.token), created_at: at, expires_at: new Date(Date.now() + 3_600_000).toISOString() }))
    for (let k = 0; k < accountRows.length; k += 250) {
      await db.insertInto('accounts').values(accountRows.slice(k, k + 250)).execute()
      await db.insertInto('sessions').values(sessions.slice(k, k + 250)).execute()
    }
    for (let k = 0; k < households.length; k += 250) {
      await db.insertInto('households').values(households.slice(k, k + 250)).execute()
      await db.insertInto('household_members').values(members.slice(k, k + 250)).execute()
    }
    const committeeId = (await db.selectFrom('accounts').select('id').where('handle', '=', 'committee-zhongwang').executeTakeFirstOrThrow()).id
    const photos = Array.from({ length: UNITS - ONLINE }, () => ({ id: newId(), owner_id: committeeId, stored_name: `paper-${randomBytes(8).toString('hex')}.png`, mime: 'image/png', size_bytes: 1, subject_type: null, subject_id: null, created_at: at }))
    for (let k = 0; k < photos.length; k += 250) await db.insertInto('media').values(photos.slice(k, k + 250)).execute()

    const author = [...accounts.values()][0]!.token
    const { createProposal: p } = await t.ok(`mutation($input: CreateProposalInput!) { createProposal(input: $input) { id options { id } } }`, { input: { compoundId: places.zhongwang.id, buildingId, title: '压力测试楼外墙保温', background: '外墙保温层脱落', question: '是否使用维修资金?', matter: 'USE_MAINTENANCE_FUND', ballotKind: 'YES_NO_ABSTAIN' } }, author)
    await t.ok('mutation($id: ID!) { submitProposal(id: $id) { stage } }', { id: p.id }, author)
    await t.ok('mutation($id: ID!) { openDiscussion(id: $id) { stage } }', { id: p.id }, committee)
    await t.ok('mutation($id: ID!, $at: DateTime!) { openVoting(id: $id, closesAt: $at) { stage } }', { id: p.id, at: new Date(Date.now() + 30 * 60_000).toISOString() }, committee)
    const options = (p.options as { id: string }[]).map((o) => o.id)
    const choiceOf = (owner: number) => options[owner % 5 === 0 ? 1 : owner % 7 === 0 ? 2 : 0]!

    // Every owner at once: the online ones cast their own ballot, the committee records the rest.
    const jobs: (() => Promise<void>)[] = []
    for (const [owner, a] of accounts) jobs.push(async () => void (await t.ok('mutation($p: ID!, $o: [ID!]!) { castBallot(proposalId: $p, optionIds: $o) { receipt } }', { p: p.id, o: [choiceOf(owner)] }, a.token)))
    for (let i = ONLINE; i < UNITS; i++) {
      const photoId = photos[i - ONLINE]!.id
      jobs.push(async () => void (await t.ok('mutation($p: ID!, $u: ID!, $o: [ID!]!, $photo: ID!) { recordPaperBallot(proposalId: $p, unitId: $u, optionIds: $o, photoId: $photo) { receipt } }', { p: p.id, u: units[i]!.id, o: [choiceOf(ownerOf(i))], photo: photoId }, committee)))
    }
    jobs.sort(() => Math.random() - 0.5)
    await pool(jobs, IN_FLIGHT, (job) => job())

    const owners = new Set(units.map((_, i) => ownerOf(i)))
    expect(owners.size).toBe(UNITS - PAIRS)
    const expected = { households: [0, 0, 0], area: [0, 0, 0] }
    units.forEach((u, i) => {
      const k = options.indexOf(choiceOf(ownerOf(i)))
      expected.households[k]! += 1
      expected.area[k]! += u.area_centi
    })
    const chain = await db.selectFrom('owner_ballots').selectAll().where('proposal_id', '=', p.id).execute()
    expect(chain).toHaveLength(owners.size) // one ballot per owner: two flats of one owner are one ballot
    expect(brokenLink(chain.map((c) => ({ ...c, seq: Number(c.seq) })))).toBeNull()
    expect(new Set(chain.map((c) => Number(c.seq))).size).toBe(owners.size)

    // All voted: the committee closes early, and the stored tally is what was sent.
    expect((await t.ok('mutation($id: ID!) { closeVoting(id: $id) { stage } }', { id: p.id }, committee)).closeVoting.stage).toBe('PASSED')
    const closed = (await t.ok(`query($id: ID!) { proposal(id: $id) { options { votes } participation { eligibleHouseholds votedHouseholds } result { participatingOwners eligibleOwners passed } electorate { chainLength } } }`, { id: p.id }, committee)).proposal
    expect(closed.options.map((o: { votes: number }) => o.votes)).toEqual(expected.households)
    expect(closed.participation).toEqual({ eligibleHouseholds: UNITS, votedHouseholds: UNITS })
    expect(closed.result).toEqual({ participatingOwners: owners.size, eligibleOwners: owners.size, passed: true })
    expect(closed.electorate.chainLength).toBe(owners.size)
    const stored = JSON.parse((await db.selectFrom('proposals').select('result').where('id', '=', p.id).executeTakeFirstOrThrow()).result!) as { votedArea: Record<string, number> }
    expect(options.map((o) => Math.round(stored.votedArea[o]! * 100))).toEqual(expected.area)
  }, 300_000)
})
