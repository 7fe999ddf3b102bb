import { loader, loaderById, type GatewayContext } from '../../context'
import type { RosterUnitRow } from '../../db/tables'
import { errors } from '../../lib/errors'
import { isId, newId, nowIso } from '../../lib/ids'
import { requireViewer } from '../accounts/service'
import { recordAudit } from '../audit/service'
import { placeOfBuilding } from '../community/service'
import { parseAreaCenti } from './area'
import { previewRows, SheetRefused, type PreviewRow } from './import-rows'
import type { RosterImportModel } from './models'
import { normaliseOwnerNames, ownerKeyOf, phoneDigits } from './owners'
import { keepsRoster, type RosterPlace } from './policies'
import { readSheet } from './spreadsheet'
import * as store from './store'
import type { AreaSource, UnitKind } from './tables'

// The roster: imported from the register (preview first, then commit), fixed row by row, every
// change audited; residents see it before a vote (公示) and object to their own entry.

type Ctx = GatewayContext

export const rosterUnitById = (ctx: Pick<Ctx, 'db' | 'loaders'>) => loaderById<RosterUnitRow>(ctx, 'rosterUnitById', (ids) => store.unitsByIds(ctx.db, ids))

/** The viewer's own roster units (OWNER member of the verified household at that place), per request. */
export const viewerRosterUnits = (ctx: Ctx) =>
  loader<string, RosterUnitRow[]>(ctx, 'viewerRosterUnits', async (keys) => {
    const rows = ctx.viewer ? await store.unitsOfOwnerAccount(ctx.db, ctx.viewer.account.id) : []
    return keys.map(() => rows)
  }).load('viewer')

export async function compoundPlace(ctx: Ctx, compoundId: string): Promise<RosterPlace> {
  const compound = isId(compoundId) ? await ctx.db.selectFrom('compounds').select(['id', 'community_id']).where('id', '=', compoundId).executeTakeFirst() : undefined
  if (!compound) throw errors.notFound('小区')
  return { communityId: compound.community_id, compoundId: compound.id }
}

async function keeperPlace(ctx: Ctx, compoundId: string): Promise<RosterPlace> {
  requireViewer(ctx)
  const place = await compoundPlace(ctx, compoundId)
  if (!keepsRoster(ctx, place)) throw errors.forbidden('只有本小区物管会、管家或社区管理员可以维护业主名册')
  return place
}

const MAX_IMPORT_ROWS = 20_000

/** Reads a register export and stores its preview; nothing of the roster is written yet. */
export async function previewImport(ctx: Ctx, compoundId: string, fileName: string, bytes: Uint8Array): Promise<RosterImportModel> {
  const place = await keeperPlace(ctx, compoundId)
  let rows: PreviewRow[]
  try {
    const sheet = await readSheet(bytes, fileName)
    if (sheet.length > MAX_IMPORT_ROWS) throw new SheetRefused(`一次最多导入 ${MAX_IMPORT_ROWS} 行`)
    rows = previewRows(sheet, await store.buildingsOfCompound(ctx.db, place.compoundId))
  } catch (error) {
    if (error instanceof SheetRefused) throw errors.badInput(error.message, 'file')
    throw error
  }
  if (!rows.length) throw errors.badInput('文件中没有数据行', 'file')
  const row = { id: newId(), compound_id: place.compoundId, file_name: fileName.slice(0, 200), rows: JSON.stringify(rows), status: 'PREVIEW' as const, created_by: ctx.viewer!.account.id, created_at: nowIso(), committed_at: null } // signed in: keeperPlace
  await ctx.db.insertInto('roster_imports').values(row).execute()
  return { ...row, rows }
}

export async function findImport(ctx: Ctx, id: string): Promise<RosterImportModel | null> {
  const row = isId(id) ? await ctx.db.selectFrom('roster_imports').selectAll().where('id', '=', id).executeTakeFirst() : undefined
  if (!row || !ctx.viewer) return null
  if (!keepsRoster(ctx, await compoundPlace(ctx, row.compound_id))) return null
  return { ...row, rows: JSON.parse(row.rows) as PreviewRow[] }
}

function unitRow(compoundId: string, r: { buildingId: string; unit: string; room: string; areaCenti: number; areaSource: AreaSource; ownerNames: string; phone: string | null; kind: UnitKind }, at: string): RosterUnitRow {
  return {
    id: newId(), compound_id: compoundId, building_id: r.buildingId, unit: r.unit, room: r.room, area_centi: r.areaCenti, area_source: r.areaSource,
    owner_names: r.ownerNames, owner_phone: r.phone, owner_key: ownerKeyOf({ kind: r.kind, ownerNames: r.ownerNames, phone: r.phone }), kind: r.kind, created_at: at, updated_at: at,
  }
}

