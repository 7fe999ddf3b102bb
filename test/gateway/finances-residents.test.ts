import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { todayInBeijing } from '../../src/lib/beijing-time'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'

// 收支公开 as residents meet it, on both engines: the demo year of 众望小区 (fees unchanged, balance
// positive, the east-gate lights drawn against the owners' decision), statements equal to the sum
// of the entries they drill down to, private counterparties masked, a statement published as a
// 廉洁文化 notice with a button and acknowledged, questions (质询) answered publicly and overdue when
// not, action-plan spending in the ledger, the ledger in the PIPL export and anonymised on deletion.

const STATEMENT = `query($c: ID!, $p: String!) { financeStatement(compoundId: $c, period: $p) { period label incomeFen spendingFen openingBalanceFen closingBalanceFen fundOpeningFen fundDepositsFen fundDrawsFen fundClosingFen entryCount chainHead chainLength openQuestions overdueQuestions
  income { account totalFen entryCount } spending { account totalFen entryCount } months { month incomeFen spendingFen } fundDraws { id amountFen decision { title } } } }`
const ENTRIES = `query($c: ID!, $p: String!, $a: FinanceAccount, $first: Int, $after: String) { financeEntries(compoundId: $c, period: $p, account: $a, first: $first, after: $after) { totalCount edges { node { id amountFen account counterparty { kind name } questions { body answer overdue } } } pageInfo { hasNextPage endCursor } } }`
const RECORD = `mutation($input: FinanceEntryInput!) { recordFinanceEntry(input: $input) { id } }`
const APPROVE = `mutation($id: ID!) { approveFinanceEntry(id: $id) { id status } }`
const GRANT = `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }`

