import { expect } from 'vitest'
import { buryInterrupted } from '../../gateway/modules/notify/outbox-store'
import type { FakeWeChat } from '../gateway/fake-wechat'
import type { Cluster } from './cluster'
import { cancelledActivity, claimedByInstance, jobRuns, lockedCronJobs, openidOf, received, until } from './deliveries'

// The bodies of the cluster test's outbox and clock checks (cluster.test.ts names and orders them):
// with every instance's graphile-worker on, each outbox row reaches the fake WeChat exactly once;
// an instance SIGKILLed mid-delivery leaves its rows at most once and the survivors send the rest;
// and each cron task ran once per period across the instances, kills included.

export interface Ctx { c: Cluster; fake: FakeWeChat; admin: string; communityId: string }

const tally = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0)
const byInstance = (rows: { claimed_by: string | null }[]) => rows.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.claimed_by ?? '-']: (acc[r.claimed_by ?? '-'] ?? 0) + 1 }), {})

export async function deliversEachRowOnce({ c, fake, admin, communityId }: Ctx, count: number): Promise<void> {
  expect(c.instances.every((i) => i.alive())).toBe(true)
  fake.delaySubscribes(15) // a WeChat that takes a moment: the instances' drains overlap
  const batch = await cancelledActivity(c, admin, communityId, '集群取消甲', count)
  expect(await batch.rows()).toHaveLength(count)
  await until('every row sent', async () => (await batch.rows()).every((r) => r.status === 'SENT'))
  const got = received(fake, batch.title)
  expect([...got.keys()].sort()).toEqual(batch.people.map(openidOf).sort())
  expect([...got.values()].filter((n) => n !== 1)).toEqual([])
  expect(tally(got)).toBe(count)
  const rows = await batch.rows()
  expect(rows.filter((r) => r.attempts !== 1)).toEqual([])
  const spent = await c.db.selectFrom('subscribe_consents').select((eb) => eb.fn.sum<number>('remaining').as('n')).where('account_id', 'in', batch.people.map((p) => p.id)).executeTakeFirstOrThrow()
  expect(Number(spent.n)).toBe(0) // one acceptance spent per message
  // The instances shared the work (their workers took the jobs in turn).
  const claimers = byInstance(rows)
  expect(Object.keys(claimers).filter((k) => c.instances.some((i) => claimedByInstance(k, i))).length).toBeGreaterThan(1)
  console.log(`[cluster test] outbox: ${count} rows sent once each, claimed by ${JSON.stringify(claimers)}`)
}

/** Returns the instance it killed. */
export async function atMostOnceAcrossAKill({ c, fake, admin, communityId }: Ctx, count: number): Promise<Cluster['instances'][number]> {
  expect(c.instances.every((i) => i.alive())).toBe(true)
  fake.delaySubscribes(300) // slow: every drain has sends in flight
  const batch = await cancelledActivity(c, admin, communityId, '集群取消乙', count)
  const openid = new Map(batch.people.map((p) => [p.id, openidOf(p)]))
  // An instance in the middle of sending: a row it claimed is still SENDING and WeChat has it.
  let victim: (typeof c.instances)[number] | undefined
  await until('an instance mid-delivery', async () => {
    const got = received(fake, batch.title)
    const inFlight = (await batch.rows()).filter((r) => r.status === 'SENDING' && got.has(openid.get(r.account_id)!))
    victim = c.instances.find((i) => inFlight.some((r) => claimedByInstance(r.claimed_by, i)))
    return Boolean(victim)
  }, 60_000)
  await victim!.kill()
  fake.delaySubscribes(0)
  const survivors = c.instances.filter((i) => i !== victim)
  const stranded = (rows: Awaited<ReturnType<Batch['rows']>>) => rows.filter((r) => r.status === 'SENDING' && claimedByInstance(r.claimed_by, victim!))
  // The survivors go on until all that is left is what the dead instance held.
  await until('the survivors drained the rest', async () => (await batch.rows()).every((r) => r.status === 'SENT' || stranded([r]).length === 1))
  const rows = await batch.rows()
  const left = stranded(rows)
  const got = received(fake, batch.title)
  const times = (r: { account_id: string }) => got.get(openid.get(r.account_id)!) ?? 0
  // Never twice, for anyone.
  expect([...got.values()].filter((n) => n > 1)).toEqual([])
  // Everything not held by the dead instance was sent exactly once (by it before it died, or by the survivors).
  const sent = rows.filter((r) => r.status === 'SENT')
  expect(sent.length + left.length).toBe(count)
  expect(sent.filter((r) => times(r) !== 1)).toEqual([])
  expect(sent.filter((r) => survivors.some((i) => claimedByInstance(r.claimed_by, i))).length).toBeGreaterThan(0)
  // What it held when it died: at most once — the send in flight reached WeChat, the rest of its batch never went.
  expect(left.length).toBeGreaterThan(0)
  expect(left.filter((r) => times(r) > 1)).toEqual([])
  expect(left.some((r) => times(r) === 1)).toBe(true)
  // Later those rows become dead letters (the drains bury what stayed SENDING 15 minutes; here at once) and are not sent again.
  expect(await buryInterrupted(c.db, new Date(Date.now() + 60_000).toISOString())).toBe(left.length)
  const before = tally(received(fake, batch.title))
  await new Promise((r) => setTimeout(r, 1500)) // several drains on the survivors
  expect(tally(received(fake, batch.title))).toBe(before)
  expect((await batch.rows()).filter((r) => r.status === 'DEAD')).toHaveLength(left.length)
  console.log(`[cluster test] outbox kill: ${victim!.name} died holding ${left.length} rows (${left.filter((r) => times(r) === 1).length} reached WeChat once, none again); ${sent.length} sent once each`)
  return victim!
}

