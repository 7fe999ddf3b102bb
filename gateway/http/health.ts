import type http from 'node:http'
import { sql } from 'kysely'
import type { DB } from '../db/database'

// What a load balancer asks. /healthz: the process is alive and answering (restart it if not).
// /readyz: send it traffic — the database answers, the migrations ran, and it is not draining
// (after SIGTERM it answers 503 while it finishes what it has; gateway close() in app.ts).

const DB_CHECK_MS = 2000

export interface Health {
  /** Set once the database is migrated (and seeded). */
  prepared: boolean
  /** Set by close(): /readyz answers 503 from then on. */
  draining: boolean
  /** Answers /healthz and /readyz; false for any other path. */
  route(pathname: string, res: http.ServerResponse): Promise<boolean>
}

export function createHealth(db: DB, engine: string): Health {
  const answer = (res: http.ServerResponse, status: number, body: Record<string, unknown>) => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' })
    res.end(JSON.stringify({ ...body, engine }))
  }
  const databaseAnswers = async (): Promise<boolean> => {
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), DB_CHECK_MS)))
    try {
      return await Promise.race([sql`SELECT 1`.execute(db).then(() => true, () => false), timeout])
    } finally {
      clearTimeout(timer)
    }
  }
  const health: Health = {
    prepared: false,
    draining: false,
    route: async (pathname, res) => {
      if (pathname === '/healthz') {
        answer(res, 200, { status: 'ok' })
        return true
      }
      if (pathname !== '/readyz') return false
      if (health.draining) answer(res, 503, { status: 'draining' })
      else if (!health.prepared) answer(res, 503, { status: 'starting' })
      else if (!(await databaseAnswers())) answer(res, 503, { status: 'database unreachable' })
      else answer(res, 200, { status: 'ready' })
      return true
    },
  }
  return health
}
