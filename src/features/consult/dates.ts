import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import { t } from '@/i18n'

dayjs.extend(utc)

// Times are shown and entered in Beijing time whatever the phone's zone (a fixed +08:00: China
// has no daylight saving, and some mini-program engines lack Intl time-zone data).
const SHANGHAI_OFFSET_MINUTES = 8 * 60

const inShanghai = (iso: string) => dayjs(iso).utcOffset(SHANGHAI_OFFSET_MINUTES)

/** `2026年1月5日 10:00` */
export const formatConsultTime = (iso: string): string => inShanghai(iso).format('YYYY年M月D日 HH:mm')

/** `1月5日` */
export const formatConsultDay = (iso: string): string => inShanghai(iso).format('M月D日')

export interface LocalDateTime {
  /** YYYY-MM-DD in Beijing time. */
  date: string
  /** HH:mm in Beijing time. */
  time: string
}

/** A date and time as the pickers give them (Beijing) → ISO instant; null when incomplete. */
export function toInstant(value: LocalDateTime): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value.date) || !/^\d{2}:\d{2}$/.test(value.time)) return null
  const parsed = dayjs.utc(`${value.date}T${value.time}:00Z`)
  if (!parsed.isValid()) return null
  return parsed.subtract(SHANGHAI_OFFSET_MINUTES, 'minute').toISOString()
}

/** `days` from now at 20:00 Beijing time: a closing time most households can make. */
export function defaultClosing(now: Date = new Date(), days = 7): LocalDateTime {
  const day = dayjs(now).utcOffset(SHANGHAI_OFFSET_MINUTES).add(days, 'day')
  return { date: day.format('YYYY-MM-DD'), time: '20:00' }
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

export const hasPassed = (iso: string | null | undefined, now: Date = new Date()): boolean => Boolean(iso) && new Date(iso ?? '').getTime() <= now.getTime()
