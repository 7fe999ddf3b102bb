import { randomBytes } from 'node:crypto'
import { Kysely, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withNamedStatements } from '../../gateway/db/database'
import { ENGINES } from './harness'

// PostgreSQL keeps the gateway's repeated statements prepared on each connection (pg's named
// statements), and a statement whose table changed shape under it still runs.

const pgEngine = ENGINES.find((e) => e.name === 'postgres')

describe.skipIf(!pgEngine)('named statements on PostgreSQL', () => {
  const schema = `named_${randomBytes(4).toString('hex')}`
  let pool: pg.Pool
  let db: Kysely<any>
  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: pgEngine!.url })
    await admin.connect()
    await admin.query(`CREATE SCHEMA ${schema}`)
    await admin.end()
    // One connection, so the statements asked about below are that connection's.
    pool = withNamedStatements(new pg.Pool({ connectionString: pgEngine!.url, max: 1, options: `-c search_path=${schema}` }))
    db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) })
    await sql`create table things (id int primary key, label text not null)`.execute(db)
    await db.insertInto('things').values([{ id: 1, label: '一' }, { id: 2, label: '二' }]).execute()
  })
  afterAll(async () => {
    await sql.raw(`drop schema ${schema} cascade`).execute(db)
    await db.destroy()
  })

  const prepared = async () =>
    (await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(db)).rows.map((r) => r.statement)

  it('prepares a repeated read once and reuses it, values bound each time', async () => {
    const label = async (id: number) => (await db.selectFrom('things').select('label').where('id', '=', id).executeTakeFirst())?.label
    expect(await label(1)).toBe('一')
    expect(await label(2)).toBe('二')
    expect(await label(3)).toBeUndefined()
    const mine = (await prepared()).filter((s) => s.includes('from "things"') && s.includes('"label"'))
    expect(mine).toHaveLength(1)
  })

  it('never prepares DDL or transaction control', async () => {
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('things').values({ id: 3, label: '三' }).execute()
    })
    const statements = await prepared()
    expect(statements.some((s) => /^\s*(begin|commit|create)/i.test(s))).toBe(false)
    expect(statements.some((s) => s.startsWith('insert into "things"'))).toBe(true)
  })

  it('runs a prepared statement again after its table changed shape (another instance migrated)', async () => {
    const all = () => db.selectFrom('things').selectAll().where('id', '=', 1).executeTakeFirst()
    expect(await all()).toEqual({ id: 1, label: '一' })
    await sql`alter table things add column note text not null default '备注'`.execute(db)
    expect(await all()).toEqual({ id: 1, label: '一', note: '备注' })
    expect(await all()).toEqual({ id: 1, label: '一', note: '备注' })
  })
})
