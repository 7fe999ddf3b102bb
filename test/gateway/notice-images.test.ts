import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'
import { plainImage, uploadFile } from './media-fixtures'

// Notice bodies carry only our own images, stored as media ids and signed for each reader: no
// tracking pixel from elsewhere, no expiring URL in the database.

const PUBLISH = `mutation($input: PublishNoticeInput!) { publishNotice(input: $input) { id body } }`
const READ = `query($id: ID!) { notice(id: $id) { body } }`

describe.each(ENGINES)('images in notice bodies on $name', (engine) => {
  let t: TestGateway
  let communityId: string
  let admin: string
  beforeAll(async () => {
    t = await startGateway(engine)
    communityId = (await demoPlaces(t)).dongyingpan.id
    admin = await t.signIn('admin-dongyingpan')
  })
  afterAll(() => t?.close())

  const publish = (title: string, body: string) => t.gql(PUBLISH, { input: { communityId, category: 'ANNOUNCEMENT', title, body } }, admin)
  const storedBody = async (id: string) => (await t.gateway.db.selectFrom('notices').select('body_html').where('id', '=', id).executeTakeFirstOrThrow()).body_html
  const imageSources = (html: string) => [...html.matchAll(/<img [^>]*src="([^"]+)"/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'))

  it('drops images from elsewhere (tracking pixels), stores ours as media ids, and signs them for each reader', async () => {
    const { body: media } = await uploadFile(t.url, await plainImage('jpeg', 48, 32), admin)
    const body = [
      '<p>宣传栏换上了新照片。</p>',
      '<img src="https://tracker.example/pixel.gif?reader=1" width="1" height="1">',
      `<img src="media:${media.id}" alt="宣传栏照片">`,
      '<img src="//cdn.example/a.png"><img data-media-id="not-an-id">',
    ].join('')
    const { data, errors } = await publish('宣传栏新照片', body)
    expect(errors).toBeUndefined()
    const id = data!.publishNotice.id as string

    const stored = await storedBody(id)
    expect(stored).toBe(`<p>宣传栏换上了新照片。</p><img data-media-id="${media.id}" alt="宣传栏照片" />`)
    expect(stored).not.toMatch(/https?:|\/\/|exp=|sig=/)

    const { notice } = await t.ok(READ, { id }, null)
    const sources = imageSources(notice.body)
    expect(sources).toHaveLength(1)
    const url = new URL(sources[0]!)
    expect(`${url.origin}${url.pathname}`).toBe(`${t.url}/media/${media.id}`)
    expect(url.searchParams.get('sig')).toEqual(expect.any(String))
    expect(notice.body).not.toContain('tracker.example')
    const res = await fetch(url)
    expect(res.status).toBe(200)
    expect((await sharp(Buffer.from(await res.arrayBuffer())).metadata()).width).toBe(48)
    const row = await t.gateway.db.selectFrom('media').select(['subject_type', 'subject_id']).where('id', '=', media.id!).executeTakeFirstOrThrow()
    expect(row).toEqual({ subject_type: 'Notice', subject_id: id })
  })

  it("refuses someone else's upload or an unknown id in the body with NOT_FOUND, publishing nothing", async () => {
    const { body: theirs } = await uploadFile(t.url, await plainImage('jpeg'), await t.signIn('resident-changbaoe'))
    const title = '借用住户照片的公告'
    expect((await publish(title, `<p>正文</p><img src="media:${theirs.id}">`)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
    expect((await publish(title, '<p>正文</p><img data-media-id="01900000-0000-7000-8000-000000000000">')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
    expect(await t.gateway.db.selectFrom('notices').select('id').where('title', '=', title).execute()).toEqual([])
  })

  it('keeps the images already in the body when the notice is edited; once withdrawn, only editors read it and its images', async () => {
    const { body: media } = await uploadFile(t.url, await plainImage('png', 20, 20, true), admin, 'a.png', 'image/png')
    const { data } = await publish('社区活动照片', `<p>活动现场</p><img src="media:${media.id}">`)
    const id = data!.publishNotice.id as string
    const edited = await t.gql(`mutation($id: ID!, $input: UpdateNoticeInput!) { updateNotice(id: $id, input: $input) { body } }`, { id, input: { body: `<p>活动现场(更新)</p><img data-media-id="${media.id}">` } }, admin)
    expect(edited.errors).toBeUndefined()
    expect(imageSources(edited.data!.updateNotice.body)).toHaveLength(1)
    await t.ok(`mutation($id: ID!) { withdrawNotice(id: $id) { id } }`, { id }, admin)
    expect(imageSources((await t.ok(READ, { id }, admin)).notice.body)).toHaveLength(1) // editors still see it
    expect((await t.ok(READ, { id }, await t.signIn('resident-changbaoe'))).notice).toBeNull()
  })
})
