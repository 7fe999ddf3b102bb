// The strings of consult that the main package shows (tab pages and the feature pieces they use);
// the rest are in src/features/consult/i18n/zh-CN.ts, bundled in that subpackage only.
export const consultMainMessages = {
  'consult.stage.DRAFT': '草稿',
  'consult.stage.COSIGNING': '联署中',
  'consult.stage.DISCUSSION': '讨论中',
  'consult.stage.VOTING': '投票中',
  'consult.stage.PASSED': '已通过',
  'consult.stage.REJECTED': '未通过',
  'consult.stage.ACTING': '实施中',
  'consult.stage.DONE': '已完成',
  'consult.stage.WITHDRAWN': '已撤回',

  'consult.matter.ADVISORY': '居民议事',
  'consult.matter.RULES_OF_PROCEDURE': '制定和修改业主大会议事规则',
  'consult.matter.MANAGEMENT_COVENANT': '制定和修改管理规约',
  'consult.matter.ELECT_COMMITTEE': '选举或更换业主委员会成员',
  'consult.matter.PROPERTY_SERVICE': '选聘和解聘物业服务企业或其他管理人',
  'consult.matter.USE_MAINTENANCE_FUND': '使用建筑物及其附属设施的维修资金',
  'consult.matter.RAISE_MAINTENANCE_FUND': '筹集建筑物及其附属设施的维修资金',
  'consult.matter.REBUILD': '改建、重建建筑物及其附属设施',
  'consult.matter.CHANGE_COMMON_USE': '改变共有部分的用途或利用共有部分从事经营活动',
  'consult.matter.OTHER_MAJOR': '有关共有和共同管理权利的其他重大事项',
  'consult.matter.advisoryLabel': '居民议事（咨询性表决）',
  'consult.matter.advisoryHint': '结果供物管会参考',
  'consult.matter.article278': '民法典第二百七十八条 · {name}',
  'consult.matter.item': '第二百七十八条第（{n}）项',





  'consult.countdown.days': '还剩 {days} 天 {hours} 小时',
  'consult.countdown.hours': '还剩 {hours} 小时 {minutes} 分钟',
  'consult.countdown.minutes': '还剩 {minutes} 分钟',
  'consult.countdown.over': '投票时间已到',

  'consult.meter.both': '住户 {households} / 面积 {area}',
  'consult.meter.line': '三分之二线 {value}',
  'consult.meter.axisReached': '{label} {value}，已过三分之二线',
  'consult.meter.axisShort': '{label} {value}，未到三分之二线',

  'consult.tab.intro': '自己提、自己议、自己做：小区的路灯、监控、物业费方案，大家一起商量决定。',
  'consult.tab.propose': '发起议题',
  'consult.tab.signedOut': '登录后可以查看本小区的议题，参与联署、讨论和投票。',
  'consult.tab.all': '全部',
  'consult.tab.mine': '我发起的',
  'consult.tab.showAll': '查看全部议题',

  'consult.list.empty.title': '小区还没有议题',
  'consult.list.empty.body': '有想和邻居商量的事？点“发起议题”写下来，邻居联署后就会开始讨论。',
  'consult.list.emptyStage.title': '这个阶段没有议题',
  'consult.list.emptyStage.body': '换个阶段看看，或者查看全部议题。',
  'consult.list.error.title': '议题没有加载出来',
  'consult.list.error.body': '可能是网络不好。请检查网络后点“重试”。',
  'consult.list.loadingMore': '正在加载更多…',
  'consult.list.end': '没有更多议题了',

  'consult.card.cosign': '{count}/{threshold} 户联署',
  'consult.card.cosignDeadline': '{time} 截止',
  'consult.card.closes': '投票截止：{time}',
  'consult.card.participation': '参与：{text}',
} as const
