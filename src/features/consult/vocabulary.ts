import type { BallotKind, MatterKind, ProposalStage, TaskStatus } from '@/graphql/generated/graphql'
import { t } from './i18n'
import { isArticle278, stageLabel } from './list-vocabulary'

export { LIST_STAGES, countdownText, isArticle278, matterLabel, matterName, parseListStage, stageLabel } from './list-vocabulary'

// The schema's enums in the words residents use. 居民议事 (ADVISORY) is always called 咨询性表决
// where it appears: its result is advice, not an owners' decision.

/** 居民议事 first, then the nine matters of Civil Code article 278 in the article's order. */
export const MATTERS: ReadonlyArray<MatterKind> = [
  'ADVISORY',
  'RULES_OF_PROCEDURE',
  'MANAGEMENT_COVENANT',
  'ELECT_COMMITTEE',
  'PROPERTY_SERVICE',
  'USE_MAINTENANCE_FUND',
  'RAISE_MAINTENANCE_FUND',
  'REBUILD',
  'CHANGE_COMMON_USE',
  'OTHER_MAJOR',
]

export const BALLOT_KINDS: ReadonlyArray<BallotKind> = ['SINGLE', 'MULTIPLE', 'YES_NO_ABSTAIN']

/** Article 278 (6)–(8) need three quarters of the participating area and owners. */
const SUPERMAJORITY: ReadonlyArray<MatterKind> = ['RAISE_MAINTENANCE_FUND', 'REBUILD', 'CHANGE_COMMON_USE']

export const taskStatusLabel = (status: TaskStatus): string => t(`consult.task.status.${status}`)

/** What the matter needs to pass, in one sentence. */
export function passRule(matter: MatterKind): string {
  if (!isArticle278(matter)) return t('consult.rule.advisory')
  return SUPERMAJORITY.includes(matter) ? t('consult.rule.threeQuarters') : t('consult.rule.half')
}

/** 单选 / 多选（最多 2 项） / 同意·反对·弃权 */
export function ballotKindLabel(kind: BallotKind, maxChoices?: number | null): string {
  if (kind === 'MULTIPLE') return t('consult.ballot.MULTIPLE', { max: maxChoices ?? 2 })
  return t(`consult.ballot.${kind}`)
}

/** Article 278 matters are decided yes / no / abstain; the form forces it. */
export function ballotKindFor(matter: MatterKind, chosen: BallotKind): BallotKind {
  return isArticle278(matter) ? 'YES_NO_ABSTAIN' : chosen
}

export function parseMatter(value: string | undefined): MatterKind | null {
  return MATTERS.find((m) => m === value) ?? null
}

export function parseBallotKind(value: string | undefined): BallotKind | null {
  return BALLOT_KINDS.find((k) => k === value) ?? null
}

/** A, B, C … Z, then AA, AB …: the markers on the site plan and in its legend. */
export function optionLetter(index: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  if (index < 26) return letters[index] ?? '?'
  return `${letters[Math.floor(index / 26) - 1] ?? '?'}${letters[index % 26] ?? '?'}`
}

/** 1,200.50 元, from cents. */
export function yuan(cents: number): string {
  const value = (cents / 100).toFixed(2)
  const [whole, fraction] = value.split('.')
  return t('consult.money.yuan', { amount: `${(whole ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction ?? '00'}` })
}

/** "1200.5" (元, as typed) → 120050 cents; null when it is not an amount. */
export function parseYuan(text: string): number | null {
  const trimmed = text.trim()
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(trimmed)) return null
  return Math.round(Number(trimmed) * 100)
}

/** What a timeline entry's kind says: 发起草稿, 开始联署, 任务进展 … */
export function eventKindLabel(kind: string, stage: ProposalStage): string {
  if (kind.startsWith('TASK:')) return t('consult.event.TASK_NOTE')
  switch (kind) {
    case 'DRAFTED':
    case 'SUBMITTED':
    case 'DISCUSSION_OPENED':
    case 'COSIGN_EXPIRED':
    case 'WITHDRAWN':
    case 'AMENDMENT':
    case 'MEETING_SCHEDULED':
    case 'MINUTES_POSTED':
    case 'VOTING_OPENED':
    case 'VOTING_CLOSED':
    case 'ACTING_STARTED':
    case 'TASK_ADDED':
    case 'ACCEPTANCE_OPENED':
    case 'ACCEPTED':
    case 'SENT_BACK':
      return t(`consult.event.${kind}`)
    default:
      return stageLabel(stage)
  }
}

export const hasPassed = (iso: string | null | undefined, now: Date = new Date()): boolean => Boolean(iso) && new Date(iso ?? '').getTime() <= now.getTime()
