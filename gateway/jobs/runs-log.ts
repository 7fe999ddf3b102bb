import type { Logger } from 'pino'
import type { DB } from '../db/database'
import { newId } from '../lib/ids'

// The job_runs table: one row per run of a periodic task, on every engine, written as the run
// starts (RUNNING) and completed as it ends (OK or FAILED, with what it returned or why it
// failed). A run whose instance died stays RUNNING. Writing it is best effort: a task is not kept
// from running because its log line could not be written (the database is down: the task fails too).

const DETAIL_CHARS = 500
/** How long runs are kept (prune_job_runs). */
export const JOB_RUNS_KEPT_DAYS = 14

const detail = (value: unknown): string | null => {
  if (value === undefined || value === null) return null
  const text = value instanceof Error ? value.message : typeof value === 'string' ? value : JSON.stringify(value)
  return text.length > DETAIL_CHARS ? `${text.slice(0, DETAIL_CHARS - 1)}…` : text
}

export interface RunLog {
  /** Records the start of a run; returns the function that records its end. */
  start(task: string, instance: string, period: string | undefined): Promise<(outcome: 'OK' | 'FAILED', value: unknown) => Promise<void>>
}

export function createRunLog(db: DB, log: Logger): RunLog {
  return {
    async start(task, instance, period) {
      const id = newId()
      try {
        await db.insertInto('job_runs').values({ id, task, period: period ?? null, instance, started_at: new Date().toISOString(), finished_at: null, outcome: 'RUNNING', detail: null }).execute()
      } catch (err) {
        log.warn({ err, task }, 'could not record the start of a task run')
        return async () => {}
      }
      return async (outcome, value) => {
        try {
          await db.updateTable('job_runs').set({ outcome, finished_at: new Date().toISOString(), detail: detail(value) }).where('id', '=', id).execute()
        } catch (err) {
          log.warn({ err, task }, 'could not record the end of a task run')
        }
      }
    },
  }
}

/** Deletes runs that started more than JOB_RUNS_KEPT_DAYS ago; returns how many. */
export async function pruneJobRuns(db: DB, now: Date): Promise<number> {
  const before = new Date(now.getTime() - JOB_RUNS_KEPT_DAYS * 86_400_000).toISOString()
  const result = await db.deleteFrom('job_runs').where('started_at', '<', before).executeTakeFirst()
  return Number(result.numDeletedRows)
}
