// The places of the source page (shared/seed/community-news-yangquan.txt): streets, communities,
// their grids, compounds and buildings. 众望小区 is the worked example, with two grids.

export interface SeedCommunity {
  key: string
  name: string
  street: string
  grids: string[]
  compound: string
  /** Building name and the index of its grid in `grids`. */
  buildings: [string, number][]
}

export const DEMO_COMMUNITIES: SeedCommunity[] = [
  {
    key: 'dongyingpan', name: '东营盘社区', street: '下站街道', grids: ['第一网格', '第二网格'], compound: '众望小区',
    buildings: [['1号楼', 0], ['2号楼', 0], ['3号楼', 0], ['4号楼', 1], ['5号楼', 1], ['6号楼', 1]],
  },
  { key: 'xinhuadongjie', name: '新华东街社区', street: '南山路街道', grids: ['第一网格'], compound: '新华东街小区', buildings: [['1号楼', 0], ['2号楼', 0], ['商铺楼', 0]] },
  { key: 'hongchenghe', name: '洪城河社区', street: '平潭街街道', grids: ['第一网格'], compound: '洪城河小区', buildings: [['1号楼', 0], ['2号楼', 0], ['3号楼', 0]] },
  { key: 'qiaonanyuan', name: '桥南园社区', street: '沙坪街道', grids: ['第一网格'], compound: '桥南园小区', buildings: [['1号楼', 0], ['2号楼', 0], ['3号楼', 0]] },
  { key: 'guanfangjie', name: '官坊街社区', street: '下站街道', grids: ['第一网格'], compound: '官坊街小区', buildings: [['1号楼', 0], ['2号楼', 0]] },
  { key: 'pingtanjiedong', name: '平潭街东社区', street: '平潭街街道', grids: ['第一网格'], compound: '平东小区', buildings: [['1号楼', 0], ['2号楼', 0]] },
  { key: 'quanxi', name: '泉西社区', street: '高新区', grids: ['第一网格'], compound: '泉西小区', buildings: [['1号楼', 0], ['2号楼', 0], ['3号楼', 0]] },
]

/** Demo staff, signed in with signInDev(handle). Names are from the page where it gives them. */
export interface SeedStaff { handle: string; nickname: string; role: 'ADMIN' | 'GRID_WORKER' | 'STEWARD' | 'COMMITTEE' | 'ADVISOR'; community: string; grid?: number; phone: string }

export const DEMO_STAFF: SeedStaff[] = [
  { handle: 'admin-dongyingpan', nickname: '梁书记', role: 'ADMIN', community: 'dongyingpan', phone: '13803530001' },
  { handle: 'admin-xinhuadongjie', nickname: '张书记', role: 'ADMIN', community: 'xinhuadongjie', phone: '13803530002' },
  { handle: 'admin-hongchenghe', nickname: '洪城河社区管理员', role: 'ADMIN', community: 'hongchenghe', phone: '13803530003' },
  { handle: 'admin-qiaonanyuan', nickname: '桥南园社区管理员', role: 'ADMIN', community: 'qiaonanyuan', phone: '13803530004' },
  { handle: 'admin-guanfangjie', nickname: '杨书记', role: 'ADMIN', community: 'guanfangjie', phone: '13803530005' },
  { handle: 'admin-pingtanjiedong', nickname: '平潭街东社区管理员', role: 'ADMIN', community: 'pingtanjiedong', phone: '13803530006' },
  { handle: 'admin-quanxi', nickname: '泉西社区管理员', role: 'ADMIN', community: 'quanxi', phone: '13803530007' },
  { handle: 'grid-zhongwang-1', nickname: '第一网格网格员', role: 'GRID_WORKER', community: 'dongyingpan', grid: 0, phone: '13803530011' },
  { handle: 'grid-zhongwang-2', nickname: '第二网格网格员', role: 'GRID_WORKER', community: 'dongyingpan', grid: 1, phone: '13803530012' },
  { handle: 'steward-zhongwang', nickname: '杨管家', role: 'STEWARD', community: 'dongyingpan', phone: '13803530013' },
  { handle: 'committee-zhongwang', nickname: '红色物管会', role: 'COMMITTEE', community: 'dongyingpan', phone: '13803530014' },
  { handle: 'advisor-zhongwang', nickname: '顾问团律师', role: 'ADVISOR', community: 'dongyingpan', phone: '13803530015' },
]

/** Demo residents of 众望小区 with verified households (building index, unit, room, m², relation). */
export const DEMO_RESIDENTS: { handle: string; nickname: string; building: number; unit: string; room: string; area: number; relation: 'OWNER' | 'TENANT' | 'FAMILY' }[] = [
  { handle: 'resident-changbaoe', nickname: '常阿姨', building: 0, unit: '1', room: '101', area: 86.5, relation: 'OWNER' },
  { handle: 'resident-zhongwang-2', nickname: '王大爷', building: 1, unit: '2', room: '301', area: 92, relation: 'OWNER' },
  { handle: 'resident-zhongwang-3', nickname: '小李', building: 3, unit: '1', room: '502', area: 75.2, relation: 'TENANT' },
  // Enough households that a visitor's proposal can reach the compound's co-sign threshold (5
  // households other than the author's): test/gateway/demo-cosign.test.ts signs them in.
  { handle: 'resident-zhongwang-4', nickname: '赵阿姨', building: 2, unit: '2', room: '401', area: 88.4, relation: 'OWNER' },
  { handle: 'resident-zhongwang-5', nickname: '刘师傅', building: 4, unit: '1', room: '201', area: 101.3, relation: 'OWNER' },
  { handle: 'resident-zhongwang-6', nickname: '陈老师', building: 4, unit: '2', room: '302', area: 69.8, relation: 'FAMILY' },
]
