import { randomBytes } from 'node:crypto'
import type { DB } from '../../db/database'
import type { ElectorateRow, ElectorateUnitRow, OwnerBallotRow, ProposalRow } from '../../db/tables'
import { errors } from '../../lib/errors'
import { newId, nowIso } from '../../lib/ids'
import type { Voter } from '../consult/tally'
import { ballotHash, GENESIS_HASH } from './chain'
import { ownersAsVoters } from './owners'
import * as store from './store'
import type { BallotChannel } from './tables'

// An owners' vote counts the roster as it stood when voting opened: the units, their areas and
// owner keys are copied into electorate_units then, and nothing later (roster edits, approved
// claims) moves the denominators. Ballots are one chain per vote, appended under the
// electorate's row lock.

/** Copies the roster of the proposal's scope into its electorate, in `trx`; CONFLICT when the roster is empty. */
export async function freezeElectorate(trx: DB, p: ProposalRow, at: string): Promise<ElectorateRow> {
  let q = trx.selectFrom('roster_units').selectAll().where('compound_id', '=', p.compound_id)
  if (p.building_id) q = q.where('building_id', '=', p.building_id)
  const units = await q.execute()
  if (!units.length) throw errors.conflict('本小区(楼栋)还没有业主名册,请先导入名册再发起业主表决')
  const rows: ElectorateUnitRow[] = units.map((u) => ({ proposal_id: p.id, unit_id: u.id, building_id: u.building_id, unit: u.unit, room: u.room, kind: u.kind, area_centi: Number(u.area_centi), owner_key: u.owner_key }))
  for (let i = 0; i < rows.length; i += 500) await trx.insertInto('electorate_units').values(rows.slice(i, i + 500)).execute()
  const settings = await store.settingsOf(trx, p.compound_id)
  const electorate: ElectorateRow = {
    proposal_id: p.id, frozen_at: at, units: rows.length, owners: new Set(rows.map((r) => r.owner_key)).size, area_centi: rows.reduce((s, r) => s + r.area_centi, 0),
    chain_head: GENESIS_HASH, chain_length: 0, objection_days: settings.objection_days, results_notice_id: null,
  }
  await trx.insertInto('electorates').values(electorate).execute()
  return electorate
}

const PRECEDENCE: Record<BallotChannel, number> = { ONLINE: 3, PROXY: 2, PAPER: 1 }

/**
 * The ballot that counts for each owner: the owner's own online ballot over a proxy's, a proxy's
 * over a paper one recorded by the committee; the latest within a channel. A paper ballot beside
 * an online or proxy one is a discrepancy: kept in the chain, flagged, not counted.
 */
export function countedBallots(ballots: readonly OwnerBallotRow[]): { counted: Map<string, OwnerBallotRow>; discrepancies: Set<string> } {
  const counted = new Map<string, OwnerBallotRow>()
  const channels = new Map<string, Set<string>>()
  for (const b of [...ballots].sort((x, y) => Number(x.seq) - Number(y.seq))) {
    const current = counted.get(b.owner_key)
    if (!current || PRECEDENCE[b.channel] >= PRECEDENCE[current.channel]) counted.set(b.owner_key, b)
    channels.set(b.owner_key, (channels.get(b.owner_key) ?? new Set()).add(b.channel))
  }
  const discrepancies = new Set([...channels.entries()].filter(([, c]) => c.has('PAPER') && (c.has('ONLINE') || c.has('PROXY'))).map(([k]) => k))
  return { counted, discrepancies }
}

/** The owners of the frozen electorate, as the tally counts them. */
export async function electorateVoters(db: DB, proposalId: string): Promise<Voter[]> {
  const [units, ballots] = await Promise.all([store.electorateUnits(db, proposalId), store.ownerBallots(db, proposalId)])
  const { counted } = countedBallots(ballots)
  return ownersAsVoters(units, (key) => {
    const b = counted.get(key)
    return b ? (JSON.parse(b.option_ids) as string[]) : null
  })
}

