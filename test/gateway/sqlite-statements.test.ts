import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect, sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { withStatementCache } from '../../gateway/db/sqlite-statements'

// SQLite's statements are kept by text and their rows read as arrays, made into objects by a
// function per statement: the rows must be exactly what better-sqlite3 itself would have built,
// also after a migration changed a table under a kept statement.

describe('SQLite kept statements with raw rows', () => {
  let sqlite: SQLite.Database
  let db: Kysely<any>
  beforeEach(async () => {
    sqlite = new SQLite(':memory:')
    db = new Kysely<any>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) })
    await sql`create table things (id integer primary key, label text not null, weight real, note text)`.execute(db)
    await db.insertInto('things').values([{ id: 1, label: '一', weight: 1.5, note: null }, { id: 2, label: '二', weight: null, note: 'x' }]).execute()
  })
  afterEach(async () => {
    await db.destroy()
  })

  const plain = (text: string, ...parameters: unknown[]) => sqlite.prepare(text).all(...parameters)

  it('answers the same objects as better-sqlite3 for every kind of value, in the same key order', async () => {
    const text = 'select id, label, weight, note, id * 2 as twice, x\'00ff\' as bytes from things order by id'
    const rows = (await sql.raw(text).execute(db)).rows
    expect(rows).toEqual(plain(text))
    expect(rows.map((r) => Object.keys(r as object))).toEqual(plain(text).map((r) => Object.keys(r as object)))
    expect(Object.getPrototypeOf(rows[0])).toBe(Object.prototype)
    // Asked again: the kept statement, the same answer.
    expect((await sql.raw(text).execute(db)).rows).toEqual(plain(text))
  })

  it('lets a later column of the same name win, as better-sqlite3 does', async () => {
    const text = 'select a.label, b.label from things a join things b on b.id = 3 - a.id order by a.id'
    const rows = (await sql.raw(text).execute(db)).rows
    expect(rows).toEqual([{ label: '二' }, { label: '一' }])
    expect(rows).toEqual(plain(text))
  })

  it('never lets a column named __proto__ set the prototype of a row (such a statement reads rows as better-sqlite3 does)', async () => {
    const text = `select id, label as "__proto__" from things order by id`
    const rows = (await sql.raw(text).execute(db)).rows as Record<string, unknown>[]
    expect(rows).toEqual(plain(text))
    expect(rows.map((r) => Object.getPrototypeOf(r))).toEqual([Object.prototype, Object.prototype])
  })

  it('binds values each time and answers rows for insert … returning', async () => {
    const label = async (id: number) => (await db.selectFrom('things').select('label').where('id', '=', id).executeTakeFirst())?.label
    expect([await label(1), await label(2), await label(3)]).toEqual(['一', '二', undefined])
    const inserted = await db.insertInto('things').values({ id: 3, label: '三' }).returning(['id', 'label']).executeTakeFirstOrThrow()
    expect(inserted).toEqual({ id: 3, label: '三' })
    const updated = await db.updateTable('things').set({ label: '叁' }).where('id', '=', 3).executeTakeFirstOrThrow()
    expect(Number(updated.numUpdatedRows)).toBe(1)
    expect(await label(3)).toBe('叁')
  })

  it('streams rows as objects too', async () => {
    const seen: unknown[] = []
    for await (const row of db.selectFrom('things').select(['id', 'label']).orderBy('id').stream()) seen.push(row)
    expect(seen).toEqual([{ id: 1, label: '一' }, { id: 2, label: '二' }])
  })

  it('answers the new columns of a select * after the table changed under the kept statement', async () => {
    const all = async () => (await db.selectFrom('things').selectAll().orderBy('id').execute()) as Record<string, unknown>[]
    expect(Object.keys((await all())[0]!)).toEqual(['id', 'label', 'weight', 'note'])
    await sql`alter table things add column colour text not null default 'red'`.execute(db)
    expect((await all())[0]).toEqual({ id: 1, label: '一', weight: 1.5, note: null, colour: 'red' })
    // A column swapped for another (the same count): the DDL went through Kysely, so nothing kept is reused.
    await sql`alter table things drop column weight`.execute(db)
    await sql`alter table things add column size integer`.execute(db)
    expect((await all())[0]).toEqual({ id: 1, label: '一', note: null, colour: 'red', size: null })
    // Changed behind Kysely's back (a script on the same file): SQLite re-prepares the kept statement and the rows follow.
    sqlite.exec(`alter table things drop column note`)
    expect((await all())[1]).toEqual({ id: 2, label: '二', colour: 'red', size: null })
    expect(await all()).toEqual(plain('select * from things order by id'))
  })
})
