import jsQR from 'jsqr'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { POSTER_HEIGHT, POSTER_WIDTH, wrap } from '../../gateway/modules/links/poster'
import { fakeWxacodeText, startFakeWeChat, type FakeWeChat } from './fake-wechat'
import { ENGINES, startGateway, type TestGateway } from './harness'

// Lobby posters: staff who manage a notice, proposal or activity get a signed link to a PNG with
// the item's title, time, place and code. The code is read back from the PNG with a QR reader
// (jsqr over sharp's raw pixels): with WeChat configured it is the image getwxacodeunlimit drew
// for the item's short code (the fake draws a readable QR of page and scene); without WeChat, a
// QR of the item's H5 link, which resolves to the same item.

const POSTER = 'mutation($k: PosterKind!, $id: ID!) { posterLink(kind: $k, id: $id) { url expiresAt } }'
const ITEMS = '{ notices(first: 1) { edges { node { id shortCode } } } proposals(first: 1) { edges { node { id shortCode } } } activities(first: 1) { edges { node { id shortCode } } } }'
interface Items { notices: { edges: Array<{ node: { id: string; shortCode: string } }> }; proposals: { edges: Array<{ node: { id: string; shortCode: string } }> }; activities: { edges: Array<{ node: { id: string; shortCode: string } }> } }

async function readPoster(url: string): Promise<{ png: Buffer; code: string | null; width: number; height: number }> {
  const res = await fetch(url)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe('image/png')
  const png = Buffer.from(await res.arrayBuffer())
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  return { png, code: jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data ?? null, width: info.width, height: info.height }
}

const itemsOf = (data: Items) => [
  { kind: 'NOTICE', ...data.notices.edges[0]!.node },
  { kind: 'PROPOSAL', ...data.proposals.edges[0]!.node },
  { kind: 'ACTIVITY', ...data.activities.edges[0]!.node },
]

describe('poster layout (pure)', () => {
  it('wraps a long Chinese title and cuts it with … past the last line', () => {
    expect(wrap('东门新增路灯装在哪里?', 14, 3)).toEqual(['东门新增路灯装在哪里?'])
    const lines = wrap('关于使用住宅专项维修资金维修东门路灯和监控设备以及更换单元门禁系统的业主表决', 14, 2)
    expect(lines).toHaveLength(2)
    expect(lines[1]!.endsWith('…')).toBe(true)
  })
})

for (const engine of ENGINES) {
  describe(`posters without WeChat (${engine.name})`, () => {
    let t: TestGateway
    let staff: string
    let resident: string
    beforeAll(async () => {
      t = await startGateway(engine)
      staff = await t.signIn('admin-dongyingpan')
      resident = await t.signIn('resident-changbaoe')
    })
    afterAll(() => t?.close())

    it('a resident is FORBIDDEN, a visitor UNAUTHENTICATED, an unknown item NOT_FOUND', async () => {
      const [notice, proposal, activity] = itemsOf(await t.ok<Items>(ITEMS, {}, resident))
      for (const item of [notice!, proposal!, activity!]) {
        const refused = await t.gql(POSTER, { k: item.kind, id: item.id }, resident)
        expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
        expect(refused.errors?.[0]?.message).toBe('只有工作人员可以下载海报')
      }
      expect(await t.code(POSTER, { k: 'NOTICE', id: notice!.id })).toBe('UNAUTHENTICATED')
      expect(await t.code(POSTER, { k: 'ACTIVITY', id: '01900000-0000-7000-8000-000000000000' }, staff)).toBe('NOT_FOUND')
    })

    it('staff get an A4 PNG whose QR code is the H5 link of the item: /s/<code> resolves to it', async () => {
      for (const item of itemsOf(await t.ok<Items>(ITEMS, {}, staff))) {
        const { posterLink } = await t.ok<{ posterLink: { url: string; expiresAt: string } }>(POSTER, { k: item.kind, id: item.id }, staff)
        expect(Date.parse(posterLink.expiresAt)).toBeGreaterThan(Date.now())
        const poster = await readPoster(posterLink.url)
        expect([poster.width, poster.height]).toEqual([POSTER_WIDTH, POSTER_HEIGHT])
        expect(poster.code).toBe(`${t.url}/s/${item.shortCode}`)
        const landing = await fetch(poster.code!, { redirect: 'manual' })
        expect(landing.headers.get('location')).toBe(`/#/features/open/pages/index/index?scene=${item.shortCode}`)
        expect((await t.ok<{ shortLink: { id: string } }>('query($c: String!) { shortLink(code: $c) { id } }', { c: item.shortCode })).shortLink.id).toBe(item.id)
      }
    })

    it('a poster link with a wrong or missing signature is refused', async () => {
      const [notice] = itemsOf(await t.ok<Items>(ITEMS, {}, staff))
      const { posterLink } = await t.ok<{ posterLink: { url: string } }>(POSTER, { k: 'NOTICE', id: notice!.id }, staff)
      const tampered = posterLink.url.replace(/sig=[^&]+/, 'sig=AAAA')
      expect((await fetch(tampered)).status).toBe(403)
      expect((await fetch(posterLink.url.split('?')[0]!)).status).toBe(403)
      // A link for one item does not open another's poster.
      const [, proposal] = itemsOf(await t.ok<Items>(ITEMS, {}, staff))
      expect((await fetch(posterLink.url.replace(`notice/${notice!.id}`, `proposal/${proposal!.id}`))).status).toBe(403)
    })
  })
}

describe('posters with WeChat configured', () => {
  let wechat: FakeWeChat
  let t: TestGateway
  let staff: string
  beforeAll(async () => {
    wechat = await startFakeWeChat({ appId: 'wx-poster', secret: 'poster-secret' })
    t = await startGateway({ name: 'sqlite' }, wechat.env)
    staff = await t.signIn('admin-dongyingpan')
  })
  afterAll(async () => {
    await t?.close()
    await wechat?.close()
  })

  it('the code is the mini-program code getwxacodeunlimit drew for the landing page with the short code as scene', async () => {
    for (const item of itemsOf(await t.ok<Items>(ITEMS, {}, staff))) {
      const { posterLink } = await t.ok<{ posterLink: { url: string } }>(POSTER, { k: item.kind, id: item.id }, staff)
      const poster = await readPoster(posterLink.url)
      expect(poster.code).toBe(fakeWxacodeText('features/open/pages/index/index', item.shortCode))
    }
    const asked = wechat.requestsTo('/wxa/getwxacodeunlimit')
    expect(asked).toHaveLength(3)
    for (const r of asked) {
      expect(r.body).toMatchObject({ page: 'features/open/pages/index/index', check_path: false })
      expect(String(r.body.scene).length).toBeLessThanOrEqual(32)
    }
  })
})

describe('posters when WeChat refuses the code', () => {
  it('falls back to the H5 link', async () => {
    const wechat = await startFakeWeChat({ appId: 'wx-poster', secret: 'poster-secret', wxacodeErrcode: 41030 })
    const t = await startGateway({ name: 'sqlite' }, wechat.env)
    try {
      const staff = await t.signIn('admin-dongyingpan')
      const [notice] = itemsOf(await t.ok<Items>(ITEMS, {}, staff))
      const { posterLink } = await t.ok<{ posterLink: { url: string } }>(POSTER, { k: 'NOTICE', id: notice!.id }, staff)
      expect((await readPoster(posterLink.url)).code).toBe(`${t.url}/s/${notice!.shortCode}`)
      expect(wechat.requestsTo('/wxa/getwxacodeunlimit')).toHaveLength(1)
    } finally {
      await t.close()
      await wechat.close()
    }
  })
})
