import type { MatterKind, ProposalStage } from '@/graphql/generated/graphql'
import { t } from '@/i18n'

// The words the 议事 tab's list shows (main package): stages, matters, the countdown. The rest of
// the proposal's vocabulary is in vocabulary.ts, in the consult subpackage with its strings.

/** The stage chips of the 议事 tab, in the order a proposal goes through them. */
export const LIST_STAGES: ReadonlyArray<ProposalStage> = ['COSIGNING', 'DISCUSSION', 'VOTING', 'PASSED', 'REJECTED', 'ACTING', 'DONE']

export const isArticle278 = (matter: MatterKind): boolean => matter !== 'ADVISORY'

export const stageLabel = (stage: ProposalStage): string => t(`consult.stage.${stage}`)
export const matterName = (matter: MatterKind): string => t(`consult.matter.${matter}`)
/** 居民议事（咨询性表决）, or 第二百七十八条 · 使用建筑物及其附属设施的维修资金. */
export function matterLabel(matter: MatterKind): string {
  return isArticle278(matter) ? t('consult.matter.article278', { name: matterName(matter) }) : t('consult.matter.advisoryLabel')
}

export function parseListStage(value: string | undefined): ProposalStage | null {
  return LIST_STAGES.find((s) => s === value) ?? null
}

/** 还剩 2 天 3 小时 / 还剩 45 分钟 / 投票时间已到: the closing time as words. */
export function countdownText(closesAt: string, now: Date = new Date()): string {
  const minutes = Math.floor((new Date(closesAt).getTime() - now.getTime()) / 60_000)
  if (minutes <= 0) return t('consult.countdown.over')
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  if (days > 0) return t('consult.countdown.days', { days, hours })
  if (hours > 0) return t('consult.countdown.hours', { hours, minutes: minutes % 60 })
  return t('consult.countdown.minutes', { minutes: Math.max(1, minutes) })
}
