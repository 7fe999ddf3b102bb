import type { DeadLetterReason } from '@/graphql/generated/graphql'
import { t, type MessageKey } from './i18n'

// The words of a dead letter: what it was about and why it was not delivered.

const PURPOSES = ['ISSUE_STATUS', 'PROPOSAL_STAGE', 'VOTING_REMINDER', 'ACTIVITY_STATUS', 'ACTIVITY_REMINDER', 'NOTICE_PUBLISHED'] as const

export function purposeLabel(purpose: string): string {
  const known = PURPOSES.find((p) => p === purpose)
  return t(known ? `workbench.deadLetters.purpose.${known}` : 'workbench.deadLetters.purpose.other')
}

export function reasonLabel(reason: DeadLetterReason | null | undefined, attempts: number): string {
  const key: MessageKey = reason ? `workbench.deadLetters.reason.${reason}` : 'workbench.deadLetters.reason.other'
  return t(key, { attempts })
}

/** WeChat may have delivered it already: sending again may reach the person twice. */
export const mayHaveArrived = (reason: DeadLetterReason | null | undefined) => reason === 'NO_ANSWER' || reason === 'INTERRUPTED'

export const DEAD_LETTERS_PATH = '/features/workbench/pages/dead-letters/index'
