import type { Navigation } from './sign-in-route'
import { ME_TAB } from './sign-in-route'

export const WORKBENCH_PAGE = '/features/workbench/pages/index/index'
export const NOTIFICATION_SETTINGS_PAGE = '/features/account/pages/notifications/index'
const QUEUE_PAGE = '/features/issues/pages/queue/index'

/** The page an inbox message opens, from what it is about; null when it is about nothing to open. */
export function routeForSubject(subjectType: string | null | undefined, subjectId: string | null | undefined): Navigation | null {
  switch (subjectType) {
    case 'Notice':
      return subjectId ? { method: 'navigateTo', url: `/features/notices/pages/detail/index?id=${encodeURIComponent(subjectId)}` } : null
    case 'HouseholdClaim':
    case 'Household':
      return { method: 'switchTab', url: ME_TAB }
    case 'Issue':
      return subjectId ? { method: 'navigateTo', url: `/features/issues/pages/detail/index?id=${encodeURIComponent(subjectId)}` } : null
    case 'Proposal':
      // 议题开始投票, 议题进入讨论, 表决结果…
      return subjectId ? { method: 'navigateTo', url: `/features/consult/pages/detail/index?id=${encodeURIComponent(subjectId)}` } : null
    case 'Activity':
      // 候补转为报名成功, 报名审核结果, 活动提醒, 活动取消…
      return subjectId ? { method: 'navigateTo', url: `/features/activities/pages/detail/index?id=${encodeURIComponent(subjectId)}` } : null
    case 'IssueQueue':
      // 我的待办 in a staff digest
      return { method: 'navigateTo', url: QUEUE_PAGE }
    case 'RoleAssignment':
      return { method: 'navigateTo', url: WORKBENCH_PAGE }
    default:
      return null
  }
}
