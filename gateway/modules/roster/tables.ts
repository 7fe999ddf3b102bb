import type { Selectable } from 'kysely'
import type { Time } from '../../db/tables'

// 业主名册: the roster module's tables, part of the Database in gateway/db/tables.ts. Areas are
// integer hundredths of a square metre (area_centi).
export type UnitKind = 'RESIDENTIAL' | 'SHOP' | 'DEVELOPER_UNSOLD'
export type AreaSource = 'REGISTRY' | 'SURVEY' | 'CONTRACT'
export type BallotChannel = 'ONLINE' | 'PAPER' | 'PROXY'

export interface RosterUnitTable {
  id: string
  compound_id: string
  building_id: string
  unit: string
  room: string
  area_centi: number
  area_source: AreaSource
  /** Owner names as the register writes them, joined with 、 */
  owner_names: string
  owner_phone: string | null
  /** Who counts as one owner (owners.ts): the same key on several units is one person. */
  owner_key: string
  kind: UnitKind
  created_at: Time
  updated_at: Time
}
export interface RosterImportTable { id: string; compound_id: string; file_name: string; rows: string; status: 'PREVIEW' | 'COMMITTED'; created_by: string | null; created_at: Time; committed_at: Time | null }
export interface RosterObjectionTable { id: string; unit_id: string; account_id: string | null; body: string; status: 'OPEN' | 'RESOLVED'; created_at: Time }
export interface RosterSettingsTable { compound_id: string; proxy_limit: number; objection_days: number }
export interface RosterProxyTable {
  id: string
  compound_id: string
  unit_id: string
  owner_key: string
  proxy_name: string
  /** Digits only: who the proxy is, for the per-proxy limit and for voting online. */
  proxy_phone: string
  photo_id: string | null
  recorded_by: string | null
  created_at: Time
  revoked_at: Time | null
}
export interface ElectorateTable {
  proposal_id: string
  frozen_at: Time
  units: number
  owners: number
  area_centi: number
  chain_head: string
  chain_length: number
  objection_days: number
  results_notice_id: string | null
}
export interface ElectorateUnitTable { proposal_id: string; unit_id: string; building_id: string; unit: string; room: string; kind: UnitKind; area_centi: number; owner_key: string }
export interface OwnerBallotTable {
  id: string
  proposal_id: string
  seq: number
  owner_key: string
  unit_id: string
  option_ids: string
  channel: BallotChannel
  account_id: string | null
  proxy_id: string | null
  photo_id: string | null
  recorded_by: string | null
  receipt: string
  prev_hash: string
  hash: string
  cast_at: Time
  /** 1 once the vote has closed and this is the ballot that counts for its owner (the results page lists these). */
  counted: number
}
export interface RosterTables {
  roster_units: RosterUnitTable
  roster_imports: RosterImportTable
  roster_objections: RosterObjectionTable
  roster_settings: RosterSettingsTable
  roster_proxies: RosterProxyTable
  electorates: ElectorateTable
  electorate_units: ElectorateUnitTable
  owner_ballots: OwnerBallotTable
}
export type RosterUnitRow = Selectable<RosterUnitTable>
export type RosterProxyRow = Selectable<RosterProxyTable>
export type ElectorateRow = Selectable<ElectorateTable>
export type ElectorateUnitRow = Selectable<ElectorateUnitTable>
export type OwnerBallotRow = Selectable<OwnerBallotTable>