/** Writes the preview's rows that have no problem, once; CONFLICT when already committed. */
export async function commitImport(ctx: Ctx, id: string): Promise<{ written: number; skipped: number }> {
  const preview = await findImport(ctx, id)
  if (!preview) throw errors.notFound('导入记录')
  const place = await keeperPlace(ctx, preview.compound_id)
  const good = preview.rows.filter((r) => !r.problems.length)
  const at = nowIso()
  await ctx.db.transaction().execute(async (trx) => {
    const done = await trx.updateTable('roster_imports').set({ status: 'COMMITTED', committed_at: at }).where('id', '=', preview.id).where('status', '=', 'PREVIEW').executeTakeFirst()
    if (Number(done.numUpdatedRows) !== 1) throw errors.conflict('这份名册已经导入过了')
    for (const r of good) {
      // Rows without problems carry every field (previewRows names each one missing).
      await store.upsertUnit(trx, unitRow(place.compoundId, { buildingId: r.buildingId!, unit: r.unit, room: r.room, areaCenti: r.areaCenti!, areaSource: r.areaSource!, ownerNames: r.ownerNames, phone: r.phone, kind: r.kind! }, at))
    }
    await recordAudit(trx, { actorId: ctx.viewer!.account.id, action: 'roster.import', subject: { type: 'Compound', id: place.compoundId }, communityId: place.communityId, details: { importId: preview.id, fileName: preview.file_name, written: good.length, skipped: preview.rows.length - good.length } }) // signed in: keeperPlace
  })
  return { written: good.length, skipped: preview.rows.length - good.length }
}

export interface UnitInput { buildingId: string; unit: string; room: string; areaM2: string; areaSource: AreaSource; ownerNames: string; ownerPhone?: string | null; kind: UnitKind }

async function checkedUnit(ctx: Ctx, compoundId: string, input: UnitInput) {
  const place = isId(input.buildingId) ? await placeOfBuilding(ctx).load(input.buildingId) : null
  if (!place || place.compoundId !== compoundId) throw errors.badInput('楼栋不在本小区', 'buildingId')
  const unit = input.unit.trim()
  const room = input.room.trim()
  if (!unit || unit.length > 16) throw errors.badInput('请填写单元(不超过 16 个字)', 'unit')
  if (!room || room.length > 16) throw errors.badInput('请填写室号(不超过 16 个字)', 'room')
  const area = parseAreaCenti(input.areaM2)
  if (!area.ok) throw errors.badInput(area.problem === 'AREA_NOT_POSITIVE' ? '面积必须大于 0' : '请填写有效的专有面积(最多两位小数)', 'areaM2')
  const ownerNames = normaliseOwnerNames(input.ownerNames)
  if (!ownerNames && input.kind !== 'DEVELOPER_UNSOLD') throw errors.badInput('请填写业主姓名', 'ownerNames')
  if (ownerNames.length > 100) throw errors.badInput('业主姓名不能超过 100 个字', 'ownerNames')
  const phone = phoneDigits(input.ownerPhone) || null
  if (phone && (phone.length < 7 || phone.length > 15)) throw errors.badInput('电话号码位数不对', 'ownerPhone')
  return { buildingId: input.buildingId, unit, room, areaCenti: area.centi, areaSource: input.areaSource, ownerNames, phone, kind: input.kind }
}

const auditView = (u: RosterUnitRow) => ({ buildingId: u.building_id, unit: u.unit, room: u.room, areaCenti: u.area_centi, areaSource: u.area_source, kind: u.kind, ownerKey: u.owner_key })

export async function addUnit(ctx: Ctx, compoundId: string, input: UnitInput): Promise<RosterUnitRow> {
  const place = await keeperPlace(ctx, compoundId)
  const row = unitRow(place.compoundId, await checkedUnit(ctx, place.compoundId, input), nowIso())
  await ctx.db.transaction().execute(async (trx) => {
    if (await store.unitAt(trx, row.building_id, row.unit, row.room)) throw errors.conflict('名册中已有这一户,请直接修改')
    await trx.insertInto('roster_units').values(row).execute()
    await recordAudit(trx, { actorId: ctx.viewer!.account.id, action: 'roster.add_unit', subject: { type: 'RosterUnit', id: row.id }, communityId: place.communityId, details: auditView(row) }) // signed in: keeperPlace
  })
  return row
}

