import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { entryHash, GENESIS_HASH, brokenLink } from '../../gateway/modules/finances/chain'
import { appendEntry } from '../../gateway/modules/finances/ledger'
import { newId } from '../../gateway/lib/ids'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'

// 收支公开 at size, on both engines: 10,000 entries written through the ledger sum exactly (integer
// fen end to end, past GraphQL's 32-bit Int); 100,000 entries page by keyset with the same number
// of SQL statements on the first page as deep in the list, and one flat COUNT for the total.

const ENTRIES = `query($c: ID!, $p: String!, $first: Int, $after: String) { financeEntries(compoundId: $c, period: $p, first: $first, after: $after) { totalCount edges { node { id amountFen date seq } } pageInfo { hasNextPage endCursor } } }`
const STATEMENT = `query($c: ID!, $p: String!) { financeStatement(compoundId: $c, period: $p) { incomeFen spendingFen entryCount closingBalanceFen income { account totalFen entryCount } chainLength } }`

/** A deterministic spread of large amounts with odd fen (no float would hold their sum by accident of roundness). */
const amountOf = (i: number) => BigInt(((i * 2_654_435_761) % 9_999_999_937) + 1)

/** Long synchronous writes (SQLite) hold the event loop past the server's keep-alive: let idle sockets close before the next request. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 200))

describe.each(ENGINES)('finances at size on $name', (engine) => {
  let t: TestGateway
  let places: Awaited<ReturnType<typeof demoPlaces>>
  let admin: string
  beforeAll(async () => {
    // The viewer is looked up once and kept: with the usual 5 s cache a lookup (2 statements)
    // lands inside a measured request whenever the cache expires between it and its warm-up,
    // which a loaded machine makes likely; the count is then the page's own, not the session's.
    t = await startGateway(engine, {}, { viewerCacheTtlMs: 3_600_000 })
    places = await demoPlaces(t)
    admin = await t.signIn('admin-xinhuadongjie')
  })
  afterAll(() => t?.close())

  it('sums 10,000 entries written through the ledger exactly', async () => {
    const community = places.community('新华东街社区')
    const place = { communityId: community.id, compoundId: community.compounds[0]!.id }
    const recorder = (await t.ok('{ viewer { id } }', {}, admin)).viewer.id
    let expected = 0n
    for (let batch = 0; batch < 10; batch++) {
      await t.gateway.db.transaction().execute(async (trx) => {
        for (let i = batch * 1000; i < (batch + 1) * 1000; i++) {
          const amount = amountOf(i)
          expected += amount
          await appendEntry(trx, { ...place, date: `2024-06-${String((i % 28) + 1).padStart(2, '0')}`, account: i % 2 ? 'PROPERTY_FEE' : 'PARKING', amountFen: amount, counterpartyId: null, description: `第 ${i} 笔`, voucherIds: [], decisionId: null, taskId: null, reversesId: null, importId: null, recordedBy: recorder, approvedBy: recorder })
        }
      })
    }
    expect(expected > 2n ** 31n * 1000n).toBe(true)
    await settle()
    const s = (await t.ok(STATEMENT, { c: place.compoundId, p: '2024-06' }, admin)).financeStatement
    expect(s.incomeFen).toBe(expected.toString())
    expect(s.entryCount).toBe(10_000)
    expect(s.chainLength).toBe(10_000)
    expect(BigInt(s.income.find((a: any) => a.account === 'PROPERTY_FEE').totalFen) + BigInt(s.income.find((a: any) => a.account === 'PARKING').totalFen)).toBe(expected)
    const quarter = (await t.ok(STATEMENT, { c: place.compoundId, p: '2024-Q2' }, admin)).financeStatement
    expect(quarter.closingBalanceFen).toBe(expected.toString())
    const rows = await t.gateway.db.selectFrom('finance_entries').selectAll().where('compound_id', '=', place.compoundId).execute()
    expect(brokenLink(rows)).toBeNull()
  }, 300_000)

  it('pages 100,000 entries by keyset: as many statements deep in the list as on the first page, one flat count', async () => {
    const community = places.community('洪城河社区')
    const place = { communityId: community.id, compoundId: community.compounds[0]!.id }
    const token = await t.signIn('admin-hongchenghe')
    // Written in bulk (the hashes chained as the ledger would), then read through the API.
    let head = GENESIS_HASH
    const total = 100_000
    for (let start = 0; start < total; start += 500) {
      const rows = []
      for (let i = start; i < Math.min(total, start + 500); i++) {
        const seq = i + 1
        const content = { seq, compound_id: place.compoundId, entry_date: `2025-01-${String((i % 31) + 1).padStart(2, '0')}`, account: 'PROPERTY_FEE' as const, amount_fen: String(100 + (i % 997)), counterparty_id: null, description: `批量 ${i}`, voucher_ids: '[]', decision_id: null, task_id: null, reverses_id: null, recorded_by: null, recorded_at: '2025-02-01T00:00:00.000Z' }
        const hash = entryHash(head, content)
        rows.push({ ...content, id: newId(), community_id: place.communityId, import_id: null, status: 'APPROVED' as const, approved_by: null, approved_at: null, prev_hash: head, hash })
        head = hash
      }
      await t.gateway.db.insertInto('finance_entries').values(rows).execute()
    }
    await t.gateway.db.insertInto('finance_chains').values({ compound_id: place.compoundId, head, length: total }).execute()
    await settle()

    const measure = async (first: number, after: string | null) => {
      await t.ok(ENTRIES, { c: place.compoundId, p: '2025-01', first, after }, token)
      const before = t.statements()
      const page = (await t.ok(ENTRIES, { c: place.compoundId, p: '2025-01', first, after }, token)).financeEntries
      return { page, statements: t.statements() - before }
    }
    const firstPage = await measure(20, null)
    expect(firstPage.page.totalCount).toBe(total)
    expect(firstPage.page.edges).toHaveLength(20)
    const small = await measure(2, null)
    expect(small.statements).toBe(firstPage.statements)
    // Walk 50 pages of 100 (5,000 entries) along the cursor, newest first, none repeated.
    let after: string | null = null
    const seen = new Set<string>()
    let last: { date: string; seq: number } | null = null
    for (let i = 0; i < 50; i++) {
      const { page } = await measure(100, after)
      for (const e of page.edges) {
        expect(seen.has(e.node.id)).toBe(false)
        seen.add(e.node.id)
        if (last) expect(e.node.date < last.date || (e.node.date === last.date && e.node.seq < last.seq)).toBe(true)
        last = e.node
      }
      after = page.pageInfo.endCursor
    }
    expect(seen.size).toBe(5_000)
    const deep = await measure(20, after)
    expect(deep.page.totalCount).toBe(total)
    expect(deep.statements, 'deep in the list').toBe(firstPage.statements)
    const s = (await t.ok(STATEMENT, { c: place.compoundId, p: '2025-01' }, token)).financeStatement
    expect(s.entryCount).toBe(total)
  }, 600_000)
})
