import type { WeappFixture } from './fixture'
import { readAppJson } from '../weapp-bundle'

// The pages of dist/weapp/app.json and, per page, the query it opens with (the fixture's demo
// ids) and words it shows per role once loaded: weapp-pages.test.ts renders each one signed out,
// as a resident and as staff; weapp-aria.test.ts reuses the table to check every tappable node.

/** Every page app.json declares, main package first, subpackage pages with their root. */
export function appPages(distDir: string): string[] {
  const app = readAppJson(distDir)
  return [...app.pages, ...(app.subPackages ?? []).flatMap((p) => p.pages.map((page) => p.root + page))]
}

export type Role = 'signedOut' | 'resident' | 'staff'
type Ids = WeappFixture['ids']

/** What each page must show, per role, and the query it opens with. */
export const PAGES: Record<string, { query?: (ids: Ids) => Record<string, string>; shows: Record<Role, string> }> = {
  'pages/home/index': { shows: { signedOut: '置顶公告', resident: '置顶公告', staff: '条公告未读' } },
  'pages/issues/index': { shows: { signedOut: '登录后就能报事', resident: '我的报事', staff: '我的报事' } },
  'pages/consult/index': { shows: { signedOut: '登录后可以查看本小区的议题', resident: '东门新增路灯装在哪里?', staff: '东门新增路灯装在哪里?' } },
  'pages/activities/index': { shows: { signedOut: '众望小区冬季志愿服务日', resident: '众望小区冬季志愿服务日', staff: '众望小区冬季志愿服务日' } },
  'pages/me/index': { shows: { signedOut: '去登录', resident: '常阿姨，您好', staff: '工作台' } },
  'features/notices/pages/list/index': { shows: { signedOut: '廉洁文化进小区', resident: '廉洁文化进小区', staff: '廉洁文化进小区' } },
  'features/notices/pages/detail/index': { query: (ids) => ({ id: ids.notice }), shows: { signedOut: '登录后确认阅读', resident: '我已阅读', staff: '确认阅读情况（按楼栋）' } },
  'features/notices/pages/edit/index': { shows: { signedOut: '只有工作人员可以发布公告', resident: '只有工作人员可以发布公告', staff: '需要居民确认阅读' } },
  'features/account/pages/sign-in/index': { shows: { signedOut: '用微信登录', resident: '用微信登录', staff: '用微信登录' } },
  'features/account/pages/claim/index': { shows: { signedOut: '去登录', resident: '提交认证', staff: '提交认证' } },
  'features/account/pages/privacy/index': { shows: { signedOut: '我们收集什么', resident: '我们收集什么', staff: '我们收集什么' } },
  'features/account/pages/inbox/index': { shows: { signedOut: '去登录', resident: '业主表决通过', staff: '暂时没有消息' } },
  'features/account/pages/not-found/index': { shows: { signedOut: '页面不存在', resident: '页面不存在', staff: '页面不存在' } },
  'features/account/pages/notifications/index': { shows: { signedOut: '去登录', resident: '每日汇总时间（北京时间）', staff: '工作待办（工作人员）' } },
  'features/account/pages/my-data/index': { shows: { signedOut: '去登录', resident: '导出我的数据', staff: '注销账号' } },
  'features/workbench/pages/index/index': { shows: { signedOut: '去登录', resident: '只有工作人员可以使用工作台', staff: '未送达的订阅消息' } },
  'features/workbench/pages/dead-letters/index': { shows: { signedOut: '去登录', resident: '只有社区管理员可以查看未送达的消息', staff: '没有未送达的订阅消息' } },
  'features/issues/pages/raise/index': { shows: { signedOut: '请先登录再报事', resident: '在哪栋楼？', staff: '遇到了什么问题？' } },
  'features/issues/pages/detail/index': { query: (ids) => ({ id: ids.issue }), shows: { signedOut: '登录后查看', resident: '3号楼楼道灯不亮', staff: '3号楼楼道灯不亮' } },
  'features/issues/pages/queue/index': { shows: { signedOut: '只有工作人员能看报事工作台', resident: '只有工作人员能看报事工作台', staff: '状态：未办结' } },
  'features/issues/pages/stats/index': { query: (ids) => ({ communityId: ids.community }), shows: { signedOut: '解决用时', resident: '解决用时', staff: '解决用时' } },
  'features/consult/pages/clusters/index': { shows: { signedOut: '去登录', resident: '暂时没有反映集中的问题', staff: '暂时没有反映集中的问题' } },
  'features/consult/pages/propose/index': { shows: { signedOut: '登录后才能发起议题', resident: '表决的问题', staff: '表决的问题' } },
  'features/consult/pages/detail/index': { query: (ids) => ({ id: ids.proposal }), shows: { signedOut: '登录后参与', resident: '新路灯装在哪个位置?', staff: '新路灯装在哪个位置?' } },
  'features/roster/pages/results/index': { query: (ids) => ({ id: ids.ownersVote }), shows: { signedOut: '投票结束后才公布计票明细', resident: '参与表决 101/114 名业主', staff: '参与表决 101/114 名业主' } },
  'features/roster/pages/roster/index': { query: (ids) => ({ compoundId: ids.compound }), shows: { signedOut: '只有本小区的认证住户和工作人员可以查看业主名册', resident: '1号楼 1单元 101室 · 86.50 ㎡', staff: '导入业主名册(物管会)' } },
  'features/roster/pages/ballots/index': { query: (ids) => ({ id: ids.ownersVote }), shows: { signedOut: '投票结束后才公布计票明细', resident: '只有工作人员可以登记纸质选票', staff: '按业主名册登记签字的纸质选票' } },
  'features/roster/pages/import/index': { query: (ids) => ({ compoundId: ids.compound }), shows: { signedOut: '只有工作人员可以导入业主名册', resident: '只有工作人员可以导入业主名册', staff: '选择名册文件(Excel 或 CSV)' } },
  'features/roster/pages/unit/index': { query: (ids) => ({ compoundId: ids.compound }), shows: { signedOut: '只有本小区的认证住户和工作人员可以查看业主名册', resident: '只有工作人员可以修改业主名册', staff: '补录一户' } },
  'features/roster/pages/proxies/index': { query: (ids) => ({ compoundId: ids.compound }), shows: { signedOut: '只有本小区的认证住户和工作人员可以查看业主名册', resident: '每位受托人最多代理 3 户', staff: '每位受托人最多代理 3 户' } },
  'features/roster/pages/proxy-vote/index': { query: (ids) => ({ id: ids.ownersVote }), shows: { signedOut: '代委托人投票', resident: '您没有这次表决的委托', staff: '您没有这次表决的委托' } },
  'features/activities/pages/detail/index': { query: (ids) => ({ id: ids.activity }), shows: { signedOut: '登录后报名', resident: '众望小区冬季志愿服务日', staff: '众望小区冬季志愿服务日' } },
  'features/activities/pages/edit/index': { shows: { signedOut: '去登录', resident: '活动名称', staff: '报名截止时间' } },
  'features/activities/pages/registrations/index': { query: (ids) => ({ id: ids.activity }), shows: { signedOut: '去登录', resident: '您不能管理这个活动', staff: '众望小区冬季志愿服务日' } },
  'features/open/pages/index/index': { shows: { signedOut: '这个二维码无法识别', resident: '这个二维码无法识别', staff: '这个二维码无法识别' } },
  'features/open/pages/poster/index': { query: (ids) => ({ kind: 'NOTICE', id: ids.notice }), shows: { signedOut: '只有工作人员可以下载海报', resident: '只有工作人员可以下载海报', staff: '保存到相册' } },
  'features/activities/pages/check-in/index': { query: (ids) => ({ id: ids.activity }), shows: { signedOut: '去登录', resident: '扫码签到', staff: '扫码签到' } },
  'features/finances/pages/statement/index': { query: (ids) => ({ compoundId: ids.compound }), shows: { signedOut: '只有本小区的住户和工作人员可以查看收支公开', resident: '期末结余', staff: '期末结余' } },
  'features/finances/pages/entry/index': { query: (ids) => ({ id: ids.financeEntry }), shows: { signedOut: '找不到这笔账目,或您没有权限查看', resident: '东门路灯维修(三盏灯杆及线路)', staff: '东门路灯维修(三盏灯杆及线路)' } },
  // The fixture's staff is the community's admin: the pending entries, read-only (only the steward and the committee record).
  'features/finances/pages/ledger/index': { query: (ids) => ({ compoundId: ids.compound }), shows: { signedOut: '只有本小区的住户和工作人员可以查看收支公开', resident: '收支明细', staff: '待审核的账目' } },
  'features/finances/pages/import/index': { query: (ids) => ({ compoundId: ids.compound, month: '2024-05' }), shows: { signedOut: '只有本小区的管家或物管会成员可以导入账目', resident: '只有本小区的管家或物管会成员可以导入账目', staff: '只有本小区的管家或物管会成员可以导入账目' } },
}
