import type { CoverKey } from './cover-art'

// Demo notices drawn from the news page: integrity culture first among them.

export interface SeedNotice {
  community: string
  /** Limit to the community's compound. */
  compoundOnly?: boolean
  category: 'INTEGRITY_CULTURE' | 'ANNOUNCEMENT' | 'SAFETY_TIP' | 'POLICY_EXPLAINED' | 'RESIDENTS_COVENANT'
  title: string
  body: string
  pinned?: boolean
  requiresAck?: boolean
  /** Days before the seed time it was published. */
  daysAgo: number
  /** Its cover picture (cover-art.ts). */
  cover?: CoverKey
}

export const DEMO_NOTICES: SeedNotice[] = [
  {
    community: 'dongyingpan', category: 'INTEGRITY_CULTURE', pinned: true, requiresAck: true, daysAgo: 1,
    title: '廉洁文化进小区:众望小区财务收支公开', cover: 'integrity',
    body: '<h3>钱怎么花,大家看得见</h3><p>众望小区在"东营管家"服务站运营后,继续坚持财务管理制度:每季度公开物业费收支,重大支出经居民协商议事后执行。</p><p>廉洁自律内化于心、外化于行。请各位居民阅读后点击"我已阅读"。</p>',
  },
  {
    community: 'qiaonanyuan', category: 'INTEGRITY_CULTURE', daysAgo: 3,
    title: '"纽扣画 精彩\'廉\'年":桥南园社区手工纽扣画活动回顾', cover: 'button-painting',
    body: '<p>近日,桥南园社区组织开展"纽扣画 精彩\'廉\'年"手工纽扣画活动,辖区党员和群众积极参加。</p><p>通过活动,大家加深了对<strong>廉洁文化</strong>的理解,让廉洁自律内化于心。</p>',
  },
  {
    community: 'dongyingpan', category: 'INTEGRITY_CULTURE', daysAgo: 10,
    title: '党建引领"金钥匙":东营盘社区廉洁自律倡议',
    body: '<p>东营盘社区党委以党建引领的"金钥匙"打开小区治理的"生锈锁"。我们倡议:红色物管会成员、"东营管家"服务站职员带头廉洁自律,不收礼、不吃请,服务公开透明。</p>',
  },
  {
    community: 'dongyingpan', category: 'ANNOUNCEMENT', pinned: true, daysAgo: 2,
    title: '"东营管家"服务站成立:物业费不变,服务升级', cover: 'announcement',
    body: '<p>下站街道"东营管家"服务站已正式成立,原自管会成员全部转为企业职员并签订劳动合同。</p><ul><li>物业服务</li><li>电器维修</li><li>五金配换</li></ul><p>居民物业费用不变,服务质量提升。</p>',
  },
  {
    community: 'dongyingpan', compoundOnly: true, category: 'RESIDENTS_COVENANT', requiresAck: true, daysAgo: 5,
    title: '众望小区居民公约(修订稿)', cover: 'covenant',
    body: '<p>一、爱护小区公共设施,不私搭乱建、不占用消防通道。</p><p>二、小到路灯、监控的数量和位置,大到管理收费方案,由居民"自己提、自己议、自己做"。</p><p>三、邻里互助,文明养犬,垃圾分类投放。</p>',
  },
  {
    community: 'xinhuadongjie', category: 'SAFETY_TIP', daysAgo: 4,
    title: '商户安全提醒:燃气报警器必须安装', cover: 'safety',
    body: '<p>社区坚持每周一次安全排查。使用燃气的餐饮门店必须安装<strong>燃气报警器</strong>,并检查灭火器是否在有效期内。</p><p>不知道如何购买、安装的商户,可联系网格员帮忙。</p>',
  },
  {
    community: 'xinhuadongjie', category: 'POLICY_EXPLAINED', daysAgo: 12,
    title: '营业执照"代办理":三步办好,3日领照', cover: 'policy',
    body: '<p>居民到社区党群服务中心,在山西政务服务网注册登录,完成实名认证及电子签名并提交,审核通过后 3 日即可领取营业执照。</p>',
  },
  {
    community: 'hongchenghe', category: 'ANNOUNCEMENT', daysAgo: 6,
    title: '庆元旦手工DIY:一起做艾草锤子', cover: 'mugwort-hammer',
    body: '<p>洪城河社区新时代文明实践站联合山西银行阳泉洪城路社区支行开展"庆元旦手工DIY"活动,邀请居民动手制作艾草锤子。材料包现场发放。</p>',
  },
  {
    community: 'guanfangjie', category: 'SAFETY_TIP', daysAgo: 7,
    title: '冬季巡河:远离冰面,注意安全', cover: 'river',
    body: '<p>官坊街社区开展冬季巡河行动。河道结冰期间请勿在冰面行走、滑冰,看护好孩子,发现隐患请及时报告。</p>',
  },
  {
    community: 'quanxi', category: 'SAFETY_TIP', daysAgo: 8,
    title: '安全隐患排查:消防通道请勿堵塞', cover: 'safety',
    body: '<p>泉西社区开展安全隐患排查整治。单元楼栋、车棚请勿乱堆乱放,保持消防通道畅通,"安全第一 人民至上"。</p>',
  },
  {
    community: 'pingtanjiedong', category: 'ANNOUNCEMENT', daysAgo: 9,
    title: '商家送真情,温暖环卫工',
    body: '<p>平潭街东社区发挥"平东红"党建联盟合力作用,联合爱心商家为辖区环卫工人送去冬季的温暖。</p>',
  },
]
