import { deliverOutbox } from '../modules/notify/service'
import { retryContentChecks } from '../modules/media/check'
import { sweepActivityReminders } from '../modules/activities/sweep'
import { sweepProposals } from '../modules/consult/sweep'
import { sweepIssues } from '../modules/issues/sweep'
import { escalateOverdueIssues } from '../modules/issues/escalation'
import { buildDigests } from '../modules/notify/digest'
import type { Config } from '../config'
import type { PeriodicTask } from './index'
import { pruneJobRuns } from './runs-log'

// Every periodic task of the gateway. A new one (an escalation, a digest) is one more entry:
// a name, a cron pattern in UTC (once per matching minute across all instances) or everyMs
// (frequent, concurrency-safe), and the function.
const OUTBOX_BATCH = 50
const OUTBOX_ROUNDS = 40 // at most 2,000 rows a run; the next run goes on

export function periodicTasks(config: Config): PeriodicTask[] {
  const outbox: PeriodicTask = {
    name: 'deliver_outbox',
    everyMs: config.outboxIntervalMs,
    // Drains batch after batch while they come full (a notice to a whole compound is hundreds of
    // rows), not one batch per interval; other instances' drains take other rows (SKIP LOCKED).
    run: async ({ db, platform, log, config: c }, _now, { instance }) => {
      let claimed = 0
      for (let round = 0; round < OUTBOX_ROUNDS; round++) {
        const n = await deliverOutbox(db, platform.wechat, log, c.subscribeTemplates, { batch: OUTBOX_BATCH, maxAttempts: c.outbox.maxAttempts, retryBaseMs: c.outbox.retryBaseMs, claimedBy: instance })
        claimed += n
        if (n < OUTBOX_BATCH) break
      }
      return claimed
    },
  }
  const cron: PeriodicTask[] = [
    { name: 'retry_content_checks', cron: '* * * * *', run: (deps) => retryContentChecks(deps) },
    { name: 'sweep_proposals', cron: '*/5 * * * *', run: ({ db }, now) => sweepProposals(db, now) },
    { name: 'sweep_activity_reminders', cron: '*/5 * * * *', run: ({ db }, now) => sweepActivityReminders(db, now) },
    { name: 'sweep_issues', cron: '*/5 * * * *', run: ({ db }, now) => sweepIssues(db, now) },
    { name: 'escalate_overdue_issues', cron: '*/5 * * * *', run: ({ db, config: c }, now) => escalateOverdueIssues(db, now, c.issueEscalationMarginHours) },
    // Each person's digest goes at the time they chose (Beijing time, 5-minute steps): looked for every 5 minutes.
    { name: 'build_digests', cron: '*/5 * * * *', run: ({ db }, now) => buildDigests(db, now) },
    { name: 'prune_rate_limits', cron: '*/10 * * * *', run: ({ limiter }) => limiter.prune() },
    // 03:17 Beijing: the job_runs log keeps two weeks.
    { name: 'prune_job_runs', cron: '17 19 * * *', run: ({ db }, now) => pruneJobRuns(db, now) },
  ]
  return [
    ...(config.outboxIntervalMs > 0 ? [outbox] : []), // OUTBOX_INTERVAL_MS=0: never delivered by the clock
    // JOBS_CRON: one schedule for them all (the cluster test sees several periods in a few minutes).
    ...(config.jobs.cron ? cron.map((t) => ({ ...t, cron: config.jobs.cron! })) : cron),
  ]
}
