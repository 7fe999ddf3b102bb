import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sweepProposals } from '../../gateway/modules/consult/sweep'
import { brokenLink } from '../../gateway/modules/roster/chain'
import { addRosterUnit, newBuilding, seedHouseholds } from './consult-fixture'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'

// Owners' votes against the roster: the electorate frozen at opening, every unit able to vote
// (online, on paper with a photo, by proxy), the committee unable to overwrite an online ballot,
// early closing only when all have voted, and a results notice with a page of receipts.

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')
const CREATE = `mutation($input: CreateProposalInput!) { createProposal(input: $input) { id options { id label } } }`
const OPEN = `mutation($id: ID!, $at: DateTime!, $owners: Boolean) { openVoting(id: $id, closesAt: $at, ownersVote: $owners) { stage } }`
const STATE = `query($id: ID!) { proposal(id: $id) { stage viewerCanVote viewerVoteBlockedReason viewerBallot { optionIds assisted receipt } participation { eligibleHouseholds votedHouseholds households area } electorate { units owners areaM2 chainHead chainLength objectionDays resultsNotice { id title category body expiresAt } } result { passed valid participatingOwners eligibleOwners } } }`
const UNITS = `query($id: ID!) { proposal(id: $id) { electorateUnits(first: 100) { edges { node { unitId label areaM2 voted channel discrepancy online } } } } }`
const VOTE = `mutation($p: ID!, $o: [ID!]!) { castBallot(proposalId: $p, optionIds: $o) { optionIds assisted receipt } }`
const PAPER = `mutation($p: ID!, $u: ID!, $o: [ID!]!, $photo: ID!) { recordPaperBallot(proposalId: $p, unitId: $u, optionIds: $o, photoId: $photo) { receipt channel optionIds } }`
const PROXY_VOTE = `mutation($p: ID!, $u: ID!, $o: [ID!]!) { castProxyBallot(proposalId: $p, unitId: $u, optionIds: $o) { receipt channel } }`
const RECEIPTS = `query($id: ID!, $s: String, $first: Int, $after: String) { proposal(id: $id) { voteReceipts(search: $s, first: $first, after: $after) { totalCount chainHead edges { node { receipt optionLabels } } pageInfo { hasNextPage endCursor } } } }`
const EVERYONE = `query($id: ID!) { proposal(id: $id) { electorate { everyoneVoted } } }`
const CLOSE = `mutation($id: ID!) { closeVoting(id: $id) { stage } }`
const RECORD_PROXY = `mutation($input: ProxyInput!) { recordProxy(input: $input) { id proxyName proxyPhone revoked unit { label } } }`

