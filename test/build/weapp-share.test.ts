import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startWeappFixture, type WeappFixture } from './weapp/fixture'
import { createWeappRuntime, type WeappRuntime } from './weapp/launch'

// Share cards in the weapp build: each item page's onShareAppMessage names the item and its
// path carries the id; a friend tapping the card in a chat (scene 1007, the path's own query)
// lands on the item, and 返回首页 leads home.

const { distDir } = inject('weappBuild')
let fixture: WeappFixture
const runtimes: WeappRuntime[] = []

beforeAll(async () => {
  fixture = await startWeappFixture()
})
afterAll(async () => {
  for (const r of runtimes) r.close()
  await fixture?.gateway.close()
})

const ITEMS = [
  { route: 'features/notices/pages/detail/index', id: () => fixture.ids.notice, title: '廉洁文化进小区' },
  { route: 'features/issues/pages/detail/index', id: () => fixture.ids.issue, title: '3号楼楼道灯不亮' },
  { route: 'features/consult/pages/detail/index', id: () => fixture.ids.proposal, title: '东门新增路灯装在哪里?' },
  { route: 'features/activities/pages/detail/index', id: () => fixture.ids.activity, title: '众望小区冬季志愿服务日' },
]

describe('share cards and share launches', () => {
  for (const item of ITEMS) {
    it(`${item.route}: the card names the item, its path opens it from a chat (1007), 返回首页 leads home`, async () => {
      const token = fixture.tokens.resident
      const sharer = createWeappRuntime({ distDir, gatewayUrl: fixture.graphqlUrl, initialStorage: { 'linli.session': token } })
      runtimes.push(sharer)
      sharer.launch({ path: item.route, query: { id: item.id() } })
      await sharer.waitForText(item.title)
      await sharer.settle()
      const card = sharer.share('menu')
      expect(card?.title).toContain(item.title)
      const path = String(card?.path ?? '')
      expect(path).toContain(encodeURIComponent(item.id()))

      const friend = createWeappRuntime({ distDir, gatewayUrl: fixture.graphqlUrl, initialStorage: { 'linli.session': token } })
      runtimes.push(friend)
      const [route, search = ''] = path.replace(/^\//, '').split('?')
      friend.launch({ path: route, query: Object.fromEntries(new URLSearchParams(search)), scene: 1007 })
      await friend.waitForText(item.title)
      await friend.tap({ text: '返回首页', exact: true })
      await friend.waitFor(() => friend.currentPage().route === 'pages/home/index')
      expect(friend.errors).toEqual([])
    })
  }
})
