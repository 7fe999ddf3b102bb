import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES, startGateway, type TestGateway } from './harness'

// The results page of a closed owners' vote pages its receipts in SQL: the ballot that counts for
// each owner is flagged when the vote closes, and a page is a keyset query on the receipt. On the
// demo's passed east-gate lights vote (101 counted ballots): the same number of statements for a
// page of 2 as for 50, pages that join across their boundary without a gap or a repeat, and the
// search by a receipt's beginning.

const RECEIPTS = `query($id: ID!, $s: String, $first: Int, $after: String) { proposal(id: $id) { voteReceipts(search: $s, first: $first, after: $after) { totalCount chainHead edges { node { receipt optionLabels } } pageInfo { hasNextPage endCursor } } } }`
interface Page { totalCount: number; chainHead: string; edges: Array<{ node: { receipt: string; optionLabels: string[] } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } }

describe.each(ENGINES)('receipts paged in SQL on $name', (engine) => {
  let t: TestGateway
  let resident: string
  let id: string
  beforeAll(async () => {
    t = await startGateway(engine)
    resident = await t.signIn('resident-changbaoe')
    const list = await t.ok<{ proposals: { edges: Array<{ node: { id: string; title: string } }> } }>('{ proposals(first: 50) { edges { node { id title } } } }', {}, resident)
    id = list.proposals.edges.find((e) => e.node.title === '使用维修资金维修东门路灯')!.node.id
  })
  afterAll(() => t?.close())

  const page = async (variables: Record<string, unknown>) => (await t.ok<{ proposal: { voteReceipts: Page } }>(RECEIPTS, { id, ...variables }, resident)).proposal.voteReceipts
  const statements = async (first: number) => {
    await page({ first })
    const before = t.statements()
    const got = await page({ first })
    expect(got.edges).toHaveLength(first)
    return t.statements() - before
  }

  it('costs the same statements for a page of 2 as for 50', async () => {
    const few = await statements(2)
    expect(few).toBeGreaterThan(0)
    expect(await statements(50)).toBe(few)
  })

  it('walks every counted ballot once, in receipt order, across page boundaries', async () => {
    const flagged = await t.gateway.db.selectFrom('owner_ballots').select(['receipt', 'owner_key']).where('proposal_id', '=', id).where('counted', '=', 1).execute()
    // One counted ballot per owner, and fewer than the chain holds where a paper ballot sits beside an online one.
    expect(new Set(flagged.map((b) => b.owner_key)).size).toBe(flagged.length)
    const seen: string[] = []
    let after: string | null = null
    let pages = 0
    for (;;) {
      const got: Page = await page({ first: 30, after })
      expect(got.totalCount).toBe(flagged.length)
      seen.push(...got.edges.map((e) => e.node.receipt))
      pages += 1
      if (!got.pageInfo.hasNextPage) break
      expect(got.edges).toHaveLength(30)
      after = got.pageInfo.endCursor
    }
    expect(flagged.length).toBe(101)
    expect(pages).toBe(4)
    expect(seen).toEqual([...flagged.map((b) => b.receipt)].sort())
    expect(new Set(seen).size).toBe(seen.length)
  })

  it('finds a household’s receipt by its beginning, in any case, with the choice it carries', async () => {
    const own = (await t.ok<{ proposal: { viewerBallot: { receipt: string } } }>('query($id: ID!) { proposal(id: $id) { viewerBallot { receipt } } }', { id }, resident)).proposal.viewerBallot.receipt
    const whole = await page({ s: own })
    expect(whole.totalCount).toBe(1)
    expect(whole.edges.map((e) => e.node)).toEqual([{ receipt: own, optionLabels: ['同意'] }])
    const begun = await page({ s: own.slice(0, 3).toLowerCase(), first: 100 })
    expect(begun.edges.every((e) => e.node.receipt.startsWith(own.slice(0, 3)))).toBe(true)
    expect(begun.edges.map((e) => e.node.receipt)).toContain(own)
    expect(begun.totalCount).toBe(begun.edges.length)
    // Not a receipt's characters (and never a LIKE pattern): nothing found, no error.
    expect((await page({ s: '%' })).totalCount).toBe(0)
    expect((await page({ s: 'ZZZZZZZZZZ' })).totalCount).toBe(0)
  })
})
