import os from 'node:os'
import { sql } from 'kysely'
import type { OutboxRow } from '../../gateway/db/tables'
import type { FakeWeChat } from '../gateway/fake-wechat'
import { ok, pool, gql, type Cluster, type Instance } from './cluster'
import { seedPeople, type Person } from './fixtures'

// What the cluster test needs to watch the outbox and the clock across instances: subscribe
// messages made the real way (people sign up for an activity, the admin cancels it: each of them
// is told), what the fake WeChat received of them, and the job_runs log.

export const WECHAT_APP = { appId: 'wx-cluster-app', secret: 'cluster-secret' }
export const ACTIVITY_TEMPLATE = 'tmpl-activity'

/** The instances' environment for WeChat (the fake) and a clock fast enough to watch. */
export function clusterWeChatEnv(fake: FakeWeChat): Record<string, string> {
  return {
    ...fake.env,
    WECHAT_SUBSCRIBE_TEMPLATES: `ACTIVITY_STATUS=${ACTIVITY_TEMPLATE}:thing1,phrase2,time3`,
    OUTBOX_INTERVAL_MS: '250',
    OUTBOX_RETRY_BASE_MS: '200',
    // Every cron task each minute: several periods of each sweep during the test.
    JOBS_CRON: '* * * * *',
  }
}

const SEND = '/cgi-bin/message/subscribe/send'

export async function until(what: string, check: () => Promise<boolean>, ms = 120_000): Promise<void> {
  const end = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

export interface Batch { title: string; people: Person[]; rows: () => Promise<OutboxRow[]> }

/**
 * `count` people (openid, one acceptance of the activity template) sign up through nginx for a new
 * activity titled `title`; the admin cancels it, which puts one ACTIVITY_STATUS message per person
 * into the outbox, in the cancel's transaction.
 */
export async function cancelledActivity(c: Cluster, admin: string, communityId: string, title: string, count: number): Promise<Batch> {
  const people = await seedPeople(c.db, `outbox-${title}`, count, { templateId: ACTIVITY_TEMPLATE })
  const hour = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString()
  const input = { communityId, kind: 'FESTIVAL', title, description: '集群测试', venue: '实践站', startsAt: hour(72), endsAt: hour(74), signUpDeadline: hour(48), capacity: count, maxPartySize: 1, eligibility: 'ANYONE', waitlist: false, needsApproval: false }
  const activityId = (await ok(c.url, 'mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }', { input }, admin)).createActivity.id
  await ok(c.url, 'mutation($id: ID!) { publishActivity(id: $id) { id } }', { id: activityId }, admin)
  await pool(people, 50, async (p) => {
    const answer = await gql(c.url, 'mutation($a: ID!) { register(activityId: $a, partySize: 1) { status } }', { a: activityId }, p.token)
    if (answer.status !== 200 || answer.errors) throw new Error(`register: ${answer.status} ${JSON.stringify(answer.errors)}`)
  })
  await ok(c.url, 'mutation($id: ID!, $r: String!) { cancelActivity(id: $id, reason: $r) { status } }', { id: activityId, r: '场地临时不可用' }, admin)
  const ids = people.map((p) => p.id)
  const rows = () => c.db.selectFrom('outbox').selectAll().where('account_id', 'in', ids).where('template', '=', 'ACTIVITY_STATUS').execute()
  return { title, people, rows }
}

/** How many times the fake WeChat received each person's message about `title` (openid → count). */
export function received(fake: FakeWeChat, title: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const r of fake.requestsTo(SEND)) {
    if (r.body?.template_id !== ACTIVITY_TEMPLATE || r.body?.data?.thing1?.value !== title) continue
    counts.set(String(r.body.touser), (counts.get(String(r.body.touser)) ?? 0) + 1)
  }
  return counts
}

export const openidOf = (p: Person) => `o-${p.handle}`

/** The jobs instance id of a gateway process starts with its host and pid (gateway/jobs/index.ts instanceId). */
export const claimedByInstance = (claimedBy: string | null, instance: Instance) => claimedBy?.startsWith(`${os.hostname()}:${instance.pid}:`) ?? false

export interface LoggedRun { task: string; period: string | null; instance: string; outcome: string }

export const jobRuns = (c: Cluster): Promise<LoggedRun[]> => c.db.selectFrom('job_runs').select(['task', 'period', 'instance', 'outcome']).execute()

/** graphile-worker's jobs for a cron period still locked by a worker (one that died mid-job stays locked for hours). */
export async function lockedCronJobs(c: Cluster): Promise<{ task: string; period: string }[]> {
  const schema = sql.id(`${c.schema}_jobs`)
  const { rows } = await sql<{ task: string; period: string }>`
    SELECT t.identifier AS task, j.payload->'_cron'->>'ts' AS period
    FROM ${schema}._private_jobs j JOIN ${schema}._private_tasks t ON t.id = j.task_id
    WHERE j.locked_at IS NOT NULL AND j.payload->'_cron' IS NOT NULL`.execute(c.db)
  return rows
}
