import type { IconPaths } from './svg'

// The proposal's stages (提 → 议 → 决 → 做) and the actions people take on a page.

export const proposalStageIcons = {
  /** 草稿: a pencil. */
  DRAFT: ['M4 20l1-4.5L16 4.5l3.5 3.5L8.5 19z', 'M14 7l3 3'],
  /** 联署: a pen signing a line. */
  COSIGNING: ['M3 20h10', 'M14.5 4.5l3 3L9 16l-4 1 1-4z'],
  /** 讨论: speech bubbles. */
  DISCUSSION: ['M3 5h11v8H8l-5 3.5z', 'M17 9h4v10l-3.5-2.5H10v-1.5'],
  /** 投票: a ballot going into a box. */
  VOTING: ['M4 12h16v8H4z', 'M8 12V4h8v8', 'M10 8l1.5 1.5L14.5 6'],
  /** 通过: a tick in a circle. */
  PASSED: ['M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18z', 'M8 12.5l2.8 2.8L16.5 9'],
  /** 未通过: a cross in a circle. */
  REJECTED: ['M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18z', 'M9 9l6 6', 'M15 9l-6 6'],
  /** 实施: a hammer. */
  ACTING: ['M13.5 6.5l4 4', 'M11 4l6 6-2 2-6-6z', 'M10.5 9.5L3.5 16.5 6 19l7-7'],
  /** 完成: a flag. */
  DONE: ['M5 21V4', 'M5 4h12l-2.5 4L17 12H5'],
  /** 已撤回: an arrow turning back. */
  WITHDRAWN: ['M9 5L4 10l5 5', 'M4 10h10a6 6 0 0 1 0 12h-3'],
} satisfies Record<string, IconPaths>

export const actionIcons = {
  /** 新建: a plus. */
  add: ['M12 5v14', 'M5 12h14'],
  /** 搜索: a magnifier. */
  search: ['M10.5 4a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13z', 'M15.5 15.5L20 20'],
  /** 拍照: a camera. */
  photo: ['M3.5 8h4l1.5-2.5h6L16.5 8h4v11h-17z', 'M12 10.5a3.3 3.3 0 1 1 0 6.6 3.3 3.3 0 0 1 0-6.6z'],
  /** 位置: a pin. */
  place: ['M12 21s-6.5-6-6.5-11a6.5 6.5 0 0 1 13 0c0 5-6.5 11-6.5 11z', 'M12 7.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5z'],
  /** 电话: a handset. */
  call: ['M5 4h3.5l1.5 4.5-2 1.5a11 11 0 0 0 6 6l1.5-2 4.5 1.5V19a1.5 1.5 0 0 1-1.5 1.5A16 16 0 0 1 3.5 5.5 1.5 1.5 0 0 1 5 4z'],
  /** 分享: three joined dots. */
  share: ['M17.5 3.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5z', 'M6.5 9.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5z', 'M17.5 15.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5z', 'M8.7 10.8l6.6-3.6', 'M8.7 13.2l6.6 3.6'],
  /** 确认: a tick. */
  confirm: ['M5 12.5l4.5 4.5L19 7.5'],
  /** 关注: a star. */
  follow: ['M12 3.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8-5.2-2.7-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z'],
} satisfies Record<string, IconPaths>

export type ProposalStageIcon = keyof typeof proposalStageIcons
export type ActionIconName = keyof typeof actionIcons
