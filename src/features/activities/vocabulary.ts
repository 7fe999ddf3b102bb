import type { ActivityKind, Eligibility, RegistrationStatus } from '@/graphql/generated/graphql'
import { t } from '@/i18n'
import { formatWeekdayMoment } from '@/lib/beijing-time'

// The schema's enums in the words residents and staff use.

/** In the order the filter and the edit form offer them. */
export const ACTIVITY_KINDS: ReadonlyArray<ActivityKind> = ['HANDICRAFT', 'FESTIVAL', 'VOLUNTEER', 'TALK', 'VISIT']
export const ELIGIBILITIES: ReadonlyArray<Eligibility> = ['ANYONE', 'RESIDENTS', 'VERIFIED_HOUSEHOLDS']

export const kindLabel = (kind: ActivityKind): string => t(`activities.kind.${kind}`)
export const eligibilityLabel = (eligibility: Eligibility): string => t(`activities.eligibility.${eligibility}`)

export function parseKind(value: string | undefined): ActivityKind | null {
  return ACTIVITY_KINDS.find((k) => k === value) ?? null
}

export function parseEligibility(value: string | undefined): Eligibility | null {
  return ELIGIBILITIES.find((e) => e === value) ?? null
}

/** A registration's status in words: 待审核, 已报名, 候补第 3 位, 未通过, 已取消, 已签到. */
export function registrationStatusText(registration: { status: RegistrationStatus; waitlistPosition?: number | null }): string {
  if (registration.status === 'WAITLISTED') {
    const position = registration.waitlistPosition
    return typeof position === 'number' && position > 0 ? t('activities.status.waitlistedAt', { position }) : t('activities.status.WAITLISTED')
  }
  return t(`activities.status.${registration.status}`)
}

/** What the status means for the resident next, one line under it. */
export function registrationStatusHint(status: RegistrationStatus): string {
  return t(`activities.statusHint.${status}`)
}

/** Statuses that hold (or wait for) a place; one of these blocks a second sign-up. */
export const ACTIVE_STATUSES: ReadonlyArray<RegistrationStatus> = ['PENDING', 'CONFIRMED', 'WAITLISTED', 'ATTENDED']

export const isActiveRegistration = (status: RegistrationStatus): boolean => ACTIVE_STATUSES.includes(status)

/** Only these may still be cancelled by the resident (before the deadline). */
export const isCancellable = (status: RegistrationStatus): boolean => status === 'PENDING' || status === 'CONFIRMED' || status === 'WAITLISTED'

/** WeChat scene values grouped the way an organiser thinks of them; null when none was recorded. */
export function sceneLabel(scene: number | null | undefined): string {
  if (scene === null || scene === undefined) return t('activities.scene.unknown')
  if (scene === 1007) return t('activities.scene.private')
  if (scene === 1008) return t('activities.scene.group')
  if ([1011, 1012, 1013, 1047, 1048, 1049].includes(scene)) return t('activities.scene.qr')
  if ([1001, 1089, 1104, 1023, 1256].includes(scene)) return t('activities.scene.entry')
  if ([1065, 1167, 1194].includes(scene)) return t('activities.scene.link')
  return t('activities.scene.other', { scene })
}

/** `1月4日 周日 18:00 前`, or `报名已截止` once it has passed. */
export function deadlineText(signUpDeadline: string, now: Date = new Date()): string {
  if (Date.parse(signUpDeadline) <= now.getTime()) return t('activities.deadline.passed')
  return t('activities.deadline.until', { time: formatWeekdayMoment(signUpDeadline) })
}
