import { t } from '@/i18n'

// The figures the home tab's card writes (main package); the figures page's bars and hours are
// in figures.ts, in the issues subpackage.

/** `0.873` → `87%`; null → `暂无`. */
export function formatShare(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return t('issues.figures.none')
  return `${Math.round(share * 100)}%`
}

/** `4.25` → `4.3 分`; null → `暂无`. */
export function formatRating(rating: number | null | undefined): string {
  if (rating === null || rating === undefined || !Number.isFinite(rating)) return t('issues.figures.none')
  return t('issues.figures.rating', { value: round1(rating) })
}

export function round1(value: number): string {
  return (Math.round(value * 10) / 10).toString()
}
