import { parseCronItems } from 'graphile-worker'
import { runReported, runs, type JobDeps, type Jobs, type PeriodicTask } from './index'

// SQLite, one instance: the tasks run in this process. A cron task runs at each matching minute
// (UTC, the matcher graphile-worker uses on PostgreSQL), an everyMs task on an interval; a task
// still running when its next turn comes skips that turn.

export function createLocalJobs(deps: JobDeps, tasks: readonly PeriodicTask[]): Jobs {
  const shared = runs(tasks, deps)
  const { reporting } = shared
  const running = new Map<string, Promise<unknown>>()
  const timers: NodeJS.Timeout[] = []
  let minuteTimer: NodeJS.Timeout | null = null
  let active = false
  const cron = tasks.filter((t) => t.cron)
  const matchers = new Map(parseCronItems(cron.map((t) => ({ task: t.name, identifier: t.name, match: t.cron! }))).map((item) => [item.identifier, item]))

  const turn = (task: PeriodicTask, period?: string) => {
    if (!active || running.has(task.name)) return
    const run = runReported(task, deps, reporting, period).finally(() => running.delete(task.name))
    running.set(task.name, run)
  }

  const scheduleMinute = () => {
    const now = Date.now()
    const next = now - (now % 60_000) + 60_000
    minuteTimer = setTimeout(() => {
      const at = new Date(next)
      const digest = { min: at.getUTCMinutes(), hour: at.getUTCHours(), date: at.getUTCDate(), month: at.getUTCMonth() + 1, dow: at.getUTCDay() }
      for (const task of cron) if (matchers.get(task.name)?.match(digest)) turn(task, at.toISOString())
      if (active) scheduleMinute()
    }, next - now + 1)
    minuteTimer.unref()
  }

  return {
    kind: 'local',
    instance: reporting.instance,
    migrate: async () => {},
    start: async () => {
      active = true
      for (const task of tasks) {
        if (!task.everyMs) continue
        const timer = setInterval(() => turn(task), task.everyMs)
        timer.unref()
        timers.push(timer)
      }
      if (cron.length) scheduleMinute()
    },
    stop: async () => {
      active = false
      timers.splice(0).forEach(clearInterval)
      if (minuteTimer) clearTimeout(minuteTimer)
      await Promise.all(running.values())
    },
    runNow: shared.runNow,
    onRun: shared.onRun,
  }
}
