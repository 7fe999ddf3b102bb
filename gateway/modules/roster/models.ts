import type { Selectable } from 'kysely'
import type { PreviewRow } from './import-rows'
import type { RosterImportTable, RosterObjectionTable } from './tables'

export type RosterObjectionModel = Selectable<RosterObjectionTable>
export type RosterImportModel = Omit<Selectable<RosterImportTable>, 'rows'> & { rows: PreviewRow[] }
export interface RosterSummaryModel { compoundId: string }