type Batch = Awaited<ReturnType<typeof cancelledActivity>>

const minute = (iso: string) => Date.parse(iso) / 60_000

/** JOBS_CRON=* * * * *: each cron task once per minute. Waits until every task has `periods` of them. */
export async function eachTaskOncePerPeriod({ c }: Ctx, tasks: readonly string[], periods: number, dead: readonly Cluster['instances'][number][]): Promise<void> {
  await until(`${periods} periods of every cron task`, async () => {
    const runs = await jobRuns(c)
    return tasks.every((t) => new Set(runs.filter((r) => r.task === t && r.period).map((r) => r.period)).size >= periods)
  }, (periods + 2) * 60_000)
  const deadRun = (instance: string) => dead.some((i) => claimedByInstance(instance, i))
  // A live instance may have just started this minute's run: judge the periods seen so far once their runs have ended.
  const cutoff = (await jobRuns(c)).map((r) => r.period ?? '').sort().at(-1)!
  const seen = (rows: Awaited<ReturnType<typeof jobRuns>>) => rows.filter((r) => r.period && r.period <= cutoff)
  await until('the runs under way to end', async () => !seen(await jobRuns(c)).some((r) => r.outcome === 'RUNNING' && !deadRun(r.instance)), 90_000)
  const all = await jobRuns(c)
  const runs = seen(all)
  const locked = await lockedCronJobs(c)
  for (const task of tasks) {
    const mine = runs.filter((r) => r.task === task && r.period)
    const periodsRun = mine.map((r) => r.period!)
    // Once per period: no minute twice, whichever instance took it.
    expect(periodsRun.length - new Set(periodsRun).size, `${task}: ${JSON.stringify(periodsRun.sort())}`).toBe(0)
    // And no minute missed between the first and the last, but for a job a killed instance had taken (graphile-worker keeps it locked: at most once).
    const sorted = [...periodsRun].sort()
    for (let m = minute(sorted[0]!); m <= minute(sorted.at(-1)!); m++) {
      const period = new Date(m * 60_000).toISOString()
      if (periodsRun.includes(period)) continue
      expect(locked.some((l) => l.task === task && l.period === period), `${task} did not run for ${period}`).toBe(true)
    }
    // Every run ended well, except one cut short by a kill.
    expect(mine.filter((r) => r.outcome !== 'OK' && !(r.outcome === 'RUNNING' && deadRun(r.instance)))).toEqual([])
  }
  const spread = runs.filter((r) => r.period).reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.instance]: (acc[r.instance] ?? 0) + 1 }), {})
  expect(Object.keys(spread).length).toBeGreaterThan(1)
  console.log(`[cluster test] cron runs by instance: ${JSON.stringify(spread)}; outbox drains logged: ${all.filter((r) => r.task === 'deliver_outbox').length}`)
}
