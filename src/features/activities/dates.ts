import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import { t, type MessageKey } from '@/i18n'

dayjs.extend(utc)

// Times are shown and entered in Beijing time whatever the phone's zone. China has no daylight
// saving, so a fixed +08:00 offset is exact and needs no Intl time-zone data.
const SHANGHAI_OFFSET_MINUTES = 8 * 60

const inShanghai = (iso: string) => dayjs(iso).utcOffset(SHANGHAI_OFFSET_MINUTES)

const WEEKDAYS: ReadonlyArray<MessageKey> = [
  'activities.weekday.0',
  'activities.weekday.1',
  'activities.weekday.2',
  'activities.weekday.3',
  'activities.weekday.4',
  'activities.weekday.5',
  'activities.weekday.6',
]

const weekday = (iso: string): string => t(WEEKDAYS[inShanghai(iso).day()] ?? 'activities.weekday.0')

/** `1月5日 周一 14:00` */
export function formatActivityMoment(iso: string): string {
  const d = inShanghai(iso)
  return `${d.format('M月D日')} ${weekday(iso)} ${d.format('HH:mm')}`
}

/** `1月5日 周一 14:00–16:00`, or both ends in full when it spans days. */
export function formatActivityTime(startsAt: string, endsAt: string): string {
  const start = inShanghai(startsAt)
  const end = inShanghai(endsAt)
  if (start.format('YYYY-MM-DD') === end.format('YYYY-MM-DD')) return `${formatActivityMoment(startsAt)}–${end.format('HH:mm')}`
  return `${formatActivityMoment(startsAt)} – ${formatActivityMoment(endsAt)}`
}

/** `报名截止：1月4日 周日 18:00`, or `报名已截止` once it has passed. */
export function deadlineText(signUpDeadline: string, now: Date = new Date()): string {
  if (dayjs(signUpDeadline).valueOf() <= now.getTime()) return t('activities.deadline.passed')
  return t('activities.deadline.until', { time: formatActivityMoment(signUpDeadline) })
}

/** A moment as the edit form's date and time pickers hold it (Beijing time). */
export interface LocalDateTime {
  date: string
  time: string
}

/** `2026-01-05T06:00:00Z` → `{ date: '2026-01-05', time: '14:00' }` */
export function toLocalDateTime(iso: string): LocalDateTime {
  const d = inShanghai(iso)
  return { date: d.format('YYYY-MM-DD'), time: d.format('HH:mm') }
}

/** The pickers' Beijing date and time back to an ISO instant; null while either is missing or malformed. */
export function fromLocalDateTime(value: LocalDateTime): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value.date) || !/^\d{2}:\d{2}$/.test(value.time)) return null
  const d = dayjs.utc(`${value.date}T${value.time}:00Z`)
  if (!d.isValid()) return null
  return d.subtract(SHANGHAI_OFFSET_MINUTES, 'minute').toISOString()
}