/** Fixes one unit; the audit entry keeps what it was and what it became (names and phones left out). */
export async function updateUnit(ctx: Ctx, id: string, input: UnitInput): Promise<RosterUnitRow> {
  const current = isId(id) ? await rosterUnitById(ctx).load(id) : null
  if (!current) throw errors.notFound('名册单元')
  const place = await keeperPlace(ctx, current.compound_id)
  // Screens only ever see the phone masked: a fix that leaves ownerPhone out keeps the number on
  // file (and with it the owner key and their proxies); an empty string clears it.
  const keepPhone = input.ownerPhone === undefined || input.ownerPhone === null
  const fields = await checkedUnit(ctx, place.compoundId, keepPhone ? { ...input, ownerPhone: current.owner_phone } : input)
  const next = { ...unitRow(place.compoundId, fields, nowIso()), id: current.id, created_at: current.created_at }
  await ctx.db.transaction().execute(async (trx) => {
    const clash = await store.unitAt(trx, next.building_id, next.unit, next.room)
    if (clash && clash.id !== current.id) throw errors.conflict('名册中已有这一户(房号重复)')
    const { id: _id, created_at: _c, ...changes } = next
    await trx.updateTable('roster_units').set(changes).where('id', '=', current.id).execute()
    await recordAudit(trx, { actorId: ctx.viewer!.account.id, action: 'roster.update_unit', subject: { type: 'RosterUnit', id: current.id }, communityId: place.communityId, details: { before: auditView(current), after: auditView(next) } }) // signed in: keeperPlace
  })
  ctx.loaders.clear()
  return next
}

/** Whether the viewer lives in the compound (a verified household there) or keeps its roster. */
export async function mayReadRoster(ctx: Ctx, place: RosterPlace): Promise<boolean> {
  if (!ctx.viewer) return false
  if (keepsRoster(ctx, place)) return true
  const member = await ctx.db
    .selectFrom('household_members')
    .innerJoin('households', 'households.id', 'household_members.household_id')
    .innerJoin('buildings', 'buildings.id', 'households.building_id')
    .select('household_members.id')
    .where('household_members.account_id', '=', ctx.viewer.account.id)
    .where('buildings.compound_id', '=', place.compoundId)
    .executeTakeFirst()
  return member !== undefined
}

export async function objectToUnit(ctx: Ctx, id: string, body: string) {
  const viewer = requireViewer(ctx)
  const unit = isId(id) ? await rosterUnitById(ctx).load(id) : null
  if (!unit) throw errors.notFound('名册单元')
  if (!(await viewerRosterUnits(ctx)).some((u) => u.id === unit.id)) throw errors.forbidden('只能对自己名下的名册信息提出异议')
  const text = body.trim()
  if (text.length < 2 || text.length > 500) throw errors.badInput('异议内容需在 2 到 500 字之间', 'body')
  const place = await compoundPlace(ctx, unit.compound_id)
  const row = { id: newId(), unit_id: unit.id, account_id: viewer.account.id, body: text, status: 'OPEN' as const, created_at: nowIso() }
  await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('roster_objections').values(row).execute()
    await recordAudit(trx, { actorId: viewer.account.id, action: 'roster.objection', subject: { type: 'RosterUnit', id: unit.id }, communityId: place.communityId })
  })
  return row
}

export async function resolveObjection(ctx: Ctx, id: string) {
  requireViewer(ctx)
  const row = isId(id) ? await ctx.db.selectFrom('roster_objections').selectAll().where('id', '=', id).executeTakeFirst() : undefined
  const unit = row ? await rosterUnitById(ctx).load(row.unit_id) : null
  if (!row || !unit) throw errors.notFound('异议')
  const place = await keeperPlace(ctx, unit.compound_id)
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('roster_objections').set({ status: 'RESOLVED' }).where('id', '=', row.id).execute()
    await recordAudit(trx, { actorId: ctx.viewer!.account.id, action: 'roster.objection_resolved', subject: { type: 'RosterUnit', id: unit.id }, communityId: place.communityId }) // signed in: keeperPlace
  })
  return { ...row, status: 'RESOLVED' as const }
}

export async function updateSettings(ctx: Ctx, compoundId: string, proxyLimit: number, objectionDays: number) {
  const place = await keeperPlace(ctx, compoundId)
  if (!Number.isInteger(proxyLimit) || proxyLimit < 1 || proxyLimit > 20) throw errors.badInput('每位受托人代理户数需在 1 到 20 之间', 'proxyLimit')
  if (!Number.isInteger(objectionDays) || objectionDays < 1 || objectionDays > 60) throw errors.badInput('公示异议期需在 1 到 60 天之间', 'objectionDays')
  await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('roster_settings').values({ compound_id: place.compoundId, proxy_limit: proxyLimit, objection_days: objectionDays }).onConflict((oc) => oc.column('compound_id').doUpdateSet({ proxy_limit: proxyLimit, objection_days: objectionDays })).execute()
    await recordAudit(trx, { actorId: ctx.viewer!.account.id, action: 'roster.settings', subject: { type: 'Compound', id: place.compoundId }, communityId: place.communityId, details: { proxyLimit, objectionDays } }) // signed in: keeperPlace
  })
  return { compoundId: place.compoundId }
}

