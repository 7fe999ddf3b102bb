// The strings of consult that the main package shows (tab pages and the feature pieces they use);
// the rest are in src/features/consult/i18n/zh-CN-committee.ts, bundled in that subpackage only.
export const consultCommitteeMainMessages = {
  'consult.task.status.TODO': '未开始',
  'consult.task.status.IN_PROGRESS': '进行中',
  'consult.task.status.DONE': '已完成',
} as const
