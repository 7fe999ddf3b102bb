import type { IconPaths } from './svg'

// The home page's service grid and the H5 title bar: kept apart from the category and stage icons
// so the main package carries only these.

export const serviceIcons = {
  /** 报事: a megaphone. */
  raise: ['M3 10v4h3l7 4V6l-7 4H3z', 'M16.5 9.5a3.5 3.5 0 0 1 0 5', 'M19 7a7 7 0 0 1 0 10'],
  /** 议事: two speech bubbles. */
  consult: ['M3 5h11v8H8l-5 3.5z', 'M17 9h4v10l-3.5-2.5H10v-1.5'],
  /** 活动: a calendar with a star. */
  activities: ['M4 6h16v14H4z', 'M4 10h16', 'M8 3.5v4', 'M16 3.5v4', 'M12 12.5l1 2 2.2.3-1.6 1.5.4 2.2-2-1-2 1 .4-2.2-1.6-1.5 2.2-.3z'],
  /** 公告: a notice board. */
  notices: ['M6 3h9l4 4v14H6z', 'M14.5 3v4.5H19', 'M9 11.5h7', 'M9 15h7', 'M9 18.5h4'],
  /** 廉洁文化: a lotus, the integrity flower (出淤泥而不染). */
  integrity: ['M12 20c-2.5-2-3.5-4.5-3.5-7.5S10 7 12 5c2 2 3.5 4.5 3.5 7.5S14.5 18 12 20z', 'M12 20c-4.5 0-8-2.5-9-6.5 2.5-.5 4.5 0 6 1', 'M12 20c4.5 0 8-2.5 9-6.5-2.5-.5-4.5 0-6 1'],
  /** 办事指南: an open book. */
  guide: ['M3.5 5.5C6.5 4.5 9.5 4.5 12 6.5c2.5-2 5.5-2 8.5-1v13c-3-1-6-1-8.5 1-2.5-2-5.5-2-8.5-1z', 'M12 6.5v13'],
  /** 消息: a bell. */
  inbox: ['M6 16.5V11a6 6 0 0 1 12 0v5.5l1.5 1.5h-15z', 'M10 20.5a2 2 0 0 0 4 0'],
  /** 数据公开: bars on a baseline. */
  figures: ['M4 20h16', 'M7.5 17v-5', 'M12 17V7', 'M16.5 17v-8'],
  /** 工作台: a briefcase. */
  workbench: ['M4 8h16v11H4z', 'M9 8V5.5h6V8', 'M4 13h16'],
  /** Back: a chevron to the left. */
  back: ['M15 5l-7 7 7 7'],
  /** Home: a house. */
  home: ['M4 11l8-7 8 7', 'M6 9.5V20h12V9.5', 'M10 20v-5h4v5'],
} satisfies Record<string, IconPaths>

export type ServiceIconName = keyof typeof serviceIcons
