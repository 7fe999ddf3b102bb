import type { DB } from '../../db/database'
import { newId } from '../../lib/ids'
import { cutText } from '../../lib/input-text'
import { COLUMN, DEFAULT_PREFS, holdUntil, lastDigestMoment, prefsOf, type Prefs } from './prefs'

// The daily digest, run periodically by the gateway (and by tests with their own `now`): for each
// person with lines waiting (and each handler, whose queue is summed up), once per digest moment,
// one inbox message whose lines are the waiting items, and at most one subscribe message.
// Exactly once: the moment is claimed on the person's settings row (a guarded update), and each
// waiting line is claimed by setting its digest_id (a guarded update), both in one transaction;
// a line committed after the claim waits for the next digest, never lost, never in two.

const HANDLERS = ['GRID_WORKER', 'STEWARD', 'ADMIN']
const OPEN = ['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'REOPENED']

export function prefsRow(accountId: string, prefs: Prefs, at: string) {
  return {
    account_id: accountId,
    ...Object.fromEntries(Object.entries(COLUMN).map(([topic, column]) => [column, prefs.modes[topic as keyof typeof COLUMN]])) as Record<(typeof COLUMN)[keyof typeof COLUMN], string>,
    digest_at: prefs.digestAt, quiet_from: prefs.quietFrom, quiet_to: prefs.quietTo, last_digest_at: null, updated_at: at,
  }
}

/** A handler's open queue in their current roles' scope, and how much of it is overdue. */
async function queueOf(db: DB, accountId: string, at: string): Promise<{ open: number; overdue: number } | null> {
  const roles = await db.selectFrom('role_assignments').select(['scope_kind', 'scope_id']).where('account_id', '=', accountId).where('role', 'in', HANDLERS).execute()
  if (!roles.length) return null
  const ids = (kind: string) => roles.filter((r) => r.scope_kind === kind).map((r) => r.scope_id)
  const inScope = db.selectFrom('issues').where('status', 'in', OPEN).where((eb) => eb.or([
    eb('grid_id', 'in', [...ids('grid'), '']), eb('compound_id', 'in', [...ids('compound'), '']), eb('community_id', 'in', [...ids('community'), '']),
  ]))
  const [open, overdue] = await Promise.all([
    inScope.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    inScope.where('due_at', '<', at).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ])
  return { open: Number(open.n), overdue: Number(overdue.n) }
}

/** Builds the digest of one person for `moment` (true when it wrote one); nothing when it was built already or has nothing to say. */
async function buildOne(db: DB, accountId: string, prefs: Prefs, moment: string, now: Date): Promise<boolean> {
  const at = now.toISOString()
  return db.transaction().execute(async (trx) => {
    await trx.insertInto('notification_prefs').values(prefsRow(accountId, prefs, at)).onConflict((oc) => oc.column('account_id').doNothing()).execute()
    const claim = await trx.updateTable('notification_prefs').set({ last_digest_at: moment }).where('account_id', '=', accountId)
      .where((eb) => eb.or([eb('last_digest_at', 'is', null), eb('last_digest_at', '<', moment)])).executeTakeFirst()
    if (Number(claim.numUpdatedRows) !== 1) return false
    const digestId = newId()
    await trx.updateTable('digest_items').set({ digest_id: digestId }).where('account_id', '=', accountId).where('digest_id', 'is', null).where('created_at', '<=', moment).execute()
    const queue = await queueOf(trx, accountId, at)
    if (queue && queue.open) {
      await trx.insertInto('digest_items').values({
        id: newId(), account_id: accountId, kind: 'WORK_QUEUE', title: '我的待办', body: `未办结 ${queue.open} 条${queue.overdue ? `,其中逾期 ${queue.overdue} 条` : ''}`,
        subject_type: 'IssueQueue', subject_id: null, created_at: at, digest_id: digestId,
      }).execute()
    }
    const lines = await trx.selectFrom('digest_items').select(['title', 'body', 'subject_type']).where('digest_id', '=', digestId).orderBy('id').execute()
    if (!lines.length) return false
    const count = lines.filter((l) => l.subject_type !== 'IssueQueue').length
    const title = count ? `今日汇总:${count} 条新消息` : '今日待办汇总'
    await trx.insertInto('inbox_messages').values({
      id: digestId, account_id: accountId, kind: 'DIGEST', title, body: cutText(lines.map((l) => `${l.title}${l.body ? `:${l.body}` : ''}`).join(';'), 200),
      subject_type: null, subject_id: null, read_at: null, created_at: at,
    }).execute()
    const template = lines.some((l) => l.subject_type === 'Issue' || l.subject_type === 'IssueQueue') ? 'ISSUE_STATUS' : lines.some((l) => l.subject_type === 'Proposal') ? 'PROPOSAL_STAGE' : lines.some((l) => l.subject_type === 'Notice') ? 'NOTICE_PUBLISHED' : null
    if (template) {
      await trx.insertInto('outbox').values({
        id: newId(), account_id: accountId, template, payload: JSON.stringify({ page: 'features/account/pages/inbox/index', data: { thing1: cutText(title, 20), phrase2: '待查看' } }),
        status: 'PENDING', last_error: null, created_at: at, sent_at: null, hold_until: holdUntil(now, prefs),
      }).execute()
    }
    return true
  })
}

/** Everyone's digest due by `now`; returns how many inbox messages it wrote. */
export async function buildDigests(db: DB, now: Date = new Date()): Promise<number> {
  const waiting = await db.selectFrom('digest_items').select('account_id').distinct().where('digest_id', 'is', null).limit(5000).execute()
  const handlers = await db.selectFrom('role_assignments').select('account_id').distinct().where('role', 'in', HANDLERS).execute()
  const accounts = [...new Set([...waiting, ...handlers].map((r) => r.account_id))]
  const prefs = await prefsOf(db, accounts)
  let built = 0
  for (const accountId of accounts) {
    const mine = prefs.get(accountId) ?? DEFAULT_PREFS
    if (await buildOne(db, accountId, mine, lastDigestMoment(now, mine.digestAt), now)) built++
  }
  return built
}
