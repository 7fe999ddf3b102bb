import type { Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { down, up } from '../../gateway/db/migrations/2026_12_03_0850_notice_counters'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'

// A notice's readCount and acknowledgedCount are counters on its row, bumped in the transaction that
// records a person's first read or acknowledgement: they must equal the marks recorded however
// many residents mark at once and however often each repeats it.
const PUBLISH = `mutation($input: PublishNoticeInput!) { publishNotice(input: $input) { id } }`
const READ = `mutation($id: ID!) { markNoticeRead(id: $id) { id readCount acknowledgedCount viewerHasRead } }`
const ACK = `mutation($id: ID!) { acknowledgeNotice(id: $id) { id readCount acknowledgedCount viewerHasAcknowledged } }`
const ONE = `query($id: ID!) { notice(id: $id) { readCount acknowledgedCount } }`
const LIST = `query($c: ID) { notices(communityId: $c, first: 100) { edges { node { id readCount acknowledgedCount } } } }`

describe.each(ENGINES)('notice counters on $name', (engine) => {
  let t: TestGateway
  let communityId: string
  let admin: string
  beforeAll(async () => {
    t = await startGateway(engine)
    communityId = (await demoPlaces(t)).dongyingpan.id
    admin = await t.signIn('admin-dongyingpan')
  })
  afterAll(() => t?.close())

  const marksOf = async (id: string) => {
    const count = async (table: 'notice_reads' | 'notice_acks') => Number((await t.gateway.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where('notice_id', '=', id).executeTakeFirstOrThrow()).n)
    return { readCount: await count('notice_reads'), acknowledgedCount: await count('notice_acks') }
  }
  const listed = async (id: string) => (await t.ok(LIST, { c: communityId })).notices.edges.map((e: any) => e.node).find((n: any) => n.id === id)

  it('counts each reader and acknowledger once under many concurrent, repeated marks', async () => {
    const { publishNotice: notice } = await t.ok(PUBLISH, { input: { communityId, category: 'ANNOUNCEMENT', title: '停水通知', body: '<p>周三上午停水</p>', requiresAck: true } }, admin)
    const residents = await Promise.all(Array.from({ length: 12 }, (_, i) => t.signIn(`resident-counter-${i}`)))
    // Every resident reads three times at once; every other one also acknowledges twice, all interleaved.
    const answers = await Promise.all(residents.flatMap((token, i) => [
      ...Array.from({ length: 3 }, () => t.ok(READ, { id: notice.id }, token)),
      ...(i % 2 ? [] : Array.from({ length: 2 }, () => t.ok(ACK, { id: notice.id }, token))),
    ]))
    const expected = { readCount: 12, acknowledgedCount: 6 }
    expect(await marksOf(notice.id)).toEqual(expected)
    expect(await t.ok(ONE, { id: notice.id })).toEqual({ notice: expected })
    expect(await listed(notice.id)).toEqual({ id: notice.id, ...expected })
    // Each answer shows the counts as they stood when its own mark was in: never above the final ones, never zero.
    for (const a of answers) {
      const n = a.markNoticeRead ?? a.acknowledgeNotice
      expect(n.readCount).toBeGreaterThanOrEqual(1)
      expect(n.readCount).toBeLessThanOrEqual(12)
      expect(n.acknowledgedCount).toBeLessThanOrEqual(6)
    }
    // The last mark of a new reader answers the count including it.
    const late = await t.signIn('resident-counter-late')
    expect((await t.ok(ACK, { id: notice.id }, late)).acknowledgeNotice).toMatchObject({ readCount: 13, acknowledgedCount: 7, viewerHasAcknowledged: true })
    expect((await t.ok(READ, { id: notice.id }, late)).markNoticeRead).toMatchObject({ readCount: 13, acknowledgedCount: 7, viewerHasRead: true })
  })

  it('the migration backfills the counters from the marks already recorded', async () => {
    const { publishNotice: notice } = await t.ok(PUBLISH, { input: { communityId, category: 'ANNOUNCEMENT', title: '电梯检修', body: '<p>周四检修</p>', requiresAck: true } }, admin)
    for (const handle of ['resident-backfill-a', 'resident-backfill-b', 'resident-backfill-c']) await t.ok(READ, { id: notice.id }, await t.signIn(handle))
    await t.ok(ACK, { id: notice.id }, await t.signIn('resident-backfill-a'))
    const db = t.gateway.db as unknown as Kysely<unknown>
    await down(db)
    await up(db)
    expect(await t.ok(ONE, { id: notice.id })).toEqual({ notice: { readCount: 3, acknowledgedCount: 1 } })
    const all = (await t.ok(LIST, { c: communityId })).notices.edges.map((e: any) => e.node)
    for (const n of all) expect({ readCount: n.readCount, acknowledgedCount: n.acknowledgedCount }).toEqual(await marksOf(n.id))
  })
})
