import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

// Dates are shown in Beijing time whatever the phone's zone. China has had no daylight saving
// since 1991, so a fixed +08:00 offset is exact and needs no Intl time-zone data (which some
// mini-program engines lack).
const SHANGHAI_OFFSET_MINUTES = 8 * 60

/** `2026-01-05T02:00:00Z` → `2026年1月5日 10:00` (Asia/Shanghai). */
export function formatNoticeDate(iso: string): string {
  return dayjs(iso).utcOffset(SHANGHAI_OFFSET_MINUTES).format('YYYY年M月D日 HH:mm')
}

/** The day an expiry falls on in Beijing, as a date picker value `YYYY-MM-DD`. */
export function expiryToPickerDate(iso: string): string {
  return dayjs(iso).utcOffset(SHANGHAI_OFFSET_MINUTES).format('YYYY-MM-DD')
}

/** A picked day `YYYY-MM-DD` → the last second of that day in Beijing, as an ISO instant. */
export function pickerDateToExpiry(date: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null
  const end = dayjs(`${date}T23:59:59+08:00`)
  return end.isValid() ? end.toISOString() : null
}

/** Today in Beijing as `YYYY-MM-DD`: the earliest day an expiry may be picked. */
export function todayInShanghai(now: Date = new Date()): string {
  return dayjs(now).utcOffset(SHANGHAI_OFFSET_MINUTES).format('YYYY-MM-DD')
}
