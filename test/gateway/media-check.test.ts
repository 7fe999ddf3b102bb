import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { retryContentChecks } from '../../gateway/modules/media/check'
import { pushSignature } from '../../gateway/platform/wechat-push'
import { startFakeWeChat, type FakeWeChat } from './fake-wechat'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'
import { plainImage, uploadFile } from './media-fixtures'

// WeChat's content-safety check of images, against the fake WeChat over real HTTP: the gateway
// calls media_check_async, the fake fetches the image through the signed URL it was given and
// pushes a signed wxa_media_check event back to /wechat/push, as WeChat does.

const RAISE = `mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { id } }`
const PHOTOS = `query($id: ID!) { issue(id: $id) { id photos { id url } } }`
const INBOX = `{ viewer { inbox { edges { node { kind title body } } } } }`
/** Images 77 px wide are what the fake WeChat calls risky. */
const RISKY_WIDTH = 77

for (const safeMode of [false, true]) {
  describe.each(ENGINES)(`image content-safety check (${safeMode ? 'safe mode' : 'plaintext mode'}) on $name`, (engine) => {
    let fake: FakeWeChat
    let t: TestGateway
    let places: Awaited<ReturnType<typeof demoPlaces>>
    let reporter: string // 王大爷 of 众望小区, here with a WeChat openid
    let neighbour: string // 常阿姨, same compound
    let admin: string // community admin: staff in scope
    beforeAll(async () => {
      fake = await startFakeWeChat({
        appId: 'wx-linli-test', secret: 'secret-test', safeMode,
        mediaVerdict: async (image) => ((await sharp(image).metadata()).width === RISKY_WIDTH ? 'risky' : 'pass'),
      })
      t = await startGateway(engine, fake.env)
      places = await demoPlaces(t)
      ;[reporter, neighbour, admin] = await Promise.all(['resident-zhongwang-2', 'resident-changbaoe', 'admin-dongyingpan'].map((h) => t.signIn(h)))
      // As if 王大爷 had signed in through WeChat: the check needs the uploader's openid.
      await t.gateway.db.updateTable('accounts').set({ openid: 'o-wang-daye' }).where('handle', '=', 'resident-zhongwang-2').execute()
    })
    afterAll(async () => {
      await t?.close()
      await fake?.close()
    })

    const raiseWithPhoto = async (width: number) => {
      const { status, body } = await uploadFile(t.url, await plainImage('jpeg', width, 40), reporter)
      expect(status).toBe(201)
      const input = { category: 'LIGHTING', title: '单元门口的灯坏了', description: '照片里是坏掉的灯', buildingId: places.building('2号楼').id, isPublic: true, photoIds: [body.id] }
      const { raiseIssue } = await t.ok(RAISE, { input }, reporter)
      return { mediaId: body.id!, issueId: raiseIssue.id as string }
    }
    const photoUrl = async (issueId: string, token: string): Promise<string | null> => (await t.ok(PHOTOS, { id: issueId }, token)).issue.photos[0].url
    const status = async (mediaId: string) => (await t.gateway.db.selectFrom('media').select(['check_status', 'check_note']).where('id', '=', mediaId).executeTakeFirstOrThrow())

    it('keeps a photo PENDING for neighbours, visible to its uploader and staff in scope, until WeChat passes it', async () => {
      const { mediaId, issueId } = await raiseWithPhoto(120)
      const asked = fake.pendingMediaChecks.at(-1)!
      expect(asked.openid).toBe('o-wang-daye')
      expect(new URL(asked.mediaUrl).pathname).toBe(`/media/${mediaId}`)
      expect((await status(mediaId)).check_status).toBe('PENDING')

      expect(await photoUrl(issueId, neighbour)).toBeNull()
      const own = await photoUrl(issueId, reporter)
      expect((await fetch(own!)).status).toBe(200)
      expect(await photoUrl(issueId, admin)).toEqual(expect.stringContaining(`/media/${mediaId}`))

      const pushed = await fake.pushMediaCheckResults(t.url)
      expect(pushed).toEqual([expect.objectContaining({ fetchStatus: 200, suggest: 'pass', pushStatus: 200, pushAnswer: 'success' })])
      expect(await status(mediaId)).toEqual({ check_status: 'PASSED', check_note: 'wechat pass' })
      const seen = await photoUrl(issueId, neighbour)
      expect((await fetch(seen!)).status).toBe(200)
    })

    it('hides a photo WeChat calls risky from everyone, its earlier links included, and tells the uploader', async () => {
      const { mediaId, issueId } = await raiseWithPhoto(RISKY_WIDTH)
      const earlier = await photoUrl(issueId, reporter)
      expect((await fetch(earlier!)).status).toBe(200)
      expect((await fake.pushMediaCheckResults(t.url))[0]).toMatchObject({ suggest: 'risky', pushStatus: 200 })
      expect((await status(mediaId)).check_status).toBe('REJECTED')
      for (const token of [reporter, neighbour, admin]) expect(await photoUrl(issueId, token)).toBeNull()
      const refused = await fetch(earlier!)
      expect(refused.status).toBe(404)
      expect(await refused.json()).toEqual({ error: { code: 'NOT_FOUND', message: '图片未通过内容安全检查,已被隐藏' } })
      const inbox = (await t.ok(INBOX, {}, reporter)).viewer.inbox.edges.map((e: { node: unknown }) => e.node)
      expect(inbox).toContainEqual(expect.objectContaining({ kind: 'MEDIA_REJECTED', title: '图片未通过内容安全检查' }))
    })

    it('refuses pushes not signed with the token or stale, never changes a settled result, and answers the URL check', async () => {
      const { mediaId } = await raiseWithPhoto(130)
      const traceId = fake.pendingMediaChecks.at(-1)!.traceId
      const forged = JSON.stringify({ Event: 'wxa_media_check', appid: 'wx-linli-test', trace_id: traceId, result: { suggest: 'pass' } })
      const now = Math.floor(Date.now() / 1000)
      const post = (query: Record<string, string>) => fetch(`${t.url}/wechat/push?${new URLSearchParams(query)}`, { method: 'POST', body: forged })
      expect((await post({ signature: pushSignature('wrong-token', String(now), 'n1'), timestamp: String(now), nonce: 'n1' })).status).toBe(403)
      expect((await post({})).status).toBe(403)
      const token = fake.env.WECHAT_PUSH_TOKEN!
      const stale = String(now - 3600)
      expect((await post({ signature: pushSignature(token, stale, 'n2'), timestamp: stale, nonce: 'n2' })).status).toBe(403)
      // Correctly signed but plaintext: accepted in plaintext mode only (safe mode needs msg_signature over the ciphertext).
      const plain = await post({ signature: pushSignature(token, String(now), 'n3'), timestamp: String(now), nonce: 'n3' })
      expect(plain.status).toBe(safeMode ? 403 : 200)
      expect((await status(mediaId)).check_status).toBe(safeMode ? 'PENDING' : 'PASSED')
      if (!safeMode) {
        const later = JSON.stringify({ Event: 'wxa_media_check', appid: 'wx-linli-test', trace_id: traceId, result: { suggest: 'risky' } })
        const again = await fetch(`${t.url}/wechat/push?${new URLSearchParams({ signature: pushSignature(token, String(now), 'n5'), timestamp: String(now), nonce: 'n5' })}`, { method: 'POST', body: later })
        expect(again.status).toBe(200)
        expect((await status(mediaId)).check_status).toBe('PASSED')
      }

      const check = new URLSearchParams({ signature: pushSignature(token, String(now), 'n4'), timestamp: String(now), nonce: 'n4', echostr: 'echo-42' })
      const verified = await fetch(`${t.url}/wechat/push?${check}`)
      expect({ status: verified.status, text: await verified.text() }).toEqual({ status: 200, text: 'echo-42' })
      check.set('nonce', 'other')
      expect((await fetch(`${t.url}/wechat/push?${check}`)).status).toBe(403)
      fake.pendingMediaChecks.splice(0)
    })

    it('keeps a photo pending when WeChat cannot take the check, and asks again until it does', async () => {
      fake.failMediaChecks(2)
      const { mediaId, issueId } = await raiseWithPhoto(140)
      expect(await status(mediaId)).toEqual({ check_status: 'PENDING', check_note: expect.stringContaining('wechat request failed') })
      expect(await photoUrl(issueId, neighbour)).toBeNull()
      const deps = { db: t.gateway.db, config: t.config, log: t.gateway.log, platform: t.gateway.platform }
      expect(await retryContentChecks(deps)).toBe(0) // WeChat still busy
      expect(await retryContentChecks(deps)).toBe(1)
      expect(await retryContentChecks(deps)).toBe(0) // nothing left to ask
      expect(fake.pendingMediaChecks.map((c) => new URL(c.mediaUrl).origin)).toEqual([t.url])
      expect((await fake.pushMediaCheckResults(t.url))[0]).toMatchObject({ fetchStatus: 200, pushStatus: 200 })
      expect((await status(mediaId)).check_status).toBe('PASSED')
      expect(await photoUrl(issueId, neighbour)).toEqual(expect.any(String))
    })

    it("keeps a compound notice's pending cover from residents, shown to its editors, until WeChat passes it", async () => {
      const { id: adminId } = await t.gateway.db.updateTable('accounts').set({ openid: 'o-admin-dongyingpan' }).where('handle', '=', 'admin-dongyingpan').returning('id').executeTakeFirstOrThrow()
      t.gateway.viewerCache.invalidate(adminId) // changed behind the services' back, so tell the viewer cache as they do
      const { body: cover } = await uploadFile(t.url, await plainImage('jpeg', 90, 60), admin)
      const input = { communityId: places.dongyingpan.id, compoundId: places.zhongwang.id, category: 'ANNOUNCEMENT', title: '众望小区停水通知', body: '<p>周六上午停水。</p>', coverId: cover.id }
      const { publishNotice } = await t.ok(`mutation($input: PublishNoticeInput!) { publishNotice(input: $input) { id } }`, { input }, admin)
      const coverUrl = async (token: string) => (await t.ok(`query($id: ID!) { notice(id: $id) { cover { url } } }`, { id: publishNotice.id }, token)).notice.cover.url as string | null
      const steward = await t.signIn('steward-zhongwang')
      expect(await coverUrl(neighbour)).toBeNull()
      expect(await coverUrl(steward)).toEqual(expect.any(String)) // an editor of the compound's notices
      await fake.pushMediaCheckResults(t.url)
      expect(await coverUrl(neighbour)).toEqual(expect.any(String))
      await t.gateway.db.updateTable('accounts').set({ openid: null }).where('id', '=', adminId).execute()
      t.gateway.viewerCache.invalidate(adminId)
    })

    it('passes uploads of accounts without a WeChat openid locally, recording why', async () => {
      const { body } = await uploadFile(t.url, await plainImage('jpeg'), admin)
      expect(await status(body.id!)).toEqual({ check_status: 'PASSED', check_note: 'uploader has no WeChat openid: passed locally' })
    })
  })
}
