import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

// Times are shown in Beijing time whatever the phone's zone. China has no daylight saving, so a
// fixed +08:00 offset is exact and needs no Intl time-zone data (which some mini-program engines lack).
const SHANGHAI_OFFSET_MINUTES = 8 * 60

/** `2026-01-05T02:00:00Z` → `2026年1月5日 10:00` (Asia/Shanghai). */
export function formatIssueTime(iso: string): string {
  return dayjs(iso).utcOffset(SHANGHAI_OFFSET_MINUTES).format('YYYY年M月D日 HH:mm')
}

/** `1月5日` in Beijing, for list rows. */
export function formatIssueDay(iso: string): string {
  return dayjs(iso).utcOffset(SHANGHAI_OFFSET_MINUTES).format('M月D日')
}
