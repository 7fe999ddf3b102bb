import type { FollowUpAnswer, IssueCategory, IssueStatus, ProposalStage, Role } from '@/graphql/generated/graphql'
import { t, type MessageKey } from '@/i18n'

// The schema's enums in the words residents and staff use, and the notices some categories carry.

/** In the order the raise form offers them: the article's concerns first, 其他 last. */
export const ISSUE_CATEGORIES: ReadonlyArray<IssueCategory> = [
  'LIGHTING',
  'SURVEILLANCE',
  'SANITATION',
  'FIRE_SAFETY',
  'REPAIR_ELECTRICAL',
  'REPAIR_HARDWARE',
  'DISPUTE',
  'BUSINESS_SERVICE',
  'OTHER',
]

export const ISSUE_STATUSES: ReadonlyArray<IssueStatus> = ['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'REOPENED', 'REJECTED']

/** Statuses still waiting on staff: the list filter "未办结" offers these together. */
export const OPEN_STATUSES: ReadonlyArray<IssueStatus> = ['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'REOPENED']

export const categoryLabel = (category: IssueCategory): string => t(`issues.category.${category}`)
export const statusLabel = (status: IssueStatus): string => t(`issues.status.${status}`)
export const roleLabel = (role: Role): string => t(`issues.role.${role}`)
/** A linked proposal's stage, as the issue page shows it. */
export const proposalStageWord = (stage: ProposalStage): string => t(`issues.proposalStage.${stage}`)
export const followUpAnswerLabel = (answer: FollowUpAnswer): string => t(`issues.followUp.${answer}`)

/**
 * The one table of notices shown when a category is chosen: what to do before (or instead of)
 * reporting. Categories without an entry show nothing.
 */
const CATEGORY_NOTICES: Partial<Record<IssueCategory, MessageKey>> = {
  FIRE_SAFETY: 'issues.notice.FIRE_SAFETY',
  REPAIR_ELECTRICAL: 'issues.notice.REPAIR_ELECTRICAL',
  DISPUTE: 'issues.notice.DISPUTE',
}

/** The notice for a category, or null when it has none. */
export function categoryNotice(category: IssueCategory | null): string | null {
  const key = category ? CATEGORY_NOTICES[category] : undefined
  return key ? t(key) : null
}

export function parseCategory(value: string | undefined): IssueCategory | null {
  return ISSUE_CATEGORIES.find((c) => c === value) ?? null
}

export function parseStatus(value: string | undefined): IssueStatus | null {
  return ISSUE_STATUSES.find((s) => s === value) ?? null
}

/** 网格员 · 第一网格 */
export function handlerLine(handler: { role: Role; scopeName: string }): string {
  return t('issues.handler.line', { role: roleLabel(handler.role), scope: handler.scopeName })
}

/** What a timeline entry's kind says: a status step in its status words, or a note, a transfer… */
export function timelineKindLabel(kind: string, status: IssueStatus): string {
  switch (kind) {
    case 'NOTE':
      return t('issues.timeline.NOTE')
    case 'REASSIGNED':
      return t('issues.timeline.REASSIGNED')
    case 'DUPLICATE':
      return t('issues.timeline.DUPLICATE')
    case 'FOLLOW_UP':
      return t('issues.timeline.FOLLOW_UP')
    case 'SUBMITTED':
      return t('issues.timeline.SUBMITTED')
    case 'PROPOSAL_LINKED':
      return t('issues.timeline.PROPOSAL_LINKED')
    case 'PROPOSAL_STAGE':
      return t('issues.timeline.PROPOSAL_STAGE')
    case 'RESOLVED_BY_PROPOSAL':
      return t('issues.timeline.RESOLVED_BY_PROPOSAL')
    case 'ESCALATED':
      return t('issues.timeline.ESCALATED')
    default:
      return statusLabel(status)
  }
}