describe.each(ENGINES)('owners’ votes on $name', (engine) => {
  let t: TestGateway
  let places: Awaited<ReturnType<typeof demoPlaces>>
  let committee: string
  beforeAll(async () => {
    t = await startGateway(engine)
    places = await demoPlaces(t)
    committee = await t.signIn('committee-zhongwang')
  })
  afterAll(() => t?.close())

  const photo = async (token: string): Promise<string> => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'paper.png')
    const res = await fetch(`${t.url}/media`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}`, 'x-linli-client': 'test' } })
    expect(res.status).toBe(201)
    return ((await res.json()) as { id: string }).id
  }

  /**
   * A building of its own: 甲 (an owner with an app account, 100 m²), 乙 owning two flats (60 + 40
   * m², no account), 丙 (80 m², no account yet). Four units, three owners, 280 m².
   */
  async function building(name: string, code: string) {
    const buildingId = await newBuilding(t, places.zhongwang.id, name)
    const [jia] = await seedHouseholds(t, buildingId, code, 1, 1, 'OWNER', 100, { roster: true })
    const yi1 = await addRosterUnit(t, buildingId, '1', '201', 6000, `乙${code}`, null)
    const yi2 = await addRosterUnit(t, buildingId, '1', '202', 4000, `乙${code}`, null)
    const bing = await addRosterUnit(t, buildingId, '1', '301', 8000, `丙${code}`, null)
    const jiaUnit = await t.gateway.db.selectFrom('roster_units').select('id').where('building_id', '=', buildingId).where('room', '=', '1000').executeTakeFirstOrThrow()
    return { buildingId, code, jia: jia!, jiaUnitId: jiaUnit.id, yi1, yi2, bing }
  }

  async function ownersVote(b: { buildingId: string; jia: { handles: string[] } }, seconds = 600, matter = 'USE_MAINTENANCE_FUND', ownersVoteFlag?: boolean) {
    const author = await t.signIn(b.jia.handles[0]!)
    const { createProposal: p } = await t.ok(CREATE, { input: { compoundId: places.zhongwang.id, buildingId: b.buildingId, title: '楼顶防水维修', background: '顶楼漏水', question: '是否使用维修资金维修楼顶防水?', matter, ballotKind: 'YES_NO_ABSTAIN' } }, author)
    await t.ok('mutation($id: ID!) { submitProposal(id: $id) { stage } }', { id: p.id }, author)
    await t.ok('mutation($id: ID!) { openDiscussion(id: $id) { stage } }', { id: p.id }, committee)
    await t.ok(OPEN, { id: p.id, at: new Date(Date.now() + seconds * 1000).toISOString(), owners: ownersVoteFlag }, committee)
    const [yes, no, abstain] = p.options as { id: string; label: string }[]
    return { id: p.id as string, yes: yes!, no: no!, abstain: abstain!, author }
  }

  it('freezes the electorate when voting opens: a claim approved and roster edits during the vote move no denominator', async () => {
    const b = await building('冻结楼', 'frz')
    const p = await ownersVote(b)
    const before = (await t.ok(STATE, { id: p.id }, committee)).proposal
    expect(before.electorate).toMatchObject({ units: 4, owners: 3, areaM2: '280.00', chainLength: 0, objectionDays: 7 })
    expect(before.participation).toMatchObject({ eligibleHouseholds: 4, votedHouseholds: 0 })

    // 丙 claims their flat and a grid worker approves it during the vote.
    const bing = await t.signIn(`${b.code}-bing`)
    await t.ok('mutation($n: String) { updateProfile(input: { realName: $n }) { id } }', { n: `丙${b.code}` }, bing)
    const claim = (await t.ok(`mutation($b: ID!) { claimHousehold(input: { buildingId: $b, unit: "1", room: "301", areaM2: 80 }) { id rosterMatch { status } } }`, { b: b.buildingId }, bing)).claimHousehold
    expect(claim.rosterMatch.status).toBe('NAME')
    await t.ok('mutation($id: ID!) { reviewHouseholdClaim(id: $id, approve: true) { status } }', { id: claim.id }, await t.signIn('admin-dongyingpan'))
    // A unit added and an area fixed on the roster during the vote.
    await addRosterUnit(t, b.buildingId, '1', '401', 9000, '丁')
    await t.gateway.db.updateTable('roster_units').set({ area_centi: 12000 }).where('id', '=', b.yi1.id).execute()

    const after = (await t.ok(STATE, { id: p.id }, committee)).proposal
    expect(after.electorate).toMatchObject({ units: 4, owners: 3, areaM2: '280.00' })
    expect(after.participation).toMatchObject({ eligibleHouseholds: 4, votedHouseholds: 0 })
    // The newly verified owner of a frozen unit may vote online; it counts against the same denominators.
    expect((await t.ok(STATE, { id: p.id }, bing)).proposal).toMatchObject({ viewerCanVote: true })
    await t.ok(VOTE, { p: p.id, o: [p.yes.id] }, bing)
    expect((await t.ok(STATE, { id: p.id }, committee)).proposal.participation).toMatchObject({ eligibleHouseholds: 4, votedHouseholds: 1 })
    expect((await t.ok(STATE, { id: p.id }, committee)).proposal.participation.area).toBeCloseTo(80 / 280)
    // A day before closing, only owners who have not voted are reminded: 甲, not 丙.
    await sweepProposals(t.gateway.db, new Date(Date.now() + 600_000 - 3_600_000))
    const reminded = await t.gateway.db.selectFrom('inbox_messages').innerJoin('accounts', 'accounts.id', 'inbox_messages.account_id').select('accounts.handle').where('inbox_messages.kind', '=', 'PROPOSAL_VOTING_CLOSING').where('inbox_messages.subject_id', '=', p.id).execute()
    expect(reminded.map((r) => r.handle)).toEqual([b.jia.handles[0]])
  })

  it('takes paper ballots for units without accounts, never overwrites an online ballot, flags paper beside online, and closes early only when all voted', async () => {
    const b = await building('纸票楼', 'paper')
    const p = await ownersVote(b)
    const jia = await t.signIn(b.jia.handles[0]!)
    const picture = await photo(committee)
    const units = async () => new Map<string, any>((await t.ok(UNITS, { id: p.id }, committee)).proposal.electorateUnits.edges.map((e: any) => [e.node.unitId, e.node]))
    expect([...(await units()).values()].map((u) => [u.label, u.voted, u.online])).toEqual([
      ['纸票楼 1单元 201室', false, false], ['纸票楼 1单元 202室', false, false], ['纸票楼 1单元 301室', false, false], ['纸票楼 paper单元 1000室', false, true],
    ])
    expect(await t.code(UNITS, { id: p.id }, jia)).toBe('FORBIDDEN')
    expect(await t.code(PAPER, { p: p.id, u: b.yi1.id, o: [p.yes.id], photo: picture }, jia)).toBe('FORBIDDEN')

    // 乙 has no account: the committee records the signed paper; it counts once for both flats.
    expect((await t.ok(PAPER, { p: p.id, u: b.yi1.id, o: [p.yes.id], photo: picture }, committee)).recordPaperBallot).toMatchObject({ channel: 'PAPER', optionIds: [p.yes.id] })
    let seen = await units()
    expect([seen.get(b.yi1.id).voted, seen.get(b.yi2.id).voted, seen.get(b.yi2.id).channel]).toEqual([true, true, 'PAPER'])
    expect((await t.ok(STATE, { id: p.id }, committee)).proposal.participation).toMatchObject({ votedHouseholds: 2 })

    // 甲 votes online; the committee's paper ballot for 甲 is refused and nothing is written.
    const online = (await t.ok(VOTE, { p: p.id, o: [p.no.id] }, jia)).castBallot
    expect(online).toMatchObject({ assisted: false, optionIds: [p.no.id] })
    const rowsBefore = await t.gateway.db.selectFrom('owner_ballots').select('id').where('proposal_id', '=', p.id).execute()
    expect(await t.code(PAPER, { p: p.id, u: b.jiaUnitId, o: [p.yes.id], photo: await photo(committee) }, committee)).toBe('CONFLICT')
    expect(await t.gateway.db.selectFrom('owner_ballots').select('id').where('proposal_id', '=', p.id).execute()).toHaveLength(rowsBefore.length)
    expect((await t.ok(STATE, { id: p.id }, jia)).proposal.viewerBallot).toMatchObject({ optionIds: [p.no.id], assisted: false })

    // Not every owner has voted: no early close, and the electorate says so.
    expect((await t.ok(EVERYONE, { id: p.id }, committee)).proposal.electorate.everyoneVoted).toBe(false)
    expect(await t.code(CLOSE, { id: p.id }, committee)).toBe('CONFLICT')
    expect(await t.code(RECEIPTS, { id: p.id }, jia)).toBe('CONFLICT') // no results page before closing

    // 丙: paper first, then 丙 gets an account and votes online. The online one stands; the paper is flagged.
    await t.ok(PAPER, { p: p.id, u: b.bing.id, o: [p.yes.id], photo: await photo(committee) }, committee)
    const bingAccount = await t.signIn(`${b.code}-bing`)
    await t.ok('mutation($n: String) { updateProfile(input: { realName: $n }) { id } }', { n: `丙${b.code}` }, bingAccount)
    const claim = (await t.ok(`mutation($b: ID!) { claimHousehold(input: { buildingId: $b, unit: "1", room: "301", areaM2: 80 }) { id } }`, { b: b.buildingId }, bingAccount)).claimHousehold
    await t.ok('mutation($id: ID!) { reviewHouseholdClaim(id: $id, approve: true) { status } }', { id: claim.id }, await t.signIn('admin-dongyingpan'))
    await t.ok(VOTE, { p: p.id, o: [p.yes.id] }, bingAccount)
    seen = await units()
    expect(seen.get(b.bing.id)).toMatchObject({ voted: true, channel: 'ONLINE', discrepancy: true })
    expect(seen.get(b.yi1.id)).toMatchObject({ discrepancy: false })

    expect((await t.ok(EVERYONE, { id: p.id }, committee)).proposal.electorate.everyoneVoted).toBe(true)
    // Everyone has voted: the committee may close early. 甲 (100 m²) no; 乙 (100 m²) and 丙 (80 m²) yes.
    expect((await t.ok(CLOSE, { id: p.id }, committee)).closeVoting.stage).toBe('PASSED')
    const closed = (await t.ok(STATE, { id: p.id }, jia)).proposal
    expect(closed.result).toMatchObject({ passed: true, valid: true, participatingOwners: 3, eligibleOwners: 3 })
    const notice = closed.electorate.resultsNotice
    expect(notice).toMatchObject({ title: '「楼顶防水维修」表决结果公告', category: 'ANNOUNCEMENT' })
    expect(notice.body).toContain(closed.electorate.chainHead)
    expect(notice.body).toContain(`features/roster/pages/results/index?id=${p.id}`)
    expect(notice.body).toContain('参与表决:3 名业主(占 100.0%)')
    expect(new Date(notice.expiresAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000)
    // The notice reaches the compound's notice list.
    const list = await t.ok('query($c: ID!) { notices(communityId: $c, first: 50) { edges { node { id } } } }', { c: places.dongyingpan.id }, jia)
    expect(list.notices.edges.map((e: any) => e.node.id)).toContain(notice.id)

    // 甲 finds their receipt on the results page, with the choice it carries; no unit, no name.
    const page = (await t.ok(RECEIPTS, { id: p.id, s: online.receipt.slice(0, 6) }, jia)).proposal.voteReceipts
    expect(page.edges.map((e: any) => e.node)).toContainEqual({ receipt: online.receipt, optionLabels: ['反对'] })
    const all = (await t.ok(RECEIPTS, { id: p.id, first: 2 }, jia)).proposal.voteReceipts
    expect(all).toMatchObject({ totalCount: 3, chainHead: closed.electorate.chainHead })
    expect(all.edges).toHaveLength(2)
    const rest = (await t.ok(RECEIPTS, { id: p.id, first: 2, after: all.pageInfo.endCursor }, jia)).proposal.voteReceipts
    expect(rest.edges).toHaveLength(1)
    expect(rest.pageInfo.hasNextPage).toBe(false)
    expect([...all.edges, ...rest.edges].map((e: any) => e.node.optionLabels[0]).sort()).toEqual(['反对', '同意', '同意'])
    expect(closed.electorate.chainHead).toMatch(/^[0-9a-f]{64}$/)
    // The stored chain holds, and the paper ballot beside 丙's online one is still in it.
    const chain = await t.gateway.db.selectFrom('owner_ballots').selectAll().where('proposal_id', '=', p.id).execute()
    expect(chain.map((c) => ({ ...c, seq: Number(c.seq) }))).toHaveLength(Number(closed.electorate.chainLength))
    expect(brokenLink(chain.map((c) => ({ ...c, seq: Number(c.seq) })))).toBeNull()
    expect(chain.filter((c) => c.owner_key === b.bing.owner_key).map((c) => c.channel).sort()).toEqual(['ONLINE', 'PAPER'])
  })

  it('records proxies with a photo up to the compound’s limit, shows them to the owner, and lets the proxy vote', async () => {
    const b = await building('委托楼', 'proxy')
    const picture = await photo(committee)
    const proxy = await t.signIn('proxy-relative')
    await t.ok('mutation { updateProfile(input: { phone: "13912345678" }) { id } }', {}, proxy)
    const input = (unitId: string, photoId = picture) => ({ unitId, proxyName: '刘亲属', proxyPhone: '139-1234-5678', photoId })
    expect(await t.code(RECORD_PROXY, { input: input(b.jiaUnitId) }, proxy)).toBe('FORBIDDEN')
    expect(await t.code(RECORD_PROXY, { input: { ...input(b.jiaUnitId), proxyPhone: '12' } }, committee)).toBe('BAD_USER_INPUT')
    const first = (await t.ok(RECORD_PROXY, { input: input(b.jiaUnitId) }, committee)).recordProxy
    expect(first).toMatchObject({ proxyName: '刘亲属', proxyPhone: '139****5678', revoked: false })
    expect(await t.code(RECORD_PROXY, { input: input(b.jiaUnitId) }, committee)).toBe('CONFLICT') // already holds it
    // 乙's two flats bring the proxy to 3 units: the default limit. 丙 would be the fourth.
    await t.ok(RECORD_PROXY, { input: input(b.yi1.id, await photo(committee)) }, committee)
    const over = await t.gql(RECORD_PROXY, { input: input(b.bing.id, await photo(committee)) }, committee)
    expect(over.errors?.[0]).toMatchObject({ message: '每位受托人最多代理 3 户,这位受托人已代理 3 户', extensions: { code: 'CONFLICT' } })
    expect(await t.code('mutation($c: ID!) { updateRosterSettings(compoundId: $c, proxyLimit: 4, objectionDays: 7) { proxyLimit } }', { c: places.zhongwang.id }, proxy)).toBe('FORBIDDEN')
    await t.ok('mutation($c: ID!) { updateRosterSettings(compoundId: $c, proxyLimit: 4, objectionDays: 5) { proxyLimit } }', { c: places.zhongwang.id }, committee)
    const bingProxy = (await t.ok(RECORD_PROXY, { input: input(b.bing.id, await photo(committee)) }, committee)).recordProxy

    // The owner sees who holds their proxy on their own entry.
    const jia = await t.signIn(b.jia.handles[0]!)
    expect((await t.ok('{ myRosterUnits { label proxies { proxyName proxyPhone revoked } } }', {}, jia)).myRosterUnits.find((u: any) => u.label.startsWith('委托楼'))).toMatchObject({ proxies: [{ proxyName: '刘亲属', proxyPhone: '139****5678', revoked: false }] })

    const p = await ownersVote(b)
    expect((await t.ok(STATE, { id: p.id }, committee)).proposal.electorate.objectionDays).toBe(5)
    expect((await t.ok(`query($id: ID!) { proposal(id: $id) { viewerProxyUnits { label } } }`, { id: p.id }, proxy)).proposal).toBeNull() // the proxy is not a resident: the proposal is not visible
    // The proxy lives in the compound (a relative of 丙 with a verified household elsewhere).
    await seedHouseholds(t, b.buildingId, 'proxyhome', 1, 1, 'FAMILY')
    await t.gateway.db.updateTable('household_members').set({ account_id: (await t.gateway.db.selectFrom('accounts').select('id').where('handle', '=', 'proxy-relative').executeTakeFirstOrThrow()).id }).where('account_id', '=', (await t.gateway.db.selectFrom('accounts').select('id').where('handle', '=', 'proxyhome-0-0').executeTakeFirstOrThrow()).id).execute()
    const held = (await t.ok(`query($id: ID!) { proposal(id: $id) { viewerProxyUnits { label } } }`, { id: p.id }, proxy)).proposal.viewerProxyUnits.map((u: any) => u.label).sort()
    expect(held).toEqual(['委托楼 1单元 201室', '委托楼 1单元 202室', '委托楼 1单元 301室', '委托楼 proxy单元 1000室']) // 乙's proxy covers both flats
    expect((await t.ok(PROXY_VOTE, { p: p.id, u: b.yi1.id, o: [p.yes.id] }, proxy)).castProxyBallot.channel).toBe('PROXY')
    expect(await t.code(PROXY_VOTE, { p: p.id, u: b.yi1.id, o: [p.yes.id] }, jia)).toBe('FORBIDDEN') // 甲 holds no proxy for 乙
    expect(await t.code(PAPER, { p: p.id, u: b.yi2.id, o: [p.no.id], photo: await photo(committee) }, committee)).toBe('CONFLICT') // 乙 voted through the proxy
    // The owner votes themselves: their own ballot stands over the proxy's, and the proxy may not vote over it.
    await t.ok(PROXY_VOTE, { p: p.id, u: b.jiaUnitId, o: [p.yes.id] }, proxy)
    await t.ok(VOTE, { p: p.id, o: [p.no.id] }, jia)
    expect(await t.code(PROXY_VOTE, { p: p.id, u: b.jiaUnitId, o: [p.yes.id] }, proxy)).toBe('CONFLICT')
    const units = (await t.ok(UNITS, { id: p.id }, committee)).proposal.electorateUnits.edges.map((e: any) => e.node)
    expect(units.find((u: any) => u.unitId === b.jiaUnitId)).toMatchObject({ channel: 'ONLINE' })
    expect(units.find((u: any) => u.unitId === b.yi2.id)).toMatchObject({ channel: 'PROXY', voted: true })
    // Revoked, the proxy can vote no more.
    expect(await t.code('mutation($id: ID!) { revokeProxy(id: $id) { revoked } }', { id: bingProxy.id }, proxy)).toBe('FORBIDDEN')
    expect((await t.ok('mutation($id: ID!) { revokeProxy(id: $id) { revoked } }', { id: bingProxy.id }, committee)).revokeProxy.revoked).toBe(true)
    expect(await t.code(PROXY_VOTE, { p: p.id, u: b.bing.id, o: [p.yes.id] }, proxy)).toBe('FORBIDDEN')
  })

  it('keeps advisory votes on the household rule, and freezes the roster for a vote the committee marks as an owners’ vote', async () => {
    const advisory = await ownersVote(await building('咨询楼', 'adv'), 600, 'ADVISORY')
    const state = (await t.ok(STATE, { id: advisory.id }, committee)).proposal
    expect(state.electorate).toBeNull()
    expect(state.participation.eligibleHouseholds).toBe(1) // the one verified household, not the four roster units
    const marked = await ownersVote(await building('标记楼', 'marked'), 600, 'ADVISORY', true)
    expect((await t.ok(STATE, { id: marked.id }, committee)).proposal.electorate).toMatchObject({ units: 4, owners: 3 })
    // Without a roster an owners' vote cannot open.
    const bare = await newBuilding(t, places.zhongwang.id, '无名册楼')
    const [owner] = await seedHouseholds(t, bare, 'noroster', 1)
    const token = await t.signIn(owner!.handles[0]!)
    const { createProposal: p } = await t.ok(CREATE, { input: { compoundId: places.zhongwang.id, buildingId: bare, title: '无名册表决', background: '测试', question: '是否同意?', matter: 'USE_MAINTENANCE_FUND', ballotKind: 'YES_NO_ABSTAIN' } }, token)
    await t.ok('mutation($id: ID!) { submitProposal(id: $id) { stage } }', { id: p.id }, token)
    await t.ok('mutation($id: ID!) { openDiscussion(id: $id) { stage } }', { id: p.id }, committee)
    const refused = await t.gql(OPEN, { id: p.id, at: new Date(Date.now() + 60_000).toISOString() }, committee)
    expect(refused.errors?.[0]).toMatchObject({ message: '本小区(楼栋)还没有业主名册,请先导入名册再发起业主表决', extensions: { code: 'CONFLICT' } })
    expect((await t.ok('query($id: ID!) { proposal(id: $id) { stage } }', { id: p.id }, committee)).proposal.stage).toBe('DISCUSSION')
  })

  it('puts roster entries, proxies and ballots in the person’s export, and on deletion anonymises them with the tally intact', async () => {
    const b = await building('隐私楼', 'pipl')
    const jia = await t.signIn(b.jia.handles[0]!)
    await t.ok('mutation { updateProfile(input: { phone: "13700009999" }) { id } }', {}, jia)
    await t.ok(RECORD_PROXY, { input: { unitId: b.yi1.id, proxyName: '甲', proxyPhone: '13700009999', photoId: await photo(committee) } }, committee)
    const p = await ownersVote(b)
    const ballot = (await t.ok(VOTE, { p: p.id, o: [p.yes.id] }, jia)).castBallot
    await t.ok(PROXY_VOTE, { p: p.id, u: b.yi1.id, o: [p.no.id] }, jia)
    const exported = (await t.ok('{ exportMyData }', {}, jia)).exportMyData
    expect(exported.roster.rosterEntries).toEqual([expect.objectContaining({ room: '1000', ownerNames: '业主pipl0', areaCenti: 10000 })])
    expect(exported.roster.ownerBallots.map((x: any) => x.channel).sort()).toEqual(['ONLINE', 'PROXY']) // their own, and the one cast as a proxy
    expect(exported.roster.ownerBallots.map((x: any) => x.receipt)).toContain(ballot.receipt)
    expect(exported.roster.proxiesHeld).toHaveLength(1)
    const before = (await t.ok(STATE, { id: p.id }, committee)).proposal.participation

    expect(await t.ok('mutation { deleteMyAccount }', {}, jia)).toEqual({ deleteMyAccount: true })
    const unit = await t.gateway.db.selectFrom('roster_units').selectAll().where('id', '=', b.jiaUnitId).executeTakeFirstOrThrow()
    expect(unit).toMatchObject({ owner_names: '(已注销)', owner_phone: null, area_centi: 10000 })
    const ballots = await t.gateway.db.selectFrom('owner_ballots').select(['account_id', 'receipt']).where('proposal_id', '=', p.id).execute()
    expect(ballots).toHaveLength(2)
    expect(ballots.every((x) => x.account_id === null)).toBe(true)
    expect(await t.gateway.db.selectFrom('roster_proxies').select('proxy_phone').where('unit_id', '=', b.yi1.id).execute()).toEqual([{ proxy_phone: expect.stringMatching(/^erased-/) }])
    expect((await t.ok(STATE, { id: p.id }, committee)).proposal.participation).toEqual(before) // the tally holds
  })
})
