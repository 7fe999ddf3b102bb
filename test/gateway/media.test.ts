import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signedMediaPath } from '../../gateway/modules/media/signing'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'
import { plainImage, uploadFile, type Uploaded } from './media-fixtures'

// A valid 1×1 PNG with an alpha channel (signature, IHDR, IDAT, IEND); JPEG is made in beforeAll.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')
let JPEG: Buffer

const PUBLISH = `mutation($input: PublishNoticeInput!) { publishNotice(input: $input) { id cover { id mime url } } }`
const COVER = `query($id: ID!) { notice(id: $id) { cover { id mime sizeBytes url } } }`

describe.each(ENGINES)('media on $name', (engine) => {
  let t: TestGateway
  let communityId: string
  let admin: string
  beforeAll(async () => {
    t = await startGateway(engine, { MEDIA_MAX_BYTES: '2048', MEDIA_URL_TTL_SECONDS: '10' })
    communityId = (await demoPlaces(t)).dongyingpan.id
    admin = await t.signIn('admin-dongyingpan')
    JPEG = await plainImage('jpeg', 8, 8)
  })
  afterAll(() => t?.close())

  const upload = (bytes: Buffer, token: string | null, name?: string, type?: string): Promise<Uploaded> => uploadFile(t.url, bytes, token, name, type)
  const storedBytes = async (id: string) => {
    const row = await t.gateway.db.selectFrom('media').select('stored_name').where('id', '=', id).executeTakeFirstOrThrow()
    return fs.readFileSync(path.join(t.config.media.dir, row.stored_name))
  }
  const publishWithCover = (coverId: string, title: string) =>
    t.gql(PUBLISH, { input: { communityId, category: 'INTEGRITY_CULTURE', title, body: '<p>廉洁文化宣传栏更新了图片。</p>', coverId } }, admin)

  it('refuses uploads from the signed out with 401 UNAUTHENTICATED', async () => {
    const { status, body } = await upload(PNG, null)
    expect(status).toBe(401)
    expect(body.error?.code).toBe('UNAUTHENTICATED')
  })

  it('refuses a text file named .jpg with 415 BAD_USER_INPUT', async () => {
    const token = await t.signIn('resident-uploader')
    const { status, body } = await upload(Buffer.from('这不是图片,只是一段文字。\n'), token, 'fake.jpg', 'image/jpeg')
    expect(status).toBe(415)
    expect(body.error?.code).toBe('BAD_USER_INPUT')
  })

  it('refuses a request without a file part with 400 BAD_USER_INPUT', async () => {
    const token = await t.signIn('resident-uploader')
    const form = new FormData()
    form.append('photo', new Blob([PNG]), 'a.png')
    const res = await fetch(`${t.url}/media`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } })
    expect(res.status).toBe(400)
    expect(((await res.json()) as Uploaded['body']).error?.code).toBe('BAD_USER_INPUT')
  })

  it('refuses images over MEDIA_MAX_BYTES with 413', async () => {
    const token = await t.signIn('resident-uploader')
    const justOver = Buffer.concat([PNG, Buffer.alloc(2049 - PNG.length)])
    expect((await upload(justOver, token, 'big.png', 'image/png')).status).toBe(413)
    const farOver = Buffer.concat([PNG, Buffer.alloc(300 * 1024)])
    const { status, body } = await upload(farOver, token, 'huge.png', 'image/png')
    expect(status).toBe(413)
    expect(body.error?.code).toBe('BAD_USER_INPUT')
  })

  it('accepts a real PNG and JPEG with 201, judging by the bytes, not the name; sizeBytes is the stored copy', async () => {
    const token = await t.signIn('resident-uploader')
    const png = await upload(PNG, token, 'notes.txt', 'text/plain')
    expect(png).toEqual({ status: 201, body: { id: expect.any(String), mime: 'image/png', sizeBytes: expect.any(Number) } })
    expect((await storedBytes(png.body.id!)).length).toBe(png.body.sizeBytes)
    const jpeg = await upload(JPEG, token, 'photo.png', 'image/png')
    expect(jpeg).toMatchObject({ status: 201, body: { mime: 'image/jpeg' } })
    expect((await storedBytes(jpeg.body.id!)).length).toBe(jpeg.body.sizeBytes)
  })

  it('records the content-safety check as passed locally when WeChat is not configured', async () => {
    const { body } = await upload(JPEG, await t.signIn('resident-uploader'))
    const row = await t.gateway.db.selectFrom('media').selectAll().where('id', '=', body.id!).executeTakeFirstOrThrow()
    expect(row).toMatchObject({ check_status: 'PASSED', check_note: 'wechat not configured: passed locally', check_trace_id: null })
    expect(row.checked_at).toEqual(expect.any(String))
  })

  it('stores files under unguessable names, not the id', async () => {
    const token = await t.signIn('resident-uploader')
    const { body } = await upload(PNG, token)
    const row = await t.gateway.db.selectFrom('media').selectAll().where('id', '=', body.id!).executeTakeFirstOrThrow()
    expect(row.stored_name).toMatch(/^[0-9a-f]{48}\.png$/)
    expect(row.stored_name).not.toContain(body.id!)
    expect(fs.readFileSync(path.join(t.config.media.dir, row.stored_name)).subarray(0, 8)).toEqual(PNG.subarray(0, 8))
    expect(fs.readdirSync(t.config.media.dir).some((f) => f.includes(body.id!))).toBe(false)
  })

  it('serves a notice cover through a signed URL with the stored bytes, even signed out', async () => {
    const { body: media } = await upload(PNG, admin, 'cover.png', 'image/png')
    const published = await publishWithCover(media.id!, '廉洁文化宣传栏')
    expect(published.errors).toBeUndefined()
    const noticeId = published.data!.publishNotice.id
    const { notice } = await t.ok(COVER, { id: noticeId }, null)
    expect(notice.cover).toMatchObject({ id: media.id, mime: 'image/png', sizeBytes: media.sizeBytes })
    const url = new URL(notice.cover.url)
    expect(url.origin).toBe(t.url)
    expect(url.pathname).toBe(`/media/${media.id}`)
    const exp = Number(url.searchParams.get('exp'))
    const now = Math.floor(Date.now() / 1000)
    expect(exp).toBeGreaterThanOrEqual(now + 9)
    expect(exp).toBeLessThanOrEqual(now + 11) // MEDIA_URL_TTL_SECONDS=10
    const res = await fetch(url)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await res.arrayBuffer())).toEqual(await storedBytes(media.id!))
  })

  it('refuses a signed URL with a tampered signature, id or expiry with 403', async () => {
    const { body: media } = await upload(JPEG, admin)
    const { data } = await publishWithCover(media.id!, '廉洁家风故事')
    const url = new URL((await t.ok(COVER, { id: data!.publishNotice.id })).notice.cover.url)
    const sig = url.searchParams.get('sig')!
    const tampered = new URL(url)
    tampered.searchParams.set('sig', (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1))
    expect((await fetch(tampered)).status).toBe(403)
    const later = new URL(url)
    later.searchParams.set('exp', String(Number(url.searchParams.get('exp')) + 3600))
    expect((await fetch(later)).status).toBe(403)
    const unsigned = new URL(url)
    unsigned.search = ''
    expect((await fetch(unsigned)).status).toBe(403)
    expect((await fetch(url)).status).toBe(200)
  })

  it('refuses an expired signed URL with 403', async () => {
    const { body: media } = await upload(PNG, admin)
    await publishWithCover(media.id!, '过期链接测试公告')
    const past = Math.floor(Date.now() / 1000) - 5
    const res = await fetch(`${t.url}${signedMediaPath(t.config.media.signingSecret, media.id!, past)}`)
    expect(res.status).toBe(403)
    expect(((await res.json()) as Uploaded['body']).error?.code).toBe('FORBIDDEN')
    const fresh = await fetch(`${t.url}${signedMediaPath(t.config.media.signingSecret, media.id!, past + 60)}`)
    expect(fresh.status).toBe(200)
  })

  it("refuses someone else's upload as a cover with NOT_FOUND, and publishes nothing", async () => {
    const resident = await t.signIn('resident-uploader')
    const { body: media } = await upload(PNG, resident)
    const title = '借用他人图片的公告'
    expect((await publishWithCover(media.id!, title)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
    const rows = await t.gateway.db.selectFrom('notices').select('id').where('title', '=', title).execute()
    expect(rows).toEqual([])
    const row = await t.gateway.db.selectFrom('media').select(['subject_id']).where('id', '=', media.id!).executeTakeFirstOrThrow()
    expect(row.subject_id).toBeNull()
  })

  it('refuses a cover already attached to another notice, and malformed or unknown ids, with NOT_FOUND', async () => {
    const { body: media } = await upload(PNG, admin)
    expect((await publishWithCover(media.id!, '第一条公告')).errors).toBeUndefined()
    expect((await publishWithCover(media.id!, '第二条公告')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
    expect((await publishWithCover('not-a-media-id', '第三条公告')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
    expect((await publishWithCover('01900000-0000-7000-8000-000000000000', '第四条公告')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
  })
})
