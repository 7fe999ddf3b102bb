// Every time a person sees, in Beijing time whatever the server's or the phone's zone: one module for
// the app and the gateway (which imports it by relative path, so nothing here may use the app's `@/`
// alias, Taro or i18n). China has kept no daylight saving since 1991, so a fixed +08:00 offset is
// exact; plain arithmetic on UTC fields needs no Intl time-zone data (missing on some mini-program
// engines) and no dayjs timezone plugin (wrong on Android WeChat, dayjs#2635).
//
// The named formats, the only ones a screen, message or file shows:
//   date     2026年12月1日          formatDate
//   day      12月1日                formatDay
//   moment   12月1日 20:29          formatMoment
//   full     2026年12月1日 20:29    formatFull
//   weekday  12月1日 周二 20:29     formatWeekdayMoment (activities)
//   sheet    2026-12-01 20:29       formatSheet (CSV and other files a spreadsheet sorts)

export const BEIJING_OFFSET_MINUTES = 480
const OFFSET_MS = BEIJING_OFFSET_MINUTES * 60_000
const DAY_MS = 86_400_000

// The names of the weekdays are part of the time format itself (zh-CN is the only locale).
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const

export type Instant = string | number | Date

/** The wall clock in Beijing at an instant. */
export interface BeijingClock {
  year: number
  /** 1–12 */
  month: number
  day: number
  hour: number
  minute: number
  /** 0 = Sunday */
  weekday: number
}

const millis = (at: Instant): number => (at instanceof Date ? at.getTime() : typeof at === 'number' ? at : Date.parse(at))

/** The Beijing wall clock at `at`; null for a value that is not a time. */
export function beijingClock(at: Instant): BeijingClock | null {
  const ms = millis(at)
  if (!Number.isFinite(ms)) return null
  const shifted = new Date(ms + OFFSET_MS) // read through the UTC getters: the zone of this process never enters
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    weekday: shifted.getUTCDay(),
  }
}

const two = (n: number) => String(n).padStart(2, '0')

function formatWith(at: Instant, shape: (c: BeijingClock) => string): string {
  const clock = beijingClock(at)
  return clock ? shape(clock) : String(at)
}

const clockTime = (c: BeijingClock) => `${two(c.hour)}:${two(c.minute)}`

/** `2026年12月1日` */
export const formatDate = (at: Instant): string => formatWith(at, (c) => `${c.year}年${c.month}月${c.day}日`)

/** `12月1日` */
export const formatDay = (at: Instant): string => formatWith(at, (c) => `${c.month}月${c.day}日`)

/** `20:29` */
export const formatClock = (at: Instant): string => formatWith(at, clockTime)

/** `12月1日 20:29` */
export const formatMoment = (at: Instant): string => formatWith(at, (c) => `${c.month}月${c.day}日 ${clockTime(c)}`)

/** `2026年12月1日 20:29` */
export const formatFull = (at: Instant): string => formatWith(at, (c) => `${c.year}年${c.month}月${c.day}日 ${clockTime(c)}`)

/** `12月1日 周二 20:29` */
export const formatWeekdayMoment = (at: Instant): string => formatWith(at, (c) => `${c.month}月${c.day}日 ${WEEKDAYS[c.weekday]} ${clockTime(c)}`)

/** `2026-12-01 20:29`: for files a spreadsheet sorts (CSV). */
export const formatSheet = (at: Instant): string => formatWith(at, (c) => `${toPickerDate(at)} ${clockTime(c)}`)

/** `12月1日 周二 14:00–16:00`, or both ends in full when the span crosses a day in Beijing. */
export function formatSpan(startsAt: Instant, endsAt: Instant): string {
  if (toPickerDate(startsAt) === toPickerDate(endsAt)) return `${formatWeekdayMoment(startsAt)}–${formatClock(endsAt)}`
  return `${formatWeekdayMoment(startsAt)} – ${formatWeekdayMoment(endsAt)}`
}

// Pickers: Taro's date picker speaks `YYYY-MM-DD`, its time picker `HH:mm`; both mean Beijing time.

/** The Beijing day of `at` as a date picker value `YYYY-MM-DD`. */
export const toPickerDate = (at: Instant): string => formatWith(at, (c) => `${c.year}-${two(c.month)}-${two(c.day)}`)

/** A moment as a pair of picker values (Beijing). */
export interface PickerMoment {
  /** YYYY-MM-DD */
  date: string
  /** HH:mm */
  time: string
}

export function toPickerMoment(at: Instant): PickerMoment {
  return { date: toPickerDate(at), time: formatClock(at) }
}

/** Picker values (Beijing) → an ISO instant in UTC; null while either is missing or not a real date. */
export function fromPickerMoment(value: PickerMoment): string | null {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.date)
  const time = /^(\d{2}):(\d{2})$/.exec(value.time)
  if (!date || !time) return null
  const [year, month, day, hour, minute] = [date[1], date[2], date[3], time[1], time[2]].map(Number) as [number, number, number, number, number] // five groups matched above
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null
  const ms = Date.UTC(year, month - 1, day, hour, minute) - OFFSET_MS
  if (toPickerDate(ms) !== value.date) return null // 2月30日 and the like roll over: refuse them
  return new Date(ms).toISOString()
}

/** A picked day → its last second in Beijing (an expiry that lasts the whole day). */
export function endOfBeijingDay(date: string): string | null {
  const start = fromPickerMoment({ date, time: '00:00' })
  return start ? new Date(Date.parse(start) + DAY_MS - 1000).toISOString() : null
}

/** Today in Beijing as `YYYY-MM-DD`. */
export const todayInBeijing = (now: Date = new Date()): string => toPickerDate(now)

/**
 * Where a date-time picker starts: `days` from now, at `hour` o'clock Beijing time when given, else
 * at the next whole hour — never 1970, never a time that has already passed.
 */
export function defaultPickerMoment(now: Date = new Date(), days = 7, hour?: number): PickerMoment {
  const later = now.getTime() + days * DAY_MS
  if (hour !== undefined) return { date: toPickerDate(later), time: `${two(hour)}:00` }
  const nextHour = Math.floor(later / 3_600_000) * 3_600_000 + 3_600_000
  return toPickerMoment(nextHour)
}
