// Statement periods as plain functions: "2026-11" is a month, "2026-Q4" a quarter; dates are
// Beijing calendar dates (YYYY-MM-DD) and compare as text.

export interface Period { key: string; kind: 'MONTH' | 'QUARTER'; start: string; end: string; months: string[]; label: string }

const QUARTER_NAME = ['一', '二', '三', '四']
const pad = (n: number) => String(n).padStart(2, '0')
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()

/** The period a key names, or null when it is not YYYY-MM or YYYY-Qn (years 2000–2099). */
export function parsePeriod(key: string): Period | null {
  const month = /^(20\d\d)-(0[1-9]|1[0-2])$/.exec(key)
  if (month) {
    const y = Number(month[1])
    const m = Number(month[2])
    return { key, kind: 'MONTH', start: `${y}-${pad(m)}-01`, end: `${y}-${pad(m)}-${pad(lastDay(y, m))}`, months: [`${y}-${pad(m)}`], label: `${y}年${m}月` }
  }
  const quarter = /^(20\d\d)-Q([1-4])$/.exec(key)
  if (!quarter) return null
  const y = Number(quarter[1])
  const q = Number(quarter[2])
  const first = (q - 1) * 3 + 1
  const months = [first, first + 1, first + 2].map((m) => `${y}-${pad(m)}`)
  return { key, kind: 'QUARTER', start: `${y}-${pad(first)}-01`, end: `${y}-${pad(first + 2)}-${pad(lastDay(y, first + 2))}`, months, label: `${y}年第${QUARTER_NAME[q - 1]}季度` }
}

/** Whether YYYY-MM-DD is a real calendar date. */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
}

/** The months of the period's year up to its last month, for the bars by month. */
export function monthsOfYearTo(period: Period): string[] {
  const year = period.start.slice(0, 4)
  const last = Number(period.end.slice(5, 7))
  return Array.from({ length: last }, (_, i) => `${year}-${pad(i + 1)}`)
}
