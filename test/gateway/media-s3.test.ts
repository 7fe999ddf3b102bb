import fs from 'node:fs'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../gateway/config'
import { startFakeWeChat, type FakeWeChat } from './fake-wechat'
import { ENGINES, demoPlaces, startAnotherInstance, startGateway, type TestGateway } from './harness'
import { hasGpsPointer, phonePhoto, plainImage, uploadFile } from './media-fixtures'
import { startS3, type TestBucket } from './shared-services'

// Media on S3-compatible storage (MEDIA_STORAGE=s3) against a real S3-protocol server (s3rver),
// with two gateway instances on one database and one bucket, as behind a load balancer: what one
// instance stores the other serves, WeChat's check result may reach either, and erasure removes
// the objects. Files are always served by the gateways' signed /media URLs, never by the bucket.

const RAISE = `mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { id } }`
const PHOTOS = `query($id: ID!) { issue(id: $id) { photos { id url } } }`
const SECRET = { MEDIA_SIGNING_SECRET: 'shared-by-every-instance-0123456789' }

describe.each(ENGINES)('media on S3-compatible storage, two instances, on $name', (engine) => {
  let s3: TestBucket
  let fake: FakeWeChat
  let a: TestGateway
  let b: TestGateway
  let places: Awaited<ReturnType<typeof demoPlaces>>
  let reporter: string // 王大爷, with a WeChat openid: his photos go to WeChat's check
  let neighbour: string
  beforeAll(async () => {
    s3 = await startS3()
    fake = await startFakeWeChat({ appId: 'wx-linli-test', secret: 'secret-test', mediaVerdict: () => 'pass' as const })
    const env = { ...s3.env, ...SECRET, ...fake.env }
    a = await startGateway(engine, env)
    b = await startAnotherInstance(a, env)
    places = await demoPlaces(a)
    ;[reporter, neighbour] = await Promise.all(['resident-zhongwang-2', 'resident-changbaoe'].map((h) => a.signIn(h)))
    await a.gateway.db.updateTable('accounts').set({ openid: 'o-wang-daye' }).where('handle', '=', 'resident-zhongwang-2').execute()
  })
  afterAll(async () => {
    await b?.close()
    await a?.close()
    await fake?.close()
    await s3?.close()
  })

  const storedName = async (id: string) => (await a.gateway.db.selectFrom('media').select('stored_name').where('id', '=', id).executeTakeFirstOrThrow()).stored_name
  const fetchBytes = async (url: string) => {
    const res = await fetch(url)
    return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) }
  }
  const raiseWithPhoto = async (t: TestGateway, token: string, photo: Buffer) => {
    const { status, body } = await uploadFile(t.url, photo, token)
    expect(status).toBe(201)
    const input = { category: 'LIGHTING', title: '单元门口的灯坏了', description: '照片里是坏掉的灯', buildingId: places.building('2号楼').id, isPublic: true, photoIds: [body.id] }
    const { raiseIssue } = await t.ok(RAISE, { input }, token)
    return { mediaId: body.id!, issueId: raiseIssue.id as string }
  }

  it('stores the re-encoded copy in the bucket (nothing on disk), and the other instance serves the same bytes', async () => {
    const original = await phonePhoto(1800, 1200, 6) // EXIF with GPS, "rotate 90°"
    expect(hasGpsPointer((await sharp(original).metadata()).exif)).toBe(true)
    const { mediaId, issueId } = await raiseWithPhoto(a, reporter, original)
    const key = await storedName(mediaId)
    expect(await s3.keys()).toContain(key)
    expect(fs.existsSync(a.config.media.dir) ? fs.readdirSync(a.config.media.dir) : []).toEqual([])
    const object = await s3.get(key)
    const meta = await sharp(object).metadata()
    expect({ format: meta.format, width: meta.width, height: meta.height, exif: meta.exif }).toEqual({ format: 'jpeg', width: 1200, height: 1800, exif: undefined })

    // The link comes from instance B and is B's own /media URL, not the bucket's.
    const url = (await b.ok(PHOTOS, { id: issueId }, reporter)).issue.photos[0].url as string
    expect(url.startsWith(`${b.url}/media/${mediaId}?`)).toBe(true)
    const fromB = await fetchBytes(url)
    expect(fromB).toMatchObject({ status: 200, type: 'image/jpeg' })
    expect(fromB.bytes.equals(object)).toBe(true)
    // A link signed by A works on B too: the instances share MEDIA_SIGNING_SECRET.
    const fromAlink = (await a.ok(PHOTOS, { id: issueId }, reporter)).issue.photos[0].url as string
    expect((await fetchBytes(fromAlink.replace(a.url, b.url))).bytes.equals(object)).toBe(true)
  })

  it("keeps a photo hidden from neighbours until WeChat's result, pushed to the other instance, passes it", async () => {
    const { mediaId, issueId } = await raiseWithPhoto(a, reporter, await plainImage('jpeg', 120, 40))
    const asked = fake.pendingMediaChecks.at(-1)!
    expect(new URL(asked.mediaUrl).pathname).toBe(`/media/${mediaId}`)
    expect((await b.ok(PHOTOS, { id: issueId }, neighbour)).issue.photos[0].url).toBeNull()
    // The fake WeChat fetches the image through A's signed URL and pushes its verdict to B.
    expect(await fake.pushMediaCheckResults(b.url)).toContainEqual(expect.objectContaining({ traceId: asked.traceId, fetchStatus: 200, suggest: 'pass', pushStatus: 200 }))
    const seen = (await a.ok(PHOTOS, { id: issueId }, neighbour)).issue.photos[0].url as string
    expect((await fetchBytes(seen)).bytes.equals(await s3.get(await storedName(mediaId)))).toBe(true)
  })

  it("puts the demo site plan in the bucket when seeding, served by either instance", async () => {
    const row = await a.gateway.db.selectFrom('media').select(['id', 'stored_name', 'size_bytes']).where('subject_type', '=', 'SitePlan').executeTakeFirstOrThrow()
    const object = await s3.get(row.stored_name)
    expect(object.length).toBe(Number(row.size_bytes))
    const { proposals } = await b.ok('{ proposals { edges { node { sitePlan { id url } } } } }', {}, neighbour)
    const plan = proposals.edges.map((e: any) => e.node.sitePlan).find((p: any) => p?.id === row.id)
    expect((await fetchBytes(plan.url)).bytes.equals(object)).toBe(true)
  })

  it('answers 404 for a file gone from the bucket, never a reply cut short', async () => {
    const { mediaId, issueId } = await raiseWithPhoto(a, reporter, await plainImage('jpeg', 30, 30))
    const url = (await a.ok(PHOTOS, { id: issueId }, reporter)).issue.photos[0].url as string
    expect((await fetchBytes(url)).status).toBe(200)
    await s3.remove(await storedName(mediaId))
    const gone = await fetch(url.replace(a.url, b.url))
    expect(gone.status).toBe(404)
    expect(((await gone.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND')
  })

  it("removes a deleted account's photos from the bucket (PIPL erasure), through either instance", async () => {
    const leaving = await a.signIn('resident-s3-leaving')
    await a.ok('mutation($input: ClaimHouseholdInput!) { claimHousehold(input: $input) { id } }', { input: { buildingId: places.building('2号楼').id, unit: '3', room: '302', areaM2: 70 } }, leaving)
    const attached = await raiseWithPhoto(a, leaving, await plainImage('jpeg', 40, 40))
    const loose = await uploadFile(b.url, await plainImage('png', 20, 20, true), leaving, 'loose.png', 'image/png') // uploaded, never attached
    expect(loose.status).toBe(201)
    const keys = [await storedName(attached.mediaId), await storedName(loose.body.id!)]
    const others = (await s3.keys()).filter((k) => !keys.includes(k))
    for (const key of keys) expect(await s3.exists(key)).toBe(true)
    const url = (await a.ok(PHOTOS, { id: attached.issueId }, leaving)).issue.photos[0].url as string

    expect((await b.ok('mutation { deleteMyAccount }', {}, leaving)).deleteMyAccount).toBe(true)
    for (const key of keys) expect(await s3.exists(key)).toBe(false)
    expect((await s3.keys()).sort()).toEqual(others.sort()) // nobody else's files went
    expect((await fetch(url)).status).toBe(404)
  })

  it('refuses to start on a bucket that does not exist, naming S3_BUCKET', async () => {
    await expect(startGateway(engine, { ...s3.env, S3_BUCKET: 'no-such-bucket' })).rejects.toThrow(/S3_BUCKET.*no such bucket/)
  })
})

describe('object storage and Redis settings', () => {
  it('names what is wrong with them and stops', () => {
    expect(() => loadConfig({ MEDIA_STORAGE: 's3' })).toThrow(/S3_BUCKET: required when MEDIA_STORAGE=s3/)
    expect(() => loadConfig({ MEDIA_STORAGE: 's3', S3_BUCKET: 'linli', S3_ACCESS_KEY_ID: 'AKID' })).toThrow(/set both or neither/)
    expect(() => loadConfig({ MEDIA_STORAGE: 'cos' })).toThrow(/MEDIA_STORAGE/)
    expect(() => loadConfig({ REDIS_URL: 'localhost:6379' })).toThrow(/REDIS_URL: must start with redis:\/\//)
    expect(loadConfig({}).media.s3).toBeNull()
    expect(loadConfig({}).redis).toBeNull()
    expect(loadConfig({ MEDIA_STORAGE: 's3', S3_BUCKET: 'linli-1250000000', S3_ENDPOINT: 'https://cos.ap-beijing.myqcloud.com', S3_REGION: 'ap-beijing', S3_FORCE_PATH_STYLE: 'false' }).media.s3)
      .toEqual({ endpoint: 'https://cos.ap-beijing.myqcloud.com', bucket: 'linli-1250000000', region: 'ap-beijing', accessKeyId: undefined, secretAccessKey: undefined, forcePathStyle: false, keyPrefix: '' })
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).redis).toEqual({ url: 'redis://127.0.0.1:6379', keyPrefix: 'linli:' })
  })
})
