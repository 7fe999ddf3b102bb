import type { ActivityStatus } from '@/graphql/generated/graphql'
import { t } from '@/i18n'

// How many places are left, said in words: 剩余 5 个名额, 已满，可候补, 已满.

export interface SeatFacts {
  status: ActivityStatus
  seatsLeft: number
  waitlist: boolean
  waitlistCount: number
}

/** The places line of a card and of the detail page. */
export function placesLeftText(activity: SeatFacts): string {
  if (activity.status === 'CANCELLED') return t('activities.places.cancelled')
  if (activity.seatsLeft > 0) return t('activities.places.left', { count: activity.seatsLeft })
  if (!activity.waitlist) return t('activities.places.full')
  if (activity.waitlistCount > 0) return t('activities.places.fullWaitlistCount', { count: activity.waitlistCount })
  return t('activities.places.fullWaitlist')
}

/** Whether a party of this size still gets a seat now (else it waits, when a waitlist is allowed). */
export function partyFits(seatsLeft: number, partySize: number): boolean {
  return partySize <= seatsLeft
}

/** The bounds of the party size stepper: 1 up to the activity's limit (never below 1). */
export function partySizeBounds(maxPartySize: number): { min: number; max: number } {
  return { min: 1, max: Math.max(1, Math.floor(maxPartySize)) }
}

/** A party size kept within the activity's bounds. */
export function clampPartySize(size: number, maxPartySize: number): number {
  const { min, max } = partySizeBounds(maxPartySize)
  if (!Number.isFinite(size)) return min
  return Math.min(max, Math.max(min, Math.round(size)))
}
