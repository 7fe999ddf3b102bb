import { todayInBeijing } from '@/lib/beijing-time'

// Statement periods on the app side: YYYY-MM or YYYY-Qn, stepped back and forth, switched between
// month and quarter; the default is the last complete month in Beijing.

const pad = (n: number) => String(n).padStart(2, '0')

export function lastCompleteMonth(today = todayInBeijing()): string {
  const index = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 2
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`
}

export const isQuarter = (period: string) => /^\d{4}-Q[1-4]$/.test(period)

/** The period `by` steps away (months for a month, quarters for a quarter). */
export function stepPeriod(period: string, by: number): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(period)
  if (q) {
    const index = Number(q[1]) * 4 + Number(q[2]) - 1 + by
    return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`
  }
  const index = Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1 + by
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`
}

/** A month's quarter, or a quarter's last month. */
export function switchKind(period: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(period)
  if (q) return `${q[1]}-${pad(Number(q[2]) * 3)}`
  return `${period.slice(0, 4)}-Q${Math.ceil(Number(period.slice(5, 7)) / 3)}`
}

/** Whether a period lies wholly after the current one (nothing to show there yet). */
export function isFuture(period: string, today = todayInBeijing()): boolean {
  const month = today.slice(0, 7)
  return isQuarter(period) ? period > switchKind(month) : period > month
}

/** "2026-11" → "11月" for a bar's label. */
export const monthLabel = (month: string) => `${Number(month.slice(5, 7))}月`
