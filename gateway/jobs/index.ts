import { randomBytes } from 'node:crypto'
import os from 'node:os'
import type { Logger } from 'pino'
import type { Config } from '../config'
import type { DB } from '../db/database'
import type { Limiter } from '../lib/limiter'
import type { Platform } from '../platform'
import { createLocalJobs } from './queue-local'
import { createPgJobs } from './queue-pg'
import { createRunLog, type RunLog } from './runs-log'

// What the clock does, in one place for every engine. A periodic task is a name, a schedule and a
// function (tasks.ts lists them); adding one is adding an entry there. On PostgreSQL the tasks run
// as graphile-worker jobs shared by every instance (a cron task once per period across all of
// them); on SQLite, one instance by design, the same functions run in this process on timers.

/** What a task may use: the same pieces a request has, without a viewer. */
export interface JobDeps {
  db: DB
  config: Config
  log: Logger
  platform: Platform
  limiter: Limiter
}

export interface PeriodicTask {
  /** Unique, `[a-z_]+`: the graphile-worker task identifier (and crontab identifier). */
  name: string
  /**
   * A cron pattern in UTC, minute granularity (`*\/5 * * * *`; Beijing 08:00 is `0 0 * * *`): the
   * task runs once per matching minute across all instances.
   */
  cron?: string
  /**
   * Or about every `everyMs` milliseconds (for work that cannot wait a minute, e.g. the outbox):
   * instances coalesce onto one pending job, but two runs may overlap, so the task must be safe
   * to run concurrently (it claims its rows).
   */
  everyMs?: number
  run(deps: JobDeps, now: Date, run: RunContext): Promise<unknown>
}

/** What a run knows of itself. */
export interface RunContext {
  /** The instance running it (Jobs.instance): the outbox marks the rows it claims with it. */
  instance: string
  /** A cron task: the minute (ISO) it runs for. */
  period?: string
}

/** One finished run of a task, as `onRun` listeners see it. */
export interface TaskRun {
  task: string
  /** The instance that ran it (hostname:pid:random). */
  instance: string
  /** For a cron task: the minute (ISO) it ran for. */
  period?: string
  ok: boolean
  result?: unknown
  error?: unknown
}

export interface Jobs {
  readonly kind: 'postgres' | 'local'
  readonly instance: string
  /** PostgreSQL: brings graphile-worker's own schema up to date (called once under the startup lock). */
  migrate(): Promise<void>
  /** Starts scheduling and running tasks. */
  start(): Promise<void>
  /** Stops scheduling, lets running tasks finish, releases the worker's connections. */
  stop(): Promise<void>
  /** Runs one task now, in this process (scripts and tests). */
  runNow(name: string): Promise<unknown>
  /** Calls `listener` after every run on this instance; returns the unsubscribe. */
  onRun(listener: (run: TaskRun) => void): () => void
}

export interface JobsOptions {
  /** PostgreSQL: graphile-worker's schema (config JOBS_SCHEMA, or `<test schema>_jobs`). */
  workerSchema: string
}

export function instanceId(): string {
  return `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`
}

export function validateTasks(tasks: readonly PeriodicTask[]): void {
  const names = new Set<string>()
  for (const t of tasks) {
    if (!/^[a-z_]+$/.test(t.name)) throw new Error(`task name ${t.name}: [a-z_]+ only`)
    if (names.has(t.name)) throw new Error(`task ${t.name} is listed twice`)
    names.add(t.name)
    if (Boolean(t.cron) === Boolean(t.everyMs)) throw new Error(`task ${t.name}: give it either cron or everyMs`)
    if (t.everyMs !== undefined && t.everyMs < 100) throw new Error(`task ${t.name}: everyMs below 100`)
  }
}

/** Where a queue's runs go: the instance, the job_runs log and the onRun listeners. */
export interface Reporting {
  instance: string
  log: RunLog
  listeners: Set<(run: TaskRun) => void>
}

/**
 * Runs `task`, recording it in job_runs and telling the listeners; never throws (a failed run is
 * logged; the next period tries again).
 */
export async function runReported(task: PeriodicTask, deps: JobDeps, reporting: Reporting, period?: string): Promise<unknown> {
  const { instance, listeners } = reporting
  const finish = await reporting.log.start(task.name, instance, period)
  try {
    const result = await task.run(deps, new Date(), { instance, period })
    await finish('OK', result)
    for (const l of listeners) l({ task: task.name, instance, period, ok: true, result })
    return result
  } catch (error) {
    deps.log.error({ err: error, task: task.name }, 'periodic task failed')
    await finish('FAILED', error)
    for (const l of listeners) l({ task: task.name, instance, period, ok: false, error })
    return undefined
  }
}

/** The part both queues share: the instance, the run log and listeners, runNow and onRun. */
export function runs(tasks: readonly PeriodicTask[], deps: JobDeps) {
  const reporting: Reporting = { instance: instanceId(), log: createRunLog(deps.db, deps.log), listeners: new Set() }
  return {
    reporting,
    runNow: async (name: string) => {
      const task = tasks.find((t) => t.name === name)
      if (!task) throw new Error(`no task ${name}`)
      return runReported(task, deps, reporting)
    },
    onRun: (listener: (run: TaskRun) => void) => {
      reporting.listeners.add(listener)
      return () => void reporting.listeners.delete(listener)
    },
  }
}

/** The queue for the configured engine. */
export function createJobs(deps: JobDeps, tasks: readonly PeriodicTask[], options: JobsOptions): Jobs {
  validateTasks(tasks)
  return deps.config.database.engine === 'postgres' ? createPgJobs(deps, tasks, options.workerSchema) : createLocalJobs(deps, tasks)
}
