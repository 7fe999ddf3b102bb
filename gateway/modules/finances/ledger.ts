import type { DB } from '../../db/database'
import type { FinanceEntryRow, FinanceAccount } from './tables'
import { errors } from '../../lib/errors'
import { newId, nowIso } from '../../lib/ids'
import { entryHash } from './chain'
import * as store from './store'

// Appending to a compound's ledger: the chain head is locked, the next entry hashed onto it, the
// head moved, all in the caller's transaction. The only way an entry is written.

export interface NewEntry {
  compoundId: string
  communityId: string
  date: string
  account: FinanceAccount
  amountFen: bigint
  counterpartyId: string | null
  description: string
  voucherIds: readonly string[]
  decisionId: string | null
  taskId: string | null
  reversesId: string | null
  importId: string | null
  recordedBy: string | null
  /** An id chosen beforehand (the seed names its vouchers' subject first); new otherwise. */
  id?: string
  /** The demo seed approves its history as it writes it. */
  approvedBy?: string | null
}

/** Whether a decision lets the fund be drawn: a passed (or carried out) art. 278 decision on using the fund, of this compound. */
export async function checkFundDecision(trx: DB, compoundId: string, decisionId: string | null): Promise<void> {
  const rule = '维修资金支取须依据本小区业主依《民法典》第二百七十八条表决通过的“使用维修资金”决定'
  if (!decisionId) throw errors.conflict(`${rule},请选择对应的表决`)
  const p = await trx.selectFrom('proposals').select(['compound_id', 'matter', 'stage']).where('id', '=', decisionId).executeTakeFirst()
  if (!p || p.compound_id !== compoundId) throw errors.conflict(`${rule};所选表决不是本小区的`)
  if (p.matter !== 'USE_MAINTENANCE_FUND') throw errors.conflict(`${rule};所选表决的事项不是使用维修资金`)
  if (!['PASSED', 'ACTING', 'DONE'].includes(p.stage)) throw errors.conflict(`${rule};所选表决尚未通过`)
}

export async function appendEntry(trx: DB, e: NewEntry, at = nowIso()): Promise<FinanceEntryRow> {
  const chain = await store.lockChain(trx, e.compoundId)
  const seq = Number(chain.length) + 1
  const content = {
    seq, compound_id: e.compoundId, entry_date: e.date, account: e.account, amount_fen: e.amountFen.toString(), counterparty_id: e.counterpartyId, description: e.description,
    voucher_ids: JSON.stringify(e.voucherIds), decision_id: e.decisionId, task_id: e.taskId, reverses_id: e.reversesId, recorded_by: e.recordedBy, recorded_at: at,
  }
  const hash = entryHash(chain.head, content)
  const row: FinanceEntryRow = {
    ...content, id: e.id ?? newId(), community_id: e.communityId, import_id: e.importId, status: e.approvedBy ? 'APPROVED' : 'PENDING', approved_by: e.approvedBy ?? null, approved_at: e.approvedBy ? at : null, prev_hash: chain.head, hash,
  }
  await trx.insertInto('finance_entries').values({ ...row, amount_fen: content.amount_fen }).execute()
  const moved = await trx.updateTable('finance_chains').set({ head: hash, length: seq }).where('compound_id', '=', e.compoundId).where('length', '=', chain.length).executeTakeFirst()
  if (Number(moved.numUpdatedRows) !== 1) throw errors.conflict('账目正在被他人记录,请稍后再试')
  return row
}
