import type { NoticeCategory } from '@/graphql/generated/graphql'
import { t } from './i18n'

// The list's filter tabs. Integrity culture (廉洁文化) comes first: it is what the community most
// wants read; 全部 (no filter) closes the row.

export interface CategoryTab {
  /** null is 全部. */
  category: NoticeCategory | null
  label: string
}

export const NOTICE_CATEGORIES: readonly NoticeCategory[] = [
  'INTEGRITY_CULTURE',
  'ANNOUNCEMENT',
  'SAFETY_TIP',
  'POLICY_EXPLAINED',
  'RESIDENTS_COVENANT',
]

export function categoryLabel(category: NoticeCategory): string {
  return t(`notices.category.${category}`)
}

/** The filter tabs in the order they are drawn. */
export function categoryTabs(): CategoryTab[] {
  return [
    ...NOTICE_CATEGORIES.map((category) => ({ category, label: categoryLabel(category) })),
    { category: null, label: t('notices.category.all') },
  ]
}

/** A `?category=` value from a link, or null (全部) when it is missing or unknown. */
export function parseCategory(value: string | undefined | null): NoticeCategory | null {
  if (!value) return null
  const found = NOTICE_CATEGORIES.find((category) => category === value)
  return found ?? null
}
