import { formatDay, fromPickerMoment, toPickerDate, todayInBeijing, type PickerMoment } from '@/lib/beijing-time'

// One picker for a date and a time (Taro's multiSelector: day, hour, minute), instead of a date
// picker and a time picker side by side — five wheels in two sheets. Days run a year ahead from
// today in Beijing (or from the value when it is earlier: an activity being edited after the fact).

const DAYS_AHEAD = 366
const DAY_MS = 86_400_000
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']
const two = (n: number) => String(n).padStart(2, '0')

export interface DateTimeWheel {
  /** The day column as picker dates `YYYY-MM-DD`, beside the labels shown. */
  dates: string[]
  hours: string[]
  minutes: string[]
  /** What the three columns show. */
  range: [string[], string[], string[]]
  /** Where the wheels stand: on the value, else on `fallback`. */
  index: [number, number, number]
}

const dayStart = (date: string): number => Date.parse(fromPickerMoment({ date, time: '12:00' }) ?? '')

export function dateTimeWheel(value: PickerMoment, fallback: PickerMoment, now: Date = new Date()): DateTimeWheel {
  const shown = fromPickerMoment(value) ? value : fallback
  const today = todayInBeijing(now)
  const first = shown.date < today ? shown.date : today
  const firstNoon = dayStart(first)
  const dates = Array.from({ length: DAYS_AHEAD }, (_, i) => toPickerDate(firstNoon + i * DAY_MS))
  const hours = Array.from({ length: 24 }, (_, h) => two(h))
  const minute = shown.time.slice(3, 5)
  const minutes = Array.from({ length: 12 }, (_, i) => two(i * 5))
  if (!minutes.includes(minute) && /^\d{2}$/.test(minute)) minutes.push(minute) // a time not on the 5-minute grid stays choosable
  minutes.sort()
  const dayLabels = dates.map((d) => `${formatDay(dayStart(d))} 周${WEEKDAYS[new Date(dayStart(d)).getUTCDay()]}`)
  return {
    dates,
    hours,
    minutes,
    range: [dayLabels, hours.map((h) => `${h} 时`), minutes.map((m) => `${m} 分`)],
    index: [Math.max(0, dates.indexOf(shown.date)), Math.max(0, hours.indexOf(shown.time.slice(0, 2))), Math.max(0, minutes.indexOf(minute))],
  }
}

/** The wheels' positions back to picker values. */
export function pickedMoment(wheel: DateTimeWheel, index: ReadonlyArray<number>): PickerMoment {
  const [d = 0, h = 0, m = 0] = index
  return { date: wheel.dates[d] ?? wheel.dates[0] ?? '', time: `${wheel.hours[h] ?? '00'}:${wheel.minutes[m] ?? '00'}` }
}
