import type { IconPaths } from './svg'

// Icons for the categories people pick and read: issue categories (报事) and notice categories.

export const issueCategoryIcons = {
  /** 路灯照明: a light bulb. */
  LIGHTING: ['M9 17.5h6', 'M10 20.5h4', 'M8.5 14.5A6 6 0 1 1 15.5 14.5c-.8.7-1 1.5-1 3h-5c0-1.5-.2-2.3-1-3z'],
  /** 监控安防: a camera on a bracket. */
  SURVEILLANCE: ['M3 7l13 3.5-1.5 4.5L2 11.5z', 'M16 10.5l4-1.5 1 3-4 1.5', 'M7 13l-1 4H3', 'M3 15v4'],
  /** 环境卫生: a bin. */
  SANITATION: ['M4 6.5h16', 'M9.5 6.5V4h5v2.5', 'M6 6.5l1 14h10l1-14', 'M10 10.5v6.5', 'M14 10.5v6.5'],
  /** 消防安全: a flame. */
  FIRE_SAFETY: ['M12 21c-4 0-6.5-2.5-6.5-6 0-3 2-5 3.5-7 .5 2 1.5 3 2.5 3.5 0-3 1.5-6 3.5-8 .5 3 4.5 6 4.5 11.5 0 3.5-3 6-7.5 6z'],
  /** 维修·电器: a plug. */
  REPAIR_ELECTRICAL: ['M9 3v5', 'M15 3v5', 'M6.5 8h11v3a5.5 5.5 0 0 1-11 0z', 'M12 16.5V21'],
  /** 维修·五金: a spanner. */
  REPAIR_HARDWARE: ['M14.5 4a4.5 4.5 0 0 0-4.2 6.1L4 16.5 7.5 20l6.4-6.3A4.5 4.5 0 0 0 20 9.5l-3 1-2.5-2.5 1-3z'],
  /** 矛盾纠纷: a balance. */
  DISPUTE: ['M12 4v16', 'M8 20h8', 'M5 7h14', 'M5 7l-3 6a3 3 0 0 0 6 0z', 'M19 7l-3 6a3 3 0 0 0 6 0z'],
  /** 营商服务: a shop front. */
  BUSINESS_SERVICE: ['M4 9.5L5.5 4h13L20 9.5', 'M4 9.5a2.7 2.7 0 0 0 5.3 0 2.7 2.7 0 0 0 5.4 0 2.7 2.7 0 0 0 5.3 0', 'M5.5 12v8h13v-8', 'M10 20v-4.5h4V20'],
  /** 其他: three dots in a circle. */
  OTHER: ['M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18z', 'FM7.3 12a1.2 1.2 0 1 0 2.4 0 1.2 1.2 0 1 0-2.4 0zM10.8 12a1.2 1.2 0 1 0 2.4 0 1.2 1.2 0 1 0-2.4 0zM14.3 12a1.2 1.2 0 1 0 2.4 0 1.2 1.2 0 1 0-2.4 0z'],
} satisfies Record<string, IconPaths>

export const noticeCategoryIcons = {
  /** 廉洁文化: a lotus. */
  INTEGRITY_CULTURE: ['M12 20c-2.5-2-3.5-4.5-3.5-7.5S10 7 12 5c2 2 3.5 4.5 3.5 7.5S14.5 18 12 20z', 'M12 20c-4.5 0-8-2.5-9-6.5 2.5-.5 4.5 0 6 1', 'M12 20c4.5 0 8-2.5 9-6.5-2.5-.5-4.5 0-6 1'],
  /** 社区公告: a megaphone. */
  ANNOUNCEMENT: ['M3 10v4h3l7 4V6l-7 4H3z', 'M16.5 9.5a3.5 3.5 0 0 1 0 5', 'M19 7a7 7 0 0 1 0 10'],
  /** 安全提示: a shield with a tick. */
  SAFETY_TIP: ['M12 3l7.5 3v5.5c0 4.5-3.2 8-7.5 9.5-4.3-1.5-7.5-5-7.5-9.5V6z', 'M8.5 12l2.5 2.5 4.5-5'],
  /** 政策解读: an open book. */
  POLICY_EXPLAINED: ['M3.5 5.5C6.5 4.5 9.5 4.5 12 6.5c2.5-2 5.5-2 8.5-1v13c-3-1-6-1-8.5 1-2.5-2-5.5-2-8.5-1z', 'M12 6.5v13'],
  /** 居民公约: a scroll. */
  RESIDENTS_COVENANT: ['M7 4h11a2 2 0 0 1 0 4h-1v10a2.5 2.5 0 0 1-2.5 2.5H6a2.5 2.5 0 0 1 0-5h1z', 'M7 15.5h8.5', 'M10 8.5h4', 'M10 12h4'],
} satisfies Record<string, IconPaths>

export type IssueCategoryIcon = keyof typeof issueCategoryIcons
export type NoticeCategoryIcon = keyof typeof noticeCategoryIcons
