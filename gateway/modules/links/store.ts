import type { DB } from '../../db/database'
import { newShortCode } from './codes'
import type { ShortCodeSubject } from './tables'

/**
 * The item's short code, made on first call: in the caller's transaction when it creates the
 * item. A drawn code already taken (or a race for the same item) is retried; never a duplicate.
 */
export async function assignShortCode(db: DB, subjectType: ShortCodeSubject, subjectId: string, at = new Date().toISOString()): Promise<string> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const existing = await shortCodeOf(db, subjectType, subjectId)
    if (existing) return existing
    const code = newShortCode()
    const done = await db.insertInto('short_codes').values({ code, subject_type: subjectType, subject_id: subjectId, created_at: at }).onConflict((oc) => oc.doNothing()).executeTakeFirst()
    if (Number(done.numInsertedOrUpdatedRows ?? 0) === 1) return code
  }
  throw new Error(`no free short code for ${subjectType} ${subjectId}`)
}

export async function shortCodeOf(db: DB, subjectType: ShortCodeSubject, subjectId: string): Promise<string | null> {
  const row = await db.selectFrom('short_codes').select('code').where('subject_type', '=', subjectType).where('subject_id', '=', subjectId).executeTakeFirst()
  return row?.code ?? null
}

export async function shortCodesOf(db: DB, subjectType: ShortCodeSubject, subjectIds: readonly string[]): Promise<Map<string, string>> {
  if (!subjectIds.length) return new Map()
  const rows = await db.selectFrom('short_codes').select(['code', 'subject_id']).where('subject_type', '=', subjectType).where('subject_id', 'in', subjectIds).execute()
  return new Map(rows.map((r) => [r.subject_id, r.code]))
}

export async function findShortCode(db: DB, code: string) {
  return db.selectFrom('short_codes').selectAll().where('code', '=', code).executeTakeFirst()
}

/** Items made before short codes (or by the demo seed in bulk) get theirs: public issues only. */
export async function backfillShortCodes(db: DB, at = new Date().toISOString()): Promise<number> {
  const missing = async (table: 'notices' | 'issues' | 'proposals' | 'activities', type: ShortCodeSubject) => {
    let q = db.selectFrom(table).select(`${table}.id as id`).where((eb) => eb.not(eb.exists(eb.selectFrom('short_codes').select('code').where('short_codes.subject_type', '=', type).whereRef('short_codes.subject_id', '=', `${table}.id`))))
    if (table === 'issues') q = q.where('issues.is_public' as never, '=', 1 as never)
    return (await q.execute()).map((r) => ({ id: String(r.id), type }))
  }
  const items = [...(await missing('notices', 'Notice')), ...(await missing('issues', 'Issue')), ...(await missing('proposals', 'Proposal')), ...(await missing('activities', 'Activity'))]
  for (const item of items) await assignShortCode(db, item.type, item.id, at)
  return items.length
}

/** What a poster shows of an item, with the names of its places. */
export async function posterItem(db: DB, kind: 'NOTICE' | 'PROPOSAL' | 'ACTIVITY', id: string) {
  const community = (communityId: string) => db.selectFrom('communities').select('name').where('id', '=', communityId).executeTakeFirst()
  const compound = (compoundId: string | null) => (compoundId ? db.selectFrom('compounds').select('name').where('id', '=', compoundId).executeTakeFirst() : Promise.resolve(undefined))
  if (kind === 'NOTICE') {
    const n = await db.selectFrom('notices').selectAll().where('id', '=', id).executeTakeFirst()
    return n && { kind, row: n, community: (await community(n.community_id))?.name ?? '', compound: (await compound(n.compound_id))?.name ?? null }
  }
  if (kind === 'PROPOSAL') {
    const p = await db.selectFrom('proposals').selectAll().where('id', '=', id).executeTakeFirst()
    return p && { kind, row: p, community: (await community(p.community_id))?.name ?? '', compound: (await compound(p.compound_id))?.name ?? null }
  }
  const a = await db.selectFrom('activities').selectAll().where('id', '=', id).executeTakeFirst()
  return a && { kind, row: a, community: (await community(a.community_id))?.name ?? '', compound: null }
}
