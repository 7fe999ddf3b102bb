import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { brokenLink } from '../../gateway/modules/finances/chain'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'
import { uploadImage } from './upload'

// 收支公开: the ledger through the API on both engines — recorded by the compound's steward or
// committee, shown to residents only once a different committee member approved it, corrected by
// reversing entries, fund draws refused without a passed art. 278 decision of the compound, the
// chain intact under concurrent writes, statements equal to the sum of their entries, private
// counterparties masked, the statement published as a notice with a button, questions answered.

const ENTRY = `id seq date account amountFen status description counterparty { kind name } decision { id title } reverses { id } reversedBy { id } hash prevHash viewerCanApprove vouchers { id url }`
const RECORD = `mutation($input: FinanceEntryInput!) { recordFinanceEntry(input: $input) { ${ENTRY} } }`
const APPROVE = `mutation($id: ID!) { approveFinanceEntry(id: $id) { ${ENTRY} } }`
const REVERSE = `mutation($id: ID!, $reason: String!) { reverseFinanceEntry(id: $id, reason: $reason) { ${ENTRY} } }`
const ONE = `query($id: ID!) { financeEntry(id: $id) { ${ENTRY} questions { id body answer overdue } } }`
const STATEMENT = `query($c: ID!, $p: String!) { financeStatement(compoundId: $c, period: $p) { period label incomeFen spendingFen openingBalanceFen closingBalanceFen fundOpeningFen fundDepositsFen fundDrawsFen fundClosingFen entryCount chainHead chainLength openQuestions overdueQuestions
  income { account name totalFen entryCount } spending { account name totalFen entryCount } months { month incomeFen spendingFen } fundDraws { id amountFen decision { title } } notice { id } } }`
const ENTRIES = `query($c: ID!, $p: String!, $a: FinanceAccount, $pending: Boolean, $first: Int, $after: String) { financeEntries(compoundId: $c, period: $p, account: $a, pending: $pending, first: $first, after: $after) { totalCount edges { node { id amountFen account date } } pageInfo { hasNextPage endCursor } } }`
const GRANT = `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }`

