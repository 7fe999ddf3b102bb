import { Logger as WorkerLogger, parseCronItems, run, runMigrations, type Runner, type Task } from 'graphile-worker'
import pg from 'pg'
import { runReported, runs, type JobDeps, type Jobs, type PeriodicTask } from './index'

// PostgreSQL, any number of instances: the tasks are graphile-worker jobs in its own schema,
// taken by whichever instance's worker is free (SKIP LOCKED inside graphile-worker). A cron task
// is a crontab item: every instance's scheduler tries to add the job for a minute, and
// graphile-worker's known_crontabs row for the item lets exactly one of them (the update of its
// last_execution that wins), so it runs once per period across the cluster. An everyMs task is
// added by every instance on its interval under one job key, aimed at the next multiple of the
// interval: the instances' additions meet in one pending job.

const CONCURRENCY = 2

export function createPgJobs(deps: JobDeps, tasks: readonly PeriodicTask[], schema: string): Jobs {
  const shared = runs(tasks, deps)
  const { reporting } = shared
  const timers: NodeJS.Timeout[] = []
  let pool: pg.Pool | null = null
  let runner: Runner | null = null
  const { database } = deps.config
  if (database.engine !== 'postgres') throw new Error('the graphile-worker queue needs PostgreSQL')
  const connection = () => {
    if (pool) return pool
    pool = new pg.Pool({ connectionString: database.url, max: CONCURRENCY + 2 })
    pool.on('error', (err) => deps.log.warn({ err }, 'job worker connection lost')) // an idle client the server closed
    return pool
  }
  const logger = new WorkerLogger((scope) => (level: string, message: string, meta?: unknown) => {
    const entry = { scope, meta, component: 'graphile-worker' }
    if (level === 'error') deps.log.error(entry, message)
    else if (level === 'warning') deps.log.warn(entry, message)
    else if (level === 'info') deps.log.info(entry, message)
    else deps.log.debug(entry, message)
  })
  const taskList = Object.fromEntries(
    tasks.map((t): [string, Task] => [
      t.name,
      async (payload) => {
        const period = (payload as { _cron?: { ts?: string } } | null)?._cron?.ts
        await runReported(t, deps, reporting, period)
      },
    ]),
  )
  // A period that failed is not retried: the next one sweeps the same rows.
  const cronItems = parseCronItems(tasks.filter((t) => t.cron).map((t) => ({ task: t.name, identifier: t.name, match: t.cron!, options: { backfillPeriod: 0, maxAttempts: 1 } })))

  let active = false
  // A worker that stops on an error of its own (its database connection lost) is started again.
  const startRunner = async (): Promise<void> => {
    const started = await run({ pgPool: connection(), schema, logger, concurrency: CONCURRENCY, noHandleSignals: true, pollInterval: 1000, taskList, parsedCronItems: cronItems })
    runner = started
    started.promise.then(
      () => {
        if (runner !== started || !active) return
        runner = null
        void restartAfterMigrationNotice()
      },
      (err: unknown) => {
        if (runner !== started || !active) return
        runner = null
        deps.log.error({ err }, 'job worker stopped on an error; starting it again in 5 s')
        setTimeout(() => void (active ? startRunner().catch((e: unknown) => deps.log.error({ err: e }, 'job worker could not start')) : undefined), 5000).unref()
      },
    )
  }
  // graphile-worker stops itself (and sets exit code 57) when told over LISTEN that a breaking
  // migration ran — but the channel is the database's, not the schema's: a fresh install in any
  // other schema of the database (another deployment, a test, a benchmark) says so too. Its own
  // schema decides: migrating it again throws when a newer release really moved it on (then the
  // worker stays stopped, as graphile-worker meant), and otherwise the worker starts again.
  const restartAfterMigrationNotice = async () => {
    try {
      await runMigrations({ pgPool: connection(), schema, logger })
    } catch (err) {
      deps.log.error({ err }, 'job worker stopped: its schema was migrated by a newer release; restart this instance with it')
      return
    }
    if (process.exitCode === 57) process.exitCode = undefined
    if (!active) return
    deps.log.warn({ schema }, "job worker stopped on another schema's migration notice; starting it again")
    await startRunner().catch((err: unknown) => deps.log.error({ err }, 'job worker could not start'))
  }

  const enqueue = (task: PeriodicTask) => {
    const every = task.everyMs!
    const runAt = new Date(Math.ceil(Date.now() / every) * every)
    runner?.addJob(task.name, {}, { jobKey: task.name, jobKeyMode: 'preserve_run_at', runAt, maxAttempts: 1 }).catch((err: unknown) => deps.log.warn({ err, task: task.name }, 'could not add job'))
  }

  return {
    kind: 'postgres',
    instance: reporting.instance,
    migrate: () => runMigrations({ pgPool: connection(), schema, logger }),
    start: async () => {
      active = true
      await startRunner()
      for (const task of tasks) {
        if (!task.everyMs) continue
        enqueue(task)
        const timer = setInterval(() => enqueue(task), task.everyMs)
        timer.unref()
        timers.push(timer)
      }
    },
    stop: async () => {
      active = false
      timers.splice(0).forEach(clearInterval)
      const [r, p] = [runner, pool]
      runner = null
      pool = null
      await r?.stop().catch(() => {}) // waits for the jobs it is running (throws when it already stopped itself)
      await p?.end()
    },
    runNow: shared.runNow,
    onRun: shared.onRun,
  }
}
