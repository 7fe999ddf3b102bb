import { t } from '@/i18n'

// The participation meter: households and area that have voted, against the article 278 lines
// (two thirds of the owners and of the exclusive area).

export const TWO_THIRDS = 2 / 3

/** 0.68 → "68%", 0.6667 → "66.7%": one decimal only when it says something. */
export function percent(fraction: number): string {
  const tenths = Math.round((Number.isFinite(fraction) ? fraction : 0) * 1000) / 10
  return `${Number.isInteger(tenths) ? tenths.toFixed(0) : tenths.toFixed(1)}%`
}

/** 住户 68% / 面积 71% */
export function participationText(p: { households: number; area: number }): string {
  return t('consult.meter.both', { households: percent(p.households), area: percent(p.area) })
}

/** 三分之二线 66.7% */
export function twoThirdsLineText(): string {
  return t('consult.meter.line', { value: percent(TWO_THIRDS) })
}

/** One axis of the meter: how full, and whether it reached the line, in words. */
export function meterAxis(label: string, fraction: number): { label: string; width: string; text: string; plain: string; reached: boolean } {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0))
  // Compared in tenths of a percent, as shown, so "66.7%" is never called short of "66.7%".
  const reached = Math.round(clamped * 1000) >= Math.round(TWO_THIRDS * 1000)
  return {
    label,
    width: `${Math.round(clamped * 1000) / 10}%`,
    text: t(reached ? 'consult.meter.axisReached' : 'consult.meter.axisShort', { label, value: percent(clamped) }),
    plain: `${label} ${percent(clamped)}`,
    reached,
  }
}
