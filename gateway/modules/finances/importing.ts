import type { GatewayContext } from '../../context'
import { errors } from '../../lib/errors'
import { isId, newId, nowIso } from '../../lib/ids'
import { todayInBeijing } from '../../../src/lib/beijing-time'
import { requireViewer } from '../accounts/service'
import { recordAudit } from '../audit/service'
import { SheetRefused } from '../roster/import-rows'
import { readSheet } from '../roster/spreadsheet'
import { previewImportRows, type ImportRow } from './import-rows'
import { appendEntry } from './ledger'
import { recordsFinances } from './policies'
import { compoundPlace, insertCounterparty } from './service'

// Importing a month from the steward's spreadsheet (CSV or XLSX, read as the roster's are): a
// stored preview naming every row's problems, then a commit of the good rows as pending entries.

type Ctx = GatewayContext

export interface FinanceImportModel { id: string; compound_id: string; file_name: string; status: 'PREVIEW' | 'COMMITTED'; rows: ImportRow[] }

const MAX_ROWS = 5_000

export async function previewFinanceImport(ctx: Ctx, compoundId: string, month: string | null, fileName: string, bytes: Uint8Array): Promise<FinanceImportModel> {
  const viewer = requireViewer(ctx)
  const place = await compoundPlace(ctx, compoundId)
  if (!recordsFinances(ctx, place)) throw errors.forbidden('只有本小区的管家或物管会成员可以导入账目')
  if (month !== null && !/^20\d\d-(0[1-9]|1[0-2])$/.test(month)) throw errors.badInput('月份格式为 YYYY-MM', 'month')
  let rows: ImportRow[]
  try {
    const sheet = await readSheet(bytes, fileName)
    if (sheet.length > MAX_ROWS) throw new SheetRefused(`一次最多导入 ${MAX_ROWS} 行`)
    rows = previewImportRows(sheet, month, todayInBeijing())
  } catch (error) {
    if (error instanceof SheetRefused) throw errors.badInput(error.message, 'file')
    throw error
  }
  if (!rows.length) throw errors.badInput('文件中没有数据行', 'file')
  const row = { id: newId(), compound_id: place.compoundId, file_name: fileName.slice(0, 200), rows: JSON.stringify(rows), status: 'PREVIEW' as const, created_by: viewer.account.id, created_at: nowIso(), committed_at: null }
  await ctx.db.insertInto('finance_imports').values(row).execute()
  return { ...row, rows }
}

export async function findFinanceImport(ctx: Ctx, id: string): Promise<FinanceImportModel | null> {
  const row = isId(id) ? await ctx.db.selectFrom('finance_imports').selectAll().where('id', '=', id).executeTakeFirst() : undefined
  if (!row || !ctx.viewer) return null
  if (!recordsFinances(ctx, await compoundPlace(ctx, row.compound_id))) return null
  return { ...row, rows: JSON.parse(row.rows) as ImportRow[] }
}

export async function commitFinanceImport(ctx: Ctx, id: string): Promise<{ written: number; skipped: number }> {
  const preview = await findFinanceImport(ctx, id)
  if (!preview) throw errors.notFound('导入记录')
  const viewer = requireViewer(ctx)
  const place = await compoundPlace(ctx, preview.compound_id)
  const good = preview.rows.filter((r) => !r.problems.length)
  const at = nowIso()
  await ctx.db.transaction().execute(async (trx) => {
    const done = await trx.updateTable('finance_imports').set({ status: 'COMMITTED', committed_at: at }).where('id', '=', preview.id).where('status', '=', 'PREVIEW').executeTakeFirst()
    if (Number(done.numUpdatedRows) !== 1) throw errors.conflict('这份账目已经导入过了')
    for (const r of good) {
      const counterpartyId = r.counterparty ? await insertCounterparty(trx, place.compoundId, { kind: r.counterpartyKind, name: r.counterparty }, at) : null
      // Rows without problems carry a known account and a positive amount (previewImportRows names each one missing).
      await appendEntry(trx, { ...place, date: r.date, account: r.account!, amountFen: BigInt(r.amountFen!), counterpartyId, description: r.description, voucherIds: [], decisionId: null, taskId: null, reversesId: null, importId: preview.id, recordedBy: viewer.account.id }, at)
    }
    await recordAudit(trx, { actorId: viewer.account.id, action: 'finance.import', subject: { type: 'Compound', id: place.compoundId }, communityId: place.communityId, details: { importId: preview.id, fileName: preview.file_name, written: good.length, skipped: preview.rows.length - good.length } })
  })
  ctx.loaders.clear()
  return { written: good.length, skipped: preview.rows.length - good.length }
}
