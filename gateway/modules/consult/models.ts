import type { CompoundRow, ProposalCommentRow, ProposalOptionRow, ProposalRow } from '../../db/tables'

// What the consult resolvers pass between parent and child fields.
export type OptionModel = ProposalOptionRow & { proposal: ProposalRow }
export type CommentModel = ProposalCommentRow & { proposal: ProposalRow }
export interface SettingsModel { compound: CompoundRow }
