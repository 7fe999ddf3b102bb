import jsQR from 'jsqr'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startWeappFixture, type WeappFixture } from './weapp/fixture'
import { createWeappRuntime, type WeappRuntime } from './weapp/launch'

// Launches by code in the weapp build: a QR code of a URL (scenes 1011–1013, the URL-encoded URL
// in query.q) and a mini-program code (1047–1049, the URL-encoded scene in query.scene, the
// item's 8-character short code) open the landing page, which replaces itself with the item: the
// item's page is then the only page and 返回首页 leads home. And the lobby poster, by taps: staff
// save it to the album and the code on it reads back as the item's link.

const { distDir } = inject('weappBuild')
const LANDING = 'features/open/pages/index/index'
let fixture: WeappFixture
const runtimes: WeappRuntime[] = []
type Item = { route: string; id: string; title: string; code: string }
let items: Item[]

beforeAll(async () => {
  fixture = await startWeappFixture()
  const { resident } = fixture.tokens
  const codeOf = async (field: string, id: string) => (await fixture.gateway.ok<Record<string, { shortCode: string }>>(`query($id: ID!) { ${field}(id: $id) { shortCode } }`, { id }, resident))[field]!.shortCode
  items = [
    { route: 'features/notices/pages/detail/index', id: fixture.ids.notice, title: '廉洁文化进小区', code: await codeOf('notice', fixture.ids.notice) },
    { route: 'features/issues/pages/detail/index', id: fixture.ids.issue, title: '3号楼楼道灯不亮', code: await codeOf('issue', fixture.ids.issue) },
    { route: 'features/consult/pages/detail/index', id: fixture.ids.proposal, title: '东门新增路灯装在哪里?', code: await codeOf('proposal', fixture.ids.proposal) },
    { route: 'features/activities/pages/detail/index', id: fixture.ids.activity, title: '众望小区冬季志愿服务日', code: await codeOf('activity', fixture.ids.activity) },
  ]
})
afterAll(async () => {
  for (const r of runtimes) r.close()
  await fixture?.gateway.close()
})

function start(token?: string, extra: Parameters<typeof createWeappRuntime>[0] extends infer O ? Partial<O> : never = {}): WeappRuntime {
  const runtime = createWeappRuntime({ distDir, gatewayUrl: fixture.graphqlUrl, initialStorage: token ? { 'linli.session': token } : {}, ...extra })
  runtimes.push(runtime)
  return runtime
}

const SCENES: Array<{ scene: number; query: (item: Item) => Record<string, string>; how: string }> = [
  { scene: 1011, how: 'QR code of the /s/ link (scanned)', query: (item) => ({ q: encodeURIComponent(`${fixture.gateway.url}/s/${item.code}`), scancode_time: '1764643200' }) },
  { scene: 1012, how: 'QR code of the /s/ link (long-pressed in a picture)', query: (item) => ({ q: encodeURIComponent(`${fixture.gateway.url}/s/${item.code}`), scancode_time: '1764643200' }) },
  { scene: 1013, how: 'QR code of the H5 item link (from the album)', query: (item) => ({ q: encodeURIComponent(`${fixture.gateway.url}/#/${item.route}?id=${item.id}`), scancode_time: '1764643200' }) },
  { scene: 1047, how: 'mini-program code (scanned)', query: (item) => ({ scene: encodeURIComponent(item.code) }) },
  { scene: 1048, how: 'mini-program code (long-pressed)', query: (item) => ({ scene: encodeURIComponent(item.code) }) },
  { scene: 1049, how: 'mini-program code (from the album)', query: (item) => ({ scene: encodeURIComponent(item.code) }) },
]

describe('launches by QR code and mini-program code', () => {
  for (const [i, spec] of SCENES.entries()) {
    // Each scene with each item in turn: the six scenes cover the four kinds of item twice over.
    for (const which of [i % 4, (i + 2) % 4]) {
      it(`scene ${spec.scene}, ${spec.how}: lands on item ${which + 1} of 4 as the only page; 返回首页 leads home`, async () => {
        const item = items[which]!
        const runtime = start(fixture.tokens.resident)
        runtime.launch({ path: LANDING, query: spec.query(item), scene: spec.scene })
        expect((runtime.wx.api.getLaunchOptionsSync as () => { scene: number })().scene).toBe(spec.scene)
        await runtime.waitFor(() => runtime.currentPage().route === item.route)
        expect(runtime.currentPage().query.id).toBe(item.id)
        await runtime.waitForText(item.title)
        expect(runtime.pages()).toHaveLength(1)
        await runtime.tap({ text: '返回首页', exact: true })
        await runtime.waitFor(() => runtime.currentPage().route === 'pages/home/index')
        expect(runtime.errors).toEqual([])
        expect([...runtime.missingWxApis]).toEqual([])
      })
    }
  }

  it('a code that names nothing says so and offers 返回首页', async () => {
    const runtime = start()
    runtime.launch({ path: LANDING, query: { scene: 'zzzzzzzz' }, scene: 1047 })
    await runtime.waitForText('这个二维码无法识别')
    await runtime.tap({ text: '返回首页', exact: true })
    await runtime.waitFor(() => runtime.currentPage().route === 'pages/home/index')
    expect(runtime.errors).toEqual([])
  })
})

describe('lobby posters by taps', () => {
  it('staff open the activity, tap 打印海报, save it to the album; the saved code is the activity’s link', async () => {
    const staff = start(fixture.tokens.staff)
    staff.launch({ path: 'features/activities/pages/detail/index', query: { id: fixture.ids.activity } })
    await staff.waitForText('打印海报')
    await staff.tap({ text: '打印海报', exact: true })
    await staff.waitFor(() => staff.currentPage().route === 'features/open/pages/poster/index')
    await staff.waitForText('保存到相册')
    await staff.tap({ text: '保存到相册', exact: true })
    await staff.waitFor(() => staff.wx.album.length === 1, 15_000)
    expect(staff.wx.calls.map((c) => c.name)).toEqual(expect.arrayContaining(['downloadFile', 'saveImageToPhotosAlbum']))
    await staff.waitFor(() => staff.toasts.some((toast) => toast.title === '已保存到相册'))
    const { data, info } = await sharp(staff.wx.album[0]!).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
    const read = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data
    expect(read).toBe(`${fixture.gateway.url}/s/${items[3]!.code}`)
    await staff.tap({ text: '查看大图', exact: true })
    expect(staff.wx.calls.filter((c) => c.name === 'previewImage')).toHaveLength(1)
    expect(staff.errors).toEqual([])
    expect([...staff.missingWxApis]).toEqual([])
  })

  it('a resident who opens the poster page is told up front it is for staff', async () => {
    const resident = start(fixture.tokens.resident)
    resident.launch({ path: 'features/open/pages/poster/index', query: { kind: 'ACTIVITY', id: fixture.ids.activity } })
    await resident.waitForText('只有工作人员可以下载海报')
    expect(resident.text()).not.toContain('保存到相册')
  })
})
