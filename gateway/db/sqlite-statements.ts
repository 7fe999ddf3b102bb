import type SQLite from 'better-sqlite3'
import type { SqliteDatabase, SqliteStatement } from 'kysely'

// better-sqlite3 under Kysely, made cheaper per statement in two ways:
// - prepared statements are kept by SQL text (least recently used dropped past the cache's size):
//   Kysely prepares every statement afresh, and preparing cost as much as running under load. A
//   statement is reusable because one connection runs one statement at a time.
// - rows are read as arrays (better-sqlite3's raw mode) and turned into objects by a function made
//   once per statement from its columns: better-sqlite3 builds each row object property by property
//   from C++, which cost a quarter of the notices page's statement (21 rows of 18 columns).

export const STATEMENT_CACHE_SIZE = 1000

/** What may change the columns a kept statement returns. */
const DDL = /^\s*(create|alter|drop)\b/i

type Row = Record<string, unknown>

/** A function turning a raw row of these columns into the object better-sqlite3 would have built; null when a name cannot be a plain key. */
function rowMaker(columns: readonly string[]): ((raw: unknown[]) => Row) | null {
  if (columns.some((c) => c === '__proto__')) return null
  // Later columns of the same name win, as they do in better-sqlite3's own objects.
  const body = `return {${columns.map((c, i) => `${JSON.stringify(c)}: r[${i}]`).join(', ')}}`
  return new Function('r', body) as (raw: unknown[]) => Row
}

/** A kept statement as Kysely's SQLite driver uses it, with rows read raw when it returns any. */
function keptStatement(statement: SQLite.Statement): SqliteStatement {
  if (!statement.reader) return statement as unknown as SqliteStatement
  let columns = statement.columns().map((c) => c.name)
  let make = rowMaker(columns)
  if (!make) return statement as unknown as SqliteStatement
  statement.raw(true)
  const objects = (rows: unknown[][]): Row[] => {
    // SQLite re-prepares a statement whose tables changed under it; a `select *` may then return other columns.
    if (rows.length && rows[0]!.length !== columns.length) {
      columns = statement.columns().map((c) => c.name)
      make = rowMaker(columns)!
    }
    return rows.map(make!)
  }
  return {
    reader: true,
    all: (parameters) => objects(statement.all(parameters) as unknown[][]),
    run: (parameters) => statement.run(parameters),
    iterate: function* (parameters) {
      for (const raw of statement.iterate(parameters) as IterableIterator<unknown[]>) yield objects([raw])[0]
    },
  }
}

/** `sqlite` for Kysely's SqliteDialect, with its statements kept and their rows read raw. */
export function withStatementCache(sqlite: SQLite.Database, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>()
  return {
    close: () => {
      cache.clear()
      sqlite.close()
    },
    prepare: (text: string) => {
      const found = cache.get(text)
      if (found) {
        cache.delete(text)
        cache.set(text, found)
        return found
      }
      // A migration (or any other DDL) may change what kept statements return: start afresh after it.
      if (DDL.test(text)) {
        cache.clear()
        return sqlite.prepare(text) as unknown as SqliteStatement
      }
      const statement = keptStatement(sqlite.prepare(text))
      cache.set(text, statement)
      if (cache.size > size) cache.delete(cache.keys().next().value as string) // size > 0, so a first key exists
      return statement
    },
  }
}
