import { CompiledQuery, sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'

// The notices page reads its keys through the notices_rank index (status, list rank, newest, id):
// in order, with no sort of every visible notice, and the scan stops at the page's end. The index
// holds only while notices/store.ts writes the rank as the index's very expression; this fails
// when the two drift apart (a bound parameter for the category is enough to lose it).
const PUBLISH = `mutation($input: PublishNoticeInput!) { publishNotice(input: $input) { id } }`
const LIST = `{ notices(first: 20) { edges { node { id title pinned readCount viewerHasRead } } } }`

describe.each(ENGINES)('the notices page statement on $name', (engine) => {
  let t: TestGateway
  const statements: { sql: string; parameters: readonly unknown[] }[] = []
  beforeAll(async () => {
    t = await startGateway(engine, {}, { onQuery: (event) => void statements.push({ sql: event.query.sql, parameters: event.query.parameters }) })
    const communityId = (await demoPlaces(t)).dongyingpan.id
    const admin = await t.signIn('admin-dongyingpan')
    for (let i = 0; i < 30; i++) await t.ok(PUBLISH, { input: { communityId, category: i % 3 ? 'ANNOUNCEMENT' : 'INTEGRITY_CULTURE', title: `第${i}期通知`, body: '<p>内容</p>' } }, admin)
  })
  afterAll(() => t?.close())

  it('reads the page in the index order of notices_rank, with no sort of the visible notices', async () => {
    const resident = await t.signIn('resident-plan')
    statements.length = 0
    const listed = (await t.ok(LIST, {}, resident)).notices.edges
    expect(listed).toHaveLength(20)
    const page = statements.find((s) => s.sql.includes('list_rank') && s.sql.includes('notice_reads'))
    expect(page, 'the page statement ran').toBeDefined()
    const { sql: text, parameters } = page!
    if (engine.name === 'sqlite') {
      const plan = (await t.gateway.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${text}`, [...parameters]))).rows.map((r) => r.detail)
      // The plan's first part is the page's keys (a co-routine), then the page is scanned and joined.
      const keys = plan.slice(0, plan.findIndex((d) => d.startsWith('SCAN page')))
      expect(keys.length).toBeGreaterThan(0)
      expect(keys.join(' | ')).toContain('USING INDEX notices_rank')
      expect(keys.join(' | ')).not.toContain('TEMP B-TREE')
    } else {
      // A few dozen rows are cheaper to sort than to read by index, so the planner is told to avoid
      // both scans and sorts: it can then only answer through an index that matches the expression.
      const plan = await t.gateway.db.connection().execute(async (c) => {
        await sql`set enable_seqscan = off`.execute(c)
        await sql`set enable_sort = off`.execute(c)
        try {
          return (await c.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`explain ${text}`, [...parameters]))).rows.map((r) => r['QUERY PLAN'])
        } finally {
          await sql`reset enable_seqscan`.execute(c)
          await sql`reset enable_sort`.execute(c)
        }
      })
      expect(plan.join('\n')).toMatch(/Index (Only )?Scan (Backward )?using notices_rank/)
    }
  })
})
