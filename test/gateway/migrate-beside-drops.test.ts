import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { migrateToLatest, openDatabase } from '../../gateway/db/database'
import { ENGINES } from './harness'

// Kysely's migrator finds its own tables through an introspector that reads every schema of the
// database and asks has_schema_privilege of each by name, so a schema dropped by someone else at
// that moment ("schema … does not exist") failed a gateway's start (seen when two test files ran
// at once, one dropping its schema as the other migrated). The gateway's introspector looks only at
// its search path (gateway/db/pg-introspector.ts): migrating beside schemas that come and go succeeds.

const pgEngine = ENGINES.find((e) => e.name === 'postgres')

describe.skipIf(!pgEngine)('migrations beside other schemas being dropped (PostgreSQL)', () => {
  const ours: string[] = []
  afterAll(async () => {
    const admin = new pg.Client({ connectionString: pgEngine!.url })
    await admin.connect()
    for (const schema of ours) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
    await admin.end()
  })

  it('migrates fresh schemas while others are created and dropped all the time', async () => {
    let churning = true
    let dropped = 0
    // Four connections creating a schema with a few tables and dropping it again, as fast as they can.
    const churn = Array.from({ length: 4 }, async () => {
      const client = new pg.Client({ connectionString: pgEngine!.url })
      await client.connect()
      try {
        while (churning) {
          const name = `churn_${randomBytes(4).toString('hex')}`
          await client.query(`CREATE SCHEMA ${name}; CREATE TABLE ${name}.a (id int, b text); CREATE TABLE ${name}.c (id int)`)
          await client.query(`DROP SCHEMA ${name} CASCADE`)
          dropped++
        }
      } finally {
        await client.end()
      }
    })
    try {
      for (let i = 0; i < 4; i++) {
        const schema = `mig_${randomBytes(4).toString('hex')}`
        ours.push(schema)
        const db = await openDatabase({ engine: 'postgres', url: pgEngine!.url! } as Parameters<typeof openDatabase>[0], { schema })
        try {
          await migrateToLatest(db, schema)
          const tables = await db.selectFrom('streets').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
          expect(Number(tables.n)).toBe(0)
          // What the introspector sees: this schema's tables only, Kysely's own when asked for.
          const seen = await db.introspection.getTables()
          expect(new Set(seen.map((t) => t.schema))).toEqual(new Set([schema]))
          expect(seen.map((t) => t.name)).toContain('streets')
          expect(seen.map((t) => t.name)).not.toContain('kysely_migration')
          expect(seen.find((t) => t.name === 'streets')?.columns.map((c) => c.name)).toContain('id')
          expect((await db.introspection.getTables({ withInternalKyselyTables: true })).map((t) => t.name)).toContain('kysely_migration')
        } finally {
          await db.destroy()
        }
      }
    } finally {
      churning = false
      await Promise.all(churn)
    }
    expect(dropped).toBeGreaterThan(20)
  }, 120_000)
})
