import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import zlib from 'node:zlib'
import { signedMediaPath } from '../../gateway/modules/media/signing'
import { ENGINES, startGateway, type TestGateway } from './harness'
import { craftedPng, hasGpsPointer, phonePhoto, plainImage, solidPng, uploadFile } from './media-fixtures'

// Every upload is decoded and re-encoded: bombs refused from the header, metadata gone, the size capped.

describe.each(ENGINES)('uploaded images on $name', (engine) => {
  let t: TestGateway
  let resident: string
  beforeAll(async () => {
    t = await startGateway(engine, { MEDIA_MAX_EDGE_PX: '1024' })
    resident = await t.signIn('resident-photographer')
  })
  afterAll(() => t?.close())

  const mediaCount = async () => Number((await t.gateway.db.selectFrom('media').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)
  const filesStored = () => (fs.existsSync(t.config.media.dir) ? fs.readdirSync(t.config.media.dir).length : 0)
  /** The stored copy as the uploader downloads it through a signed URL. */
  const served = async (id: string) => {
    const res = await fetch(`${t.url}${signedMediaPath(t.config.media.signingSecret, id, Math.floor(Date.now() / 1000) + 60)}`)
    expect(res.status).toBe(200)
    return { type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) }
  }

  it('refuses a PNG declaring 50000×50000 from its header, before decoding anything, and stores nothing', async () => {
    const before = { rows: await mediaCount(), files: filesStored() }
    // 1 KB of image data could never fill 50000 rows: had the gateway decoded it, the answer would be "damaged".
    const bomb = craftedPng(50_000, 50_000, 2, zlib.deflateSync(Buffer.alloc(1024)))
    const { status, body } = await uploadFile(t.url, bomb, resident, 'bomb.png', 'image/png')
    expect(status).toBe(413)
    expect(body.error?.code).toBe('BAD_USER_INPUT')
    expect(body.error?.message).toContain('图片尺寸太大')
    expect(body.error?.message).toContain('50000×50000')
    expect({ rows: await mediaCount(), files: filesStored() }).toEqual(before)
  })

  it('refuses a one-colour PNG that inflates from kilobytes to 40 MB, and one of 64 megapixels', async () => {
    const inflating = solidPng(3200, 3200, 6) // 3200 × 3200 × 4 bytes = 41 MB decoded
    expect(inflating.length).toBeLessThan(100 * 1024)
    const refused = await uploadFile(t.url, inflating, resident, 'flat.png', 'image/png')
    expect(refused.status).toBe(413)
    expect(refused.body.error).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('图片解码后太大') })
    const huge = await uploadFile(t.url, solidPng(8000, 8000, 2), resident, 'wide.png', 'image/png')
    expect(huge.status).toBe(413)
    expect(huge.body.error?.message).toContain('8000×8000')
  })

  it('strips EXIF (GPS included), turns the photo upright and caps its longer edge at MEDIA_MAX_EDGE_PX', async () => {
    // A landscape sensor image the phone marks "rotate 90°" (orientation 6): upright it is portrait.
    const original = await phonePhoto(1800, 1200, 6)
    const before = await sharp(original).metadata()
    expect(hasGpsPointer(before.exif)).toBe(true)
    expect(before.orientation).toBe(6)
    expect(original.includes(Buffer.from('home-of-resident-3'))).toBe(true)

    const { status, body } = await uploadFile(t.url, original, resident)
    expect(status).toBe(201)
    expect(body.mime).toBe('image/jpeg')
    const copy = await served(body.id!)
    expect(copy.type).toBe('image/jpeg')
    expect(copy.bytes.length).toBe(body.sizeBytes)
    const after = await sharp(copy.bytes).metadata()
    expect(after.exif).toBeUndefined()
    expect(after.xmp).toBeUndefined()
    expect(after.icc).toBeUndefined()
    expect(after.orientation).toBeUndefined()
    expect(copy.bytes.includes(Buffer.from('home-of-resident-3'))).toBe(false)
    expect(copy.bytes.includes(Buffer.from('LinliPhone'))).toBe(false)
    expect({ width: after.width, height: after.height }).toEqual({ width: 683, height: 1024 })
    const row = await t.gateway.db.selectFrom('media').selectAll().where('id', '=', body.id!).executeTakeFirstOrThrow()
    expect({ width: row.width, height: row.height, size: row.size_bytes }).toEqual({ width: 683, height: 1024, size: copy.bytes.length })
    // What is on disk is the re-encoded copy, never the upload.
    expect(fs.readFileSync(path.join(t.config.media.dir, row.stored_name))).toEqual(copy.bytes)
  })

  it('keeps small images at their size and never enlarges them', async () => {
    const { body } = await uploadFile(t.url, await plainImage('jpeg', 40, 30), resident)
    const meta = await sharp((await served(body.id!)).bytes).metadata()
    expect({ width: meta.width, height: meta.height }).toEqual({ width: 40, height: 30 })
  })

  it('stores images with transparency as PNG (alpha kept) and everything else as JPEG, WebP included', async () => {
    const withAlpha = await uploadFile(t.url, await plainImage('png', 20, 20, true), resident, 'sticker.png', 'image/png')
    expect(withAlpha.body.mime).toBe('image/png')
    const alpha = await served(withAlpha.body.id!)
    expect(alpha.type).toBe('image/png')
    expect((await sharp(alpha.bytes).metadata()).hasAlpha).toBe(true)
    const webp = await uploadFile(t.url, await plainImage('webp'), resident, 'a.webp', 'image/webp')
    expect(webp).toMatchObject({ status: 201, body: { mime: 'image/jpeg' } })
    const opaquePng = await uploadFile(t.url, await plainImage('png'), resident, 'a.png', 'image/png')
    expect(opaquePng.body.mime).toBe('image/jpeg')
  })

  it('drops bytes smuggled after the image (a polyglot) because only decoded pixels are written again', async () => {
    const payload = Buffer.from('<script>alert("邻里")</script>PK\u0003\u0004')
    const polyglot = Buffer.concat([await plainImage('jpeg', 32, 32), payload])
    const { status, body } = await uploadFile(t.url, polyglot, resident)
    expect(status).toBe(201)
    expect((await served(body.id!)).bytes.includes(Buffer.from('<script>'))).toBe(false)
  })

  it('re-encodes many uploads sent at once, each to its own file with its own size', async () => {
    const someone = await t.signIn('resident-many-photos')
    const widths = [30, 31, 32, 33, 34, 35, 36, 37]
    const uploads = await Promise.all(widths.map(async (w) => uploadFile(t.url, await plainImage('jpeg', w, 20), someone)))
    expect(uploads.map((u) => u.status)).toEqual(widths.map(() => 201))
    expect(new Set(uploads.map((u) => u.body.id)).size).toBe(widths.length)
    const servedWidths = await Promise.all(uploads.map(async (u) => (await sharp((await served(u.body.id!)).bytes).metadata()).width))
    expect(servedWidths).toEqual(widths)
  })

  it('refuses a text file renamed .jpg, naming why in Chinese', async () => {
    const { status, body } = await uploadFile(t.url, Buffer.from('这不是图片,只是一段文字。\n'), resident, 'photo.jpg', 'image/jpeg')
    expect(status).toBe(415)
    expect(body.error).toEqual({ code: 'BAD_USER_INPUT', message: '这个文件不是图片:文件内容不是 JPEG、PNG 或 WebP(与文件名无关),请换一张照片' })
  })

  it('refuses a damaged image whose first bytes look right with 400 and a Chinese message', async () => {
    const good = await plainImage('jpeg', 64, 64)
    const damaged = Buffer.concat([good.subarray(0, 40), Buffer.alloc(200, 0x41)])
    const { status, body } = await uploadFile(t.url, damaged, resident)
    expect(status).toBe(400)
    expect(body.error).toEqual({ code: 'BAD_USER_INPUT', message: '图片已损坏,无法读取,请重新拍摄或选择' })
  })
})
