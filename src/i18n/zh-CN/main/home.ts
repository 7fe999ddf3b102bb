// The home page's banner and service grid, and the H5 title bar.
export const homeMainMessages = {
  'common.home': '首页',
  'home.banner.alt': '{community}：楼房、绿树和升起的太阳',
  'home.banner.motto': '自己提、自己议、自己做',
  'home.services.title': '社区服务',
  'home.service.raise': '报事',
  'home.service.consult': '议事',
  'home.service.activities': '活动',
  'home.service.notices': '公告',
  'home.service.integrity': '廉洁文化',
  'home.service.guide': '办事指南',
  'home.service.inbox': '我的消息',
  'home.service.figures': '数据公开',
} as const
