import type { IssueCategory } from '@/graphql/generated/graphql'
import { t } from '@/i18n'
import { categoryLabel } from './vocabulary'
import { round1 } from './figures-format'

export { formatRating, formatShare } from './figures-format'

// Community figures as bars drawn with Views: each bar's width is a percentage of the largest,
// and the number is always written beside it (never colour or length alone).

export interface CategoryFigure {
  category: IssueCategory
  resolvedCount: number
  medianHoursToResolve?: number | null
}

export interface Bar {
  key: string
  label: string
  /** 0–100, the bar's width; a non-zero value is at least 2 so it stays visible. */
  percent: number
  /** The number in words, written beside the bar. */
  valueText: string
}

/** Width of `value` against `max`, in whole percent; 0 stays 0, anything else shows at least a sliver. */
export function barPercent(value: number, max: number): number {
  if (!(value > 0) || !(max > 0)) return 0
  return Math.max(2, Math.min(100, Math.round((value / max) * 100)))
}

/** `5.5` → `5.5 小时`; under an hour → `不到 1 小时`; 48 hours and more → `2.3 天`; null → `暂无`. */
export function formatHours(hours: number | null | undefined): string {
  if (hours === null || hours === undefined || !Number.isFinite(hours)) return t('issues.figures.none')
  if (hours < 1) return t('issues.figures.underHour')
  if (hours >= 48) return t('issues.figures.days', { value: round1(hours / 24) })
  return t('issues.figures.hours', { value: round1(hours) })
}

/** Resolved issues per category, most first, categories with none left out. */
export function resolvedBars(byCategory: ReadonlyArray<CategoryFigure>): Bar[] {
  const rows = byCategory.filter((c) => c.resolvedCount > 0).sort((a, b) => b.resolvedCount - a.resolvedCount)
  const max = rows.reduce((m, c) => Math.max(m, c.resolvedCount), 0)
  return rows.map((c) => ({
    key: c.category,
    label: categoryLabel(c.category),
    percent: barPercent(c.resolvedCount, max),
    valueText: t('issues.figures.count', { count: c.resolvedCount }),
  }))
}

/** Median time to resolve per category, quickest first; categories without a median left out. */
export function medianBars(byCategory: ReadonlyArray<CategoryFigure>): Bar[] {
  const rows = byCategory
    .filter((c): c is CategoryFigure & { medianHoursToResolve: number } => typeof c.medianHoursToResolve === 'number')
    .sort((a, b) => a.medianHoursToResolve - b.medianHoursToResolve)
  const max = rows.reduce((m, c) => Math.max(m, c.medianHoursToResolve), 0)
  return rows.map((c) => ({
    key: c.category,
    label: categoryLabel(c.category),
    percent: barPercent(c.medianHoursToResolve, max),
    valueText: formatHours(c.medianHoursToResolve),
  }))
}