export interface BallotEntry { ownerKey: string; unitId: string; channel: BallotChannel; accountId: string | null; proxyId?: string | null; photoId?: string | null; recordedBy?: string | null }

/**
 * Appends ballots to the vote's chain in one transaction: the electorate row is locked (the chain
 * head is read and moved under it), the voting window re-checked, and `guard` sees the owners'
 * earlier ballots before anything is written.
 */
export async function appendBallots(db: DB, proposalId: string, chosen: readonly string[], entries: readonly BallotEntry[], guard?: (earlier: OwnerBallotRow[]) => void): Promise<OwnerBallotRow[]> {
  return db.transaction().execute((trx) => appendBallotsIn(trx, proposalId, chosen, entries, guard))
}

/** appendBallots inside a transaction the caller holds (the demo seed casts its ballots in its own). */
export async function appendBallotsIn(trx: DB, proposalId: string, chosen: readonly string[], entries: readonly BallotEntry[], guard?: (earlier: OwnerBallotRow[]) => void, at = nowIso()): Promise<OwnerBallotRow[]> {
  const electorate = await store.lockElectorate(trx, proposalId)
  const proposal = await trx.selectFrom('proposals').select(['stage', 'voting_closes_at']).where('id', '=', proposalId).executeTakeFirst()
  if (!electorate || !proposal || proposal.stage !== 'VOTING' || !proposal.voting_closes_at || proposal.voting_closes_at <= at) throw errors.conflict('投票已截止或尚未开始')
  guard?.(await store.ballotsOfOwners(trx, proposalId, entries.map((e) => e.ownerKey)))
  let head = electorate.chain_head
  let seq = Number(electorate.chain_length)
  const written: OwnerBallotRow[] = []
  for (const e of entries) {
    seq += 1
    const base = { seq, proposal_id: proposalId, owner_key: e.ownerKey, unit_id: e.unitId, option_ids: JSON.stringify(chosen), channel: e.channel, receipt: randomBytes(5).toString('hex').toUpperCase(), cast_at: at }
    const hash = ballotHash(head, base)
    const row: OwnerBallotRow = { ...base, id: newId(), account_id: e.accountId, proxy_id: e.proxyId ?? null, photo_id: e.photoId ?? null, recorded_by: e.recordedBy ?? null, prev_hash: head, hash, counted: 0 }
    await trx.insertInto('owner_ballots').values(row).execute()
    head = hash
    written.push(row)
  }
  await trx.updateTable('electorates').set({ chain_head: head, chain_length: seq }).where('proposal_id', '=', proposalId).execute()
  return written
}

/** Whether every owner of the frozen electorate has a counted ballot (the only case voting may close early). */
export async function everyoneVoted(db: DB, proposalId: string): Promise<boolean> {
  const voters = await electorateVoters(db, proposalId)
  return voters.every((v) => v.choice !== null)
}

/** Accounts of verified OWNER households at snapshot units whose owner has not voted yet (the closing reminder). */
export async function accountsYetToVote(db: DB, proposalId: string): Promise<string[]> {
  const { counted } = countedBallots(await store.ownerBallots(db, proposalId))
  const rows = await db
    .selectFrom('electorate_units')
    .innerJoin('households', (j) => j.onRef('households.building_id', '=', 'electorate_units.building_id').onRef('households.unit', '=', 'electorate_units.unit').onRef('households.room', '=', 'electorate_units.room'))
    .innerJoin('household_members', 'household_members.household_id', 'households.id')
    .select(['household_members.account_id', 'electorate_units.owner_key'])
    .where('electorate_units.proposal_id', '=', proposalId)
    .where('household_members.relation', '=', 'OWNER')
    .execute()
  return [...new Set(rows.filter((r) => !counted.has(r.owner_key)).map((r) => r.account_id))]
}
