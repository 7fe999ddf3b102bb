// Strings only the open subpackage (code landing page, posters) shows.
export const openMessages = {
  'open.title.landing': '正在打开',
  'open.title.poster': '打印海报',
  'open.landing.opening': '正在打开扫码的内容…',
  'open.landing.unknown': '这个二维码无法识别',
  'open.landing.unknownBody': '二维码可能已失效或内容已删除。可以回到首页看看最新的公告和活动。',
  'open.poster.loading': '正在生成海报…',
  'open.poster.intro': '打印后张贴在楼道或单元门口:没有进群的居民用微信扫一扫就能打开。',
  'open.poster.save': '保存到相册',
  'open.poster.saved': '已保存到相册',
  'open.poster.saveFailed': '保存失败,可以点图片后长按保存',
  'open.poster.preview': '查看大图',
  'open.poster.download': '下载海报图片',
  'open.poster.staffOnly': '只有工作人员可以下载海报',
  'open.poster.failed': '海报生成失败,请稍后再试',
  'open.poster.retry': '重新生成',
} as const
