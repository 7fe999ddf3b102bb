import { accountMainMessages } from './zh-CN/main/account'
import { activitiesMainMessages } from './zh-CN/main/activities'
import { consultMainMessages } from './zh-CN/main/consult'
import { consultCommitteeMainMessages } from './zh-CN/main/consult-committee'
import { issuesMainMessages } from './zh-CN/main/issues'
import { noticesMainMessages } from './zh-CN/main/notices'
import { homeMainMessages } from './zh-CN/main/home'

// The main package's strings. Chinese is the source language; an English catalogue can follow
// with the same keys (src/i18n/index.ts picks the catalogue). Each feature keeps the strings only
// its subpackage shows in src/features/<feature>/i18n/ (looked up through that folder's `t`); the
// ones the tab pages show from a feature are in src/i18n/zh-CN/main/<feature>.ts, merged here.
export const zhCN = {
  ...accountMainMessages,
  ...noticesMainMessages,
  ...issuesMainMessages,
  ...activitiesMainMessages,
  ...consultMainMessages,
  ...consultCommitteeMainMessages,
  ...homeMainMessages,
  'app.name': '邻里',

  'tab.home': '首页',
  'tab.issues': '报事',
  'tab.consult': '议事',
  'tab.activities': '活动',
  'tab.me': '我的',
  /** Read after a tab's name by screen readers when it has a badge. */
  'tab.badge': '{count} 条未读',

  'title.notices.list': '公告',
  'title.notices.detail': '公告详情',
  'title.notices.edit': '发布公告',
  'title.account.signIn': '登录',
  'title.account.claim': '认领房屋',
  'title.account.privacy': '隐私说明',
  'title.account.myData': '导出或注销账号',
  'title.account.inbox': '我的消息',
  'title.account.notifications': '消息设置',
  'title.workbench': '工作台',

  'common.loading': '加载中…',
  'common.retry': '重试',
  'common.comingSoon': '即将上线',
  'common.placeholderPage': '此页面正在建设中，很快就能使用。',
  'common.back': '返回',
  'common.backHome': '返回首页',
  'common.counter': '{count}/{max} 字',
  'common.tooLong': '最多 {max} 字，已超出 {over} 字，请删减后再提交',
  'common.notYet': '再想想',
  'common.pickDateTime': '点此选择日期和时间',

  'home.greeting': '欢迎来到邻里',
  'home.notices.title': '社区公告',

  'me.elderMode.title': '长辈模式',
  'me.elderMode.description': '字更大、行距更宽、按钮更大，页面只排一列。',
  'me.elderMode.on': '已开启',
  'me.elderMode.off': '已关闭',
  'me.elderMode.turnOn': '开启长辈模式',
  'me.elderMode.turnOff': '关闭长辈模式',
  'me.elderMode.auto': '根据手机字体大小自动开启',
  'me.links.inbox': '我的消息',
  'me.links.claim': '认领房屋',
  'me.links.privacy': '隐私说明',
  'me.links.myData': '导出我的数据或注销账号',
  'me.links.workbench': '工作台',
  'me.links.signIn': '登录',

  'notices.empty.title': '暂时没有公告',
  'notices.empty.body': '社区发布新公告后会显示在这里。可以下拉刷新看看。',
  'notices.error.title': '公告没有加载出来',
  'notices.error.body': '可能是网络不好。请检查网络后点“重试”。',
  'notices.pinned': '置顶',
  'notices.unread': '未读',
  'notices.needsAck': '请确认阅读',
  'notices.acknowledged': '已确认阅读',
  'notices.readCount': '{count} 人已读',
  'notices.loadingMore': '正在加载更多…',
  'notices.end': '没有更多公告了',
  'notices.category.INTEGRITY_CULTURE': '廉洁文化',
  'notices.category.ANNOUNCEMENT': '社区公告',
  'notices.category.SAFETY_TIP': '安全提示',
  'notices.category.POLICY_EXPLAINED': '政策解读',
  'notices.category.RESIDENTS_COVENANT': '居民公约',

  'error.unauthenticated': '登录已过期，请重新登录后再试',
  'error.forbidden': '您没有权限进行这个操作',
  'error.badUserInput': '填写的内容有误，请检查后再试',
  'error.notFound': '内容不存在或已被删除',
  'error.conflict': '内容已被他人修改，请刷新后再试',
  'error.rateLimited': '操作太频繁了，请稍等一会儿再试',
  'error.rateLimitedMinutes': '操作太频繁了，请 {n} 分钟后再试',
  'error.rateLimitedSeconds': '操作太频繁了，请 {n} 秒后再试',
  'error.internal': '服务暂时出了点问题，请稍后再试',
  'error.network': '网络连接失败，请检查网络后重试',
  'error.unknown': '出错了，请稍后再试',
} as const

export type MessageKey = keyof typeof zhCN
export type Catalogue = Record<MessageKey, string>
