// The strings of notices that the main package shows (tab pages and the feature pieces they use);
// the rest are in src/features/notices/i18n/zh-CN.ts, bundled in that subpackage only.
export const noticesMainMessages = {
  'home.community.loading': '正在找到您的社区…',
  'home.unread': '{count} 条公告未读',
  'home.allRead': '公告都已读完',
  'home.pinned.title': '置顶公告',
  'home.pinned.empty.title': '暂时没有置顶公告',
  'home.pinned.empty.body': '点上面的“公告”，看看社区的其他消息。',
  'home.error.title': '首页没有加载出来',
  'home.error.body': '可能是网络不好。请检查网络后点“重试”，或下拉刷新。',

  'notices.category.all': '全部',
  'notices.category.empty.title': '“{category}”下暂时没有公告',
  'notices.category.empty.body': '点上面的“全部”看看其他公告，或下拉刷新。',
} as const