describe.each(ENGINES)('finances on $name', (engine) => {
  let t: TestGateway
  let places: Awaited<ReturnType<typeof demoPlaces>>
  let zw: string
  let committee: string
  let committeeB: string
  let steward: string
  let resident: string
  let outsider: string
  let xinhuaCommittee: string
  let xinhua: string
  let lights: string
  let corridor: string
  beforeAll(async () => {
    t = await startGateway(engine)
    places = await demoPlaces(t)
    zw = places.zhongwang.id
    xinhua = places.community('新华东街社区').compounds[0]!.id
    ;[committee, steward, resident] = await Promise.all([t.signIn('committee-zhongwang'), t.signIn('steward-zhongwang'), t.signIn('resident-changbaoe')])
    committeeB = await t.signIn('committee-zhongwang-b', '物管会二号')
    xinhuaCommittee = await t.signIn('committee-xinhua', '新华物管会')
    outsider = await t.signIn('resident-nowhere')
    const id = async (tok: string) => (await t.ok('{ viewer { id } }', {}, tok)).viewer.id
    await t.ok(GRANT, { input: { personId: await id(committeeB), role: 'COMMITTEE', scopeId: zw } }, await t.signIn('admin-dongyingpan'))
    await t.ok(GRANT, { input: { personId: await id(xinhuaCommittee), role: 'COMMITTEE', scopeId: xinhua } }, await t.signIn('admin-xinhuadongjie'))
    const proposals = (await t.ok('{ proposals(first: 50) { edges { node { id title } } } }', {}, committee)).proposals.edges.map((e: any) => e.node)
    lights = proposals.find((p: any) => p.title === '使用维修资金维修东门路灯').id
    corridor = proposals.find((p: any) => p.title === '1号楼楼道灯更换为声控 LED').id
  })
  afterAll(() => t?.close())

  const entry = (date: string, account: string, amountFen: string, extra: Record<string, unknown> = {}) => ({ compoundId: zw, date, account, amountFen, description: '测试账目', ...extra })
  const record = async (token: string, input: Record<string, unknown>) => (await t.ok(RECORD, { input }, token)).recordFinanceEntry

  it('refuses the signed out, residents, other compounds’ staff and bad amounts; keeps a recorded entry from residents until a different committee member approves it', async () => {
    const input = entry('2024-01-05', 'PROPERTY_FEE', '1234567')
    expect(await t.code(RECORD, { input }, null)).toBe('UNAUTHENTICATED')
    expect(await t.code(RECORD, { input }, resident)).toBe('FORBIDDEN')
    expect(await t.code(RECORD, { input }, xinhuaCommittee)).toBe('FORBIDDEN')
    for (const amountFen of ['12.5', '0', '-100', '1e5', 'abc', '10000000001']) expect(await t.code(RECORD, { input: { ...input, amountFen } }, steward), amountFen).toBe('BAD_USER_INPUT')
    expect(await t.code(RECORD, { input: { ...input, date: '2024-02-30' } }, steward)).toBe('BAD_USER_INPUT')
    expect(await t.code(RECORD, { input: { ...input, date: '2099-01-01' } }, steward)).toBe('BAD_USER_INPUT')

    const photo = await uploadImage(t, steward)
    const e = await record(steward, { ...input, voucherIds: [photo], counterparty: { kind: 'ORGANISATION', name: '东营管家服务站' } })
    expect(e).toMatchObject({ status: 'PENDING', amountFen: '1234567', account: 'PROPERTY_FEE', counterparty: { kind: 'ORGANISATION', name: '东营管家服务站' }, viewerCanApprove: false })
    expect((await t.ok(ONE, { id: e.id }, resident)).financeEntry).toBeNull()
    expect((await t.ok(STATEMENT, { c: zw, p: '2024-01' }, resident)).financeStatement.incomeFen).toBe('0')
    expect(await t.code(ENTRIES, { c: zw, p: '2024-01', pending: true }, resident)).toBe('FORBIDDEN')
    expect((await t.ok(ENTRIES, { c: zw, p: '2024-01', pending: true }, committee)).financeEntries.totalCount).toBe(1)
    expect(await t.code(APPROVE, { id: e.id }, steward)).toBe('FORBIDDEN') // the steward records, the committee approves
    expect(await t.code(APPROVE, { id: e.id }, resident)).toBe('NOT_FOUND')
    expect(await t.code(APPROVE, { id: e.id }, xinhuaCommittee)).toBe('NOT_FOUND')

    const own = await record(committee, entry('2024-01-06', 'PARKING', '50000'))
    expect((await t.gql(APPROVE, { id: own.id }, committee)).errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('记账人不能审核自己记的账') })
    expect((await t.ok(ONE, { id: own.id }, committeeB)).financeEntry.viewerCanApprove).toBe(true)

    // Many approvals at once: exactly one lands.
    const results = await Promise.all(Array.from({ length: 8 }, () => t.gql(APPROVE, { id: e.id }, committeeB)))
    expect(results.filter((r) => !r.errors).length).toBe(1)
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(7)
    await t.ok(APPROVE, { id: own.id }, committeeB)

    const seen = (await t.ok(ONE, { id: e.id }, resident)).financeEntry
    expect(seen).toMatchObject({ status: 'APPROVED', amountFen: '1234567' })
    expect(seen.vouchers).toHaveLength(1)
    expect(seen.vouchers[0].url).toMatch(/^http/)
    expect((await t.ok(ONE, { id: e.id }, outsider)).financeEntry).toBeNull()
    expect(await t.code(STATEMENT, { c: zw, p: '2024-01' }, outsider)).toBe('FORBIDDEN')
    expect((await t.ok(STATEMENT, { c: zw, p: '2024-01' }, resident)).financeStatement).toMatchObject({ incomeFen: '1284567', entryCount: 2 })
  })

  it('refuses a fund draw without a passed art. 278 fund decision of the compound, naming the rule; the decision shows what was drawn', async () => {
    const draw = entry('2024-02-10', 'FUND_DRAW', '1860000', { description: '东门路灯维修' })
    const refusal = (await t.gql(RECORD, { input: draw }, steward)).errors?.[0]
    expect(refusal).toMatchObject({ extensions: { code: 'CONFLICT' } })
    expect(refusal?.message).toContain('第二百七十八条')
    expect((await t.gql(RECORD, { input: { ...draw, decisionId: corridor } }, steward)).errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('尚未通过') })
    expect((await t.gql(RECORD, { input: { ...draw, compoundId: xinhua, decisionId: lights } }, xinhuaCommittee)).errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('不是本小区') })
    expect(await t.code(RECORD, { input: { ...entry('2024-02-10', 'REPAIR', '100'), decisionId: lights } }, steward)).toBe('BAD_USER_INPUT')

    const before = (await t.ok('query($id: ID!) { proposal(id: $id) { fundDrawnFen } }', { id: lights }, resident)).proposal.fundDrawnFen
    await t.ok(RECORD, { input: entry('2024-02-01', 'FUND_DEPOSIT', '5000000', { description: '维修资金续筹' }) }, steward).then((r) => t.ok(APPROVE, { id: r.recordFinanceEntry.id }, committee))
    const ok = await record(steward, { ...draw, decisionId: lights })
    expect(ok.decision.title).toBe('使用维修资金维修东门路灯')
    await t.ok(APPROVE, { id: ok.id }, committee)
    const p = (await t.ok('query($id: ID!) { proposal(id: $id) { fundDrawnFen fundDraws { id amountFen } } }', { id: lights }, resident)).proposal
    expect(BigInt(p.fundDrawnFen) - BigInt(before)).toBe(1860000n)
    expect(p.fundDraws.map((d: any) => d.id)).toContain(ok.id)
    const s = (await t.ok(STATEMENT, { c: zw, p: '2024-02' }, resident)).financeStatement
    expect(s).toMatchObject({ fundDepositsFen: '5000000', fundDrawsFen: '1860000', fundClosingFen: String(BigInt(s.fundOpeningFen) + 5000000n - 1860000n), spendingFen: '0' })
    expect(s.fundDraws.map((d: any) => [d.amountFen, d.decision.title])).toEqual([['1860000', '使用维修资金维修东门路灯']])
  })

  it('corrects an entry only by a reversing entry pointing at it, once', async () => {
    const wrong = await record(steward, entry('2024-03-03', 'CLEANING', '88800', { description: '保洁费(金额录错)' }))
    await t.ok(APPROVE, { id: wrong.id }, committee)
    expect(await t.code(REVERSE, { id: wrong.id, reason: '金额录错' }, resident)).toBe('FORBIDDEN') // residents see it, only staff correct it
    const rev = (await t.ok(REVERSE, { id: wrong.id, reason: '金额录错,应为 888 元' }, steward)).reverseFinanceEntry
    expect(rev).toMatchObject({ amountFen: '-88800', account: 'CLEANING', status: 'PENDING', reverses: { id: wrong.id } })
    expect(rev.description).toBe(`冲销第 ${wrong.seq} 笔:金额录错,应为 888 元`)
    expect(await t.code(REVERSE, { id: wrong.id, reason: '再冲一次' }, steward)).toBe('CONFLICT')
    expect(await t.code(REVERSE, { id: rev.id, reason: '冲销冲销' }, steward)).toBe('CONFLICT')
    const right = await record(steward, entry('2024-03-03', 'CLEANING', '88800', { description: '保洁费' }))
    await t.ok(APPROVE, { id: rev.id }, committee)
    await t.ok(APPROVE, { id: right.id }, committee)
    const original = (await t.ok(ONE, { id: wrong.id }, resident)).financeEntry
    expect(original).toMatchObject({ amountFen: '88800', description: '保洁费(金额录错)', reversedBy: { id: rev.id } }) // never edited
    const march = (await t.ok(STATEMENT, { c: zw, p: '2024-03' }, resident)).financeStatement
    // The reversal carries the corrected entry's date, so the month it belongs to nets out.
    expect(march.spending).toEqual([{ account: 'CLEANING', name: '保洁', totalFen: '88800', entryCount: 3 }])
    expect(march.spendingFen).toBe('88800')
  })

  it('keeps one unbroken chain per compound under concurrent writes', async () => {
    const writes = await Promise.all(Array.from({ length: 30 }, (_, i) => t.gql(RECORD, { input: entry('2024-04-01', 'OTHER', String(100 + i)) }, i % 2 ? steward : committee)))
    expect(writes.filter((w) => w.errors).length).toBe(0)
    const rows = await t.gateway.db.selectFrom('finance_entries').selectAll().where('compound_id', '=', zw).orderBy('seq').execute()
    expect(rows.map((r) => Number(r.seq))).toEqual(rows.map((_, i) => i + 1))
    expect(brokenLink(rows)).toBeNull()
    const chain = await t.gateway.db.selectFrom('finance_chains').selectAll().where('compound_id', '=', zw).executeTakeFirstOrThrow()
    expect([chain.head, Number(chain.length)]).toEqual([rows.at(-1)!.hash, rows.length])
    // Tampering with one amount breaks the chain from there.
    const tampered = rows.map((r, i) => (i === 3 ? { ...r, amount_fen: '1' } : r))
    expect(brokenLink(tampered)).toBe(4)
  })
})
