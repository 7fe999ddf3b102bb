// The runtime's sense of "the app is still busy": requests in flight, short timers still to
// fire, callbacks to run on a later turn; settle() waits until all of it has been quiet a while.
// Errors the bundle throws from any of them are collected, not lost.

export interface Activity {
  errors: unknown[]
  /** Runs `fn` on a later turn (a WeChat callback), counted as work still to come. */
  later(fn: () => void, ms?: number): void
  /** Wraps a bundle function so what it throws is recorded (and still thrown). */
  guard<F extends (...args: never[]) => unknown>(fn: F): F
  /** Work that began elsewhere (a request); the returned function ends it. */
  begin(): () => void
  /** Something happened (a setData…): settle waits for quiet after it. */
  touch(): void
  /** setTimeout/clearTimeout/setInterval for the bundle: short timers count as pending work. */
  timers: { setTimeout: (fn: (...a: unknown[]) => void, ms?: number, ...a: unknown[]) => NodeJS.Timeout; clearTimeout: (timer: NodeJS.Timeout) => void; setInterval: (fn: (...a: unknown[]) => void, ms?: number, ...a: unknown[]) => NodeJS.Timeout }
  pending(): number
  settle(quietMs?: number, timeoutMs?: number): Promise<void>
  close(): void
}

export function createActivity(): Activity {
  const errors: unknown[] = []
  let pending = 0
  let lastActivity = Date.now()
  const own = new Set<NodeJS.Timeout>()
  const bundle = new Map<NodeJS.Timeout, boolean>()
  const intervals = new Set<NodeJS.Timeout>()

  const guard = <F extends (...args: never[]) => unknown>(fn: F): F =>
    function guarded(this: unknown, ...args: Parameters<F>) {
      try {
        return fn.apply(this, args)
      } catch (error) {
        errors.push(error)
        throw error
      }
    } as F

  return {
    errors,
    guard,
    later(fn, ms = 0) {
      pending++
      const timer = setTimeout(() => {
        own.delete(timer)
        pending--
        lastActivity = Date.now()
        try {
          fn()
        } catch (error) {
          errors.push(error)
        }
      }, ms)
      own.add(timer)
    },
    begin() {
      pending++
      let done = false
      return () => {
        if (done) return
        done = true
        pending--
        lastActivity = Date.now()
      }
    },
    touch: () => void (lastActivity = Date.now()),
    timers: {
      // Short timers are the bundle's work still to come (React's scheduler, Taro's batching), so
      // settle() waits for them; long ones (polling, reminders) are not.
      setTimeout: (fn, ms, ...a) => {
        const counted = (ms ?? 0) <= 1000
        if (counted) pending++
        const timer = setTimeout(() => {
          if (counted) pending--
          bundle.delete(timer)
          lastActivity = Date.now()
          guard(fn)(...a)
        }, ms)
        bundle.set(timer, counted)
        return timer
      },
      clearTimeout: (timer) => {
        if (bundle.get(timer)) pending--
        bundle.delete(timer)
        clearTimeout(timer)
      },
      setInterval: (fn, ms, ...a) => {
        const timer = setInterval(guard(fn), ms, ...a)
        intervals.add(timer)
        return timer
      },
    },
    pending: () => pending,
    async settle(quietMs = 150, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs
      while (pending > 0 || Date.now() - lastActivity < quietMs) {
        if (Date.now() > deadline) throw new Error(`the app did not settle in ${timeoutMs} ms (${pending} pending)`)
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
    },
    close() {
      for (const timer of own) clearTimeout(timer)
      for (const timer of bundle.keys()) clearTimeout(timer)
      for (const timer of intervals) clearInterval(timer)
    },
  }
}
