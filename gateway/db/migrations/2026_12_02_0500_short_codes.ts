import { randomInt } from 'node:crypto'
import type { Kysely } from 'kysely'

// Short codes for items a mini-program code's scene (≤ 32 characters) must name: notices, public
// issues, proposals and activities. Rows that exist already get theirs here.

const ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz'
const code = () => Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')

interface Tables {
  short_codes: { code: string; subject_type: string; subject_id: string; created_at: string }
  notices: { id: string }
  issues: { id: string; is_public: number }
  proposals: { id: string }
  activities: { id: string }
}

export async function up(raw: Kysely<unknown>): Promise<void> {
  const db = raw as unknown as Kysely<Tables>
  await db.schema
    .createTable('short_codes')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('short_codes_subject').unique().on('short_codes').columns(['subject_type', 'subject_id']).execute()
  const at = new Date().toISOString()
  const items = [
    ...(await db.selectFrom('notices').select('id').execute()).map((r) => ['Notice', r.id]),
    ...(await db.selectFrom('issues').select('id').where('is_public', '=', 1).execute()).map((r) => ['Issue', r.id]),
    ...(await db.selectFrom('proposals').select('id').execute()).map((r) => ['Proposal', r.id]),
    ...(await db.selectFrom('activities').select('id').execute()).map((r) => ['Activity', r.id]),
  ]
  const taken = new Set<string>()
  const rows = items.map(([subject_type, subject_id]) => {
    let c = code()
    while (taken.has(c)) c = code()
    taken.add(c)
    return { code: c, subject_type, subject_id, created_at: at }
  })
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('short_codes').values(rows.slice(i, i + 500)).execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('short_codes').execute()
}