const monthsBack = (n: number) => {
  const today = todayInBeijing()
  const index = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 - n
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

describe.each(ENGINES)('finances for residents on $name', (engine) => {
  let t: TestGateway
  let zw: string
  let committee: string
  let committeeB: string
  let steward: string
  let resident: string
  beforeAll(async () => {
    t = await startGateway(engine)
    zw = (await demoPlaces(t)).zhongwang.id
    ;[committee, steward, resident] = await Promise.all([t.signIn('committee-zhongwang'), t.signIn('steward-zhongwang'), t.signIn('resident-changbaoe')])
    committeeB = await t.signIn('committee-zhongwang-b', '物管会二号')
    const personId = (await t.ok('{ viewer { id } }', {}, committeeB)).viewer.id
    await t.ok(GRANT, { input: { personId, role: 'COMMITTEE', scopeId: zw } }, await t.signIn('admin-dongyingpan'))
  })
  afterAll(() => t?.close())

  /** Every approved entry of the period through the paged list, summed exactly. */
  const allEntries = async (period: string, account?: string) => {
    const nodes: any[] = []
    let after: string | null = null
    do {
      const page: any = (await t.ok(ENTRIES, { c: zw, p: period, a: account, first: 100, after }, resident)).financeEntries
      nodes.push(...page.edges.map((e: any) => e.node))
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null
    } while (after)
    return nodes
  }
  const sum = (nodes: any[], accounts: string[]) => nodes.filter((n) => accounts.includes(n.account)).reduce((s, n) => s + BigInt(n.amountFen), 0n)
  const INCOME = ['PROPERTY_FEE', 'PARKING', 'SHARED_INCOME']
  const SPENDING = ['LABOUR', 'CLEANING', 'GREENING', 'REPAIR', 'UTILITIES', 'OTHER']

  it('shows the demo year: fees unchanged, every month in surplus, statements equal to the sum of their entries', async () => {
    let balance = 0n
    const fees = new Set<string>()
    for (let back = 12; back >= 1; back--) {
      const period = monthsBack(back)
      const s = (await t.ok(STATEMENT, { c: zw, p: period }, resident)).financeStatement
      const nodes = await allEntries(period)
      expect(nodes.length, period).toBe(s.entryCount)
      expect(BigInt(s.incomeFen), period).toBe(sum(nodes, INCOME))
      expect(BigInt(s.spendingFen), period).toBe(sum(nodes, SPENDING))
      expect(BigInt(s.openingBalanceFen), period).toBe(balance)
      expect(BigInt(s.closingBalanceFen)).toBe(balance + BigInt(s.incomeFen) - BigInt(s.spendingFen))
      expect(BigInt(s.incomeFen) > BigInt(s.spendingFen), `${period} in surplus`).toBe(true)
      for (const a of s.spending) expect(BigInt(a.totalFen)).toBe(sum(nodes, [a.account]))
      balance = BigInt(s.closingBalanceFen)
      fees.add(nodes.find((n) => n.account === 'PROPERTY_FEE').amountFen)
      expect(s.months.at(-1)).toEqual({ month: period, incomeFen: s.incomeFen, spendingFen: s.spendingFen })
    }
    expect(fees.size).toBeLessThanOrEqual(3) // the same fee; only the collection varies a little
    expect(balance > 0n).toBe(true)

    const quarter = `${monthsBack(1).slice(0, 4)}-Q${Math.ceil(Number(monthsBack(1).slice(5, 7)) / 3)}`
    const q = (await t.ok(STATEMENT, { c: zw, p: quarter }, resident)).financeStatement
    expect(q.label).toMatch(/^\d{4}年第[一二三四]季度$/)
    expect(BigInt(q.incomeFen)).toBe(sum(await allEntries(quarter), INCOME))
    expect(await t.code(STATEMENT, { c: zw, p: '2026-13' }, resident)).toBe('BAD_USER_INPUT')
  })

  it('draws the east-gate lights from the fund against the passed owners’ decision, whose page shows it', async () => {
    const proposals = (await t.ok('{ proposals(first: 50) { edges { node { id title } } } }', {}, resident)).proposals.edges.map((e: any) => e.node)
    const lights = proposals.find((p: any) => p.title === '使用维修资金维修东门路灯').id
    const p = (await t.ok('query($id: ID!) { proposal(id: $id) { fundDrawnFen fundDraws { amountFen description vouchers { url } decision { id } } } }', { id: lights }, resident)).proposal
    expect(p.fundDrawnFen).toBe('1860000')
    expect(p.fundDraws[0]).toMatchObject({ amountFen: '1860000', decision: { id: lights } })
    expect(p.fundDraws[0].vouchers[0].url).toMatch(/^http/)
    const month = todayInBeijing(new Date(Date.now() - 2 * 86_400_000)).slice(0, 7)
    const s = (await t.ok(STATEMENT, { c: zw, p: month }, resident)).financeStatement
    expect(s.fundDraws.map((d: any) => d.decision.title)).toEqual(['使用维修资金维修东门路灯'])
    expect(BigInt(s.fundClosingFen)).toBe(12600000n - 1860000n)
  })

  it('masks private counterparties for residents, not for staff', async () => {
    const period = monthsBack(1)
    const shown = (await allEntries(period, 'SHARED_INCOME')).find((n) => n.counterparty?.kind === 'PERSON')
    expect(shown.counterparty.name).toBe('张*')
    const staff = (await t.ok(ENTRIES, { c: zw, p: period, a: 'SHARED_INCOME' }, committee)).financeEntries.edges.map((e: any) => e.node)
    expect(staff.find((n: any) => n.counterparty?.kind === 'PERSON').counterparty.name).toBe('张秀兰')
    const org = (await allEntries(period, 'LABOUR'))[0]
    expect(org.counterparty).toEqual({ kind: 'ORGANISATION', name: '东营管家服务站' })
  })

  it('answers questions publicly; one past its due time shows as overdue on the statement', async () => {
    const period = monthsBack(1)
    const s0 = (await t.ok(STATEMENT, { c: zw, p: period }, resident)).financeStatement
    expect(s0).toMatchObject({ openQuestions: 1, overdueQuestions: 0 }) // the demo's pending question
    const pump = (await allEntries(monthsBack(6), 'REPAIR'))[0]
    expect(pump.questions[0]).toMatchObject({ answer: expect.stringContaining('排水泵'), overdue: false })

    const target = (await allEntries(period, 'OTHER'))[0]
    const ASK = 'mutation($e: ID!, $b: String!) { askFinanceQuestion(entryId: $e, body: $b) { id dueAt overdue answer } }'
    expect(await t.code(ASK, { e: target.id, b: '办公用品买了什么?' }, await t.signIn('resident-nowhere'))).toBe('NOT_FOUND')
    expect(await t.code(ASK, { e: target.id, b: '?' }, resident)).toBe('BAD_USER_INPUT')
    const q = (await t.ok(ASK, { e: target.id, b: '办公用品买了什么?' }, resident)).askFinanceQuestion
    expect(new Date(q.dueAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000)
    const committeeInbox = (await t.ok('{ viewer { inbox(first: 5) { edges { node { kind } } } } }', {}, committee)).viewer.inbox.edges.map((e: any) => e.node.kind)
    expect(committeeInbox).toContain('FINANCE_QUESTION')
    await t.gateway.db.updateTable('finance_questions').set({ due_at: new Date(Date.now() - 60_000).toISOString() }).where('id', '=', q.id).execute() // its week has passed
    expect((await t.ok(STATEMENT, { c: zw, p: period }, resident)).financeStatement).toMatchObject({ openQuestions: 2, overdueQuestions: 1 })

    const ANSWER = 'mutation($id: ID!, $a: String!) { answerFinanceQuestion(id: $id, answer: $a) { answer overdue entry { id } } }'
    expect(await t.code(ANSWER, { id: q.id, a: '打印纸和墨盒' }, resident)).toBe('FORBIDDEN')
    expect(await t.code(ANSWER, { id: q.id, a: '打印纸和墨盒' }, steward)).toBe('FORBIDDEN')
    expect((await t.ok(ANSWER, { id: q.id, a: '打印纸和墨盒,发票在服务站可查。' }, committee)).answerFinanceQuestion).toMatchObject({ overdue: false, entry: { id: target.id } })
    expect(await t.code(ANSWER, { id: q.id, a: '再答一次' }, committee)).toBe('CONFLICT')
    expect((await t.ok(STATEMENT, { c: zw, p: period }, resident)).financeStatement).toMatchObject({ openQuestions: 1, overdueQuestions: 0 })
    const seen = (await allEntries(period, 'OTHER'))[0]
    expect(seen.questions.map((x: any) => [x.body, x.answer])).toEqual([['办公用品买了什么?', '打印纸和墨盒,发票在服务站可查。']])
    // Every act is audited, the question as well as its answer.
    const admin = await t.signIn('admin-dongyingpan')
    const { community_id } = await t.gateway.db.selectFrom('finance_entries').select('community_id').where('id', '=', target.id).executeTakeFirstOrThrow()
    const audit = (await t.ok('query($c: ID!) { auditLog(communityId: $c, first: 100) { edges { node { action details } } } }', { c: community_id }, admin)).auditLog.edges.map((e: any) => e.node)
    expect(audit.filter((n: any) => n.details?.questionId === q.id).map((n: any) => n.action).sort()).toEqual(['finance.answer', 'finance.question'])
  })

  it('publishes a statement as a 廉洁文化 notice to the compound with a button to it, acknowledged like other notices', async () => {
    const period = monthsBack(1)
    const PUBLISH = 'mutation($c: ID!, $p: String!) { publishFinanceStatement(compoundId: $c, period: $p) { id title category requiresAck body compound { id } action { label path } } }'
    expect(await t.code(PUBLISH, { c: zw, p: period }, resident)).toBe('FORBIDDEN')
    expect(await t.code(PUBLISH, { c: zw, p: period }, steward)).toBe('FORBIDDEN')
    expect(await t.code(PUBLISH, { c: zw, p: '2019-01' }, committee)).toBe('CONFLICT') // nothing approved then
    const n = (await t.ok(PUBLISH, { c: zw, p: period }, committee)).publishFinanceStatement
    const s = (await t.ok(STATEMENT, { c: zw, p: period }, resident)).financeStatement
    expect(n).toMatchObject({ category: 'INTEGRITY_CULTURE', requiresAck: true, compound: { id: zw }, action: { label: '查看收支明细', path: `/features/finances/pages/statement/index?compoundId=${zw}&period=${period}` } })
    expect(n.title).toBe(`众望小区${s.label}财务收支公开`)
    expect(n.body).toContain(s.chainHead)
    const yuan = (f: string) => `${(BigInt(f) / 100n).toLocaleString('en-US')}.${(BigInt(f) % 100n).toString().padStart(2, '0')}`
    expect(n.body).toContain(`本期收入 ${yuan(s.incomeFen)} 元`)
    const seen = (await t.ok('query($id: ID!) { notice(id: $id) { id action { path } } }', { id: n.id }, resident)).notice
    expect(seen.action.path).toBe(n.action.path)
    expect((await t.ok('query($id: ID!) { notice(id: $id) { id } }', { id: n.id }, await t.signIn('resident-nowhere'))).notice).toBeNull() // the compound's audience only
    expect((await t.ok('mutation($id: ID!) { acknowledgeNotice(id: $id) { viewerHasAcknowledged acknowledgedCount } }', { id: n.id }, resident)).acknowledgeNotice).toEqual({ viewerHasAcknowledged: true, acknowledgedCount: 1 })
  })

  it('records action-plan spending in the ledger, so the plan and the statement agree to the fen', async () => {
    const proposals = (await t.ok('{ proposals(first: 50) { edges { node { id title } } } }', {}, committee)).proposals.edges.map((e: any) => e.node)
    const lights = proposals.find((p: any) => p.title === '使用维修资金维修东门路灯').id
    const task = (await t.ok('mutation($p: ID!, $input: TaskInput!) { addTask(proposalId: $p, input: $input) { id } }', { p: lights, input: { title: '更换灯杆', ownerName: '杨管家', budgetCents: 2000000 } }, committee)).addTask
    await t.ok('mutation($id: ID!) { updateTask(id: $id, input: { status: IN_PROGRESS, spentCents: 123456, note: "灯杆到货" }) { id } }', { id: task.id }, committee)
    const TASK = 'query($id: ID!) { proposal(id: $id) { spentCents fundDrawnFen tasks { spentCents spentFen pendingSpentFen } } }'
    expect((await t.ok(TASK, { id: lights }, resident)).proposal.tasks[0]).toEqual({ spentCents: 0, spentFen: '0', pendingSpentFen: '123456' })
    const pending = (await t.ok(`query($c: ID!, $p: String!) { financeEntries(compoundId: $c, period: $p, pending: true) { edges { node { id account amountFen decision { id } } } } }`, { c: zw, p: todayInBeijing().slice(0, 7) }, committeeB)).financeEntries.edges.map((e: any) => e.node)
    const entry = pending.find((e: any) => e.amountFen === '123456')
    expect(entry).toMatchObject({ account: 'FUND_DRAW', decision: { id: lights } })
    expect(await t.code(APPROVE, { id: entry.id }, committee)).toBe('FORBIDDEN') // the committee member who wrote the plan recorded it
    await t.ok(APPROVE, { id: entry.id }, committeeB)
    const after = (await t.ok(TASK, { id: lights }, resident)).proposal
    expect(after.tasks[0]).toEqual({ spentCents: 123456, spentFen: '123456', pendingSpentFen: '0' })
    expect(after.fundDrawnFen).toBe(String(1860000 + 123456))
  })

  it('puts ledger entries naming a person in their export, and anonymises them on deletion', async () => {
    const person = await t.signIn('resident-stall-renter', '摊主')
    const personId = (await t.ok('{ viewer { id } }', {}, person)).viewer.id
    const input = { compoundId: zw, date: todayInBeijing(), account: 'SHARED_INCOME', amountFen: '30000', description: '临时摊位租金', counterparty: { kind: 'PERSON', name: '王小明', accountId: personId } }
    const { recordFinanceEntry: e } = await t.ok(RECORD, { input }, steward)
    await t.ok(APPROVE, { id: e.id }, committee)
    const own = (await t.ok('query($id: ID!) { financeEntry(id: $id) { counterparty { name } hash } }', { id: e.id }, resident)).financeEntry
    expect(own.counterparty.name).toBe('王*')
    const exported = (await t.ok('{ exportMyData }', {}, person)).exportMyData
    expect(exported.finances.ledgerEntriesAsCounterparty).toEqual([expect.objectContaining({ id: e.id, amountFen: '30000', counterpartyName: '王小明' })])
    expect(exported.readable).toContain('收支公开中以我为收付款方的账目(1)')
    await t.ok('mutation { deleteMyAccount }', {}, person)
    const after = (await t.ok('query($id: ID!) { financeEntry(id: $id) { counterparty { name } hash amountFen } }', { id: e.id }, committee)).financeEntry
    expect(after).toEqual({ counterparty: { name: '(已注销)' }, hash: own.hash, amountFen: '30000' }) // the chain holds
    const kept = (await t.ok('{ personalDataKeptAfterDeletion { what } }', {}, null)).personalDataKeptAfterDeletion.map((k: any) => k.what)
    expect(kept).toContain('收支公开中以您为收付款方的账目')
  })
})
