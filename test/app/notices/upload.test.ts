import { describe, expect, it } from 'vitest'
import { mediaUploadUrl, parseUploadResponse } from '@/features/notices/upload'

describe('mediaUploadUrl', () => {
  it('puts /media beside /graphql', () => {
    expect(mediaUploadUrl('http://127.0.0.1:4000/graphql')).toBe('http://127.0.0.1:4000/media')
    expect(mediaUploadUrl('https://linli.example.cn/api/graphql/')).toBe('https://linli.example.cn/api/media')
    expect(mediaUploadUrl('/graphql')).toBe('/media')
  })

  it('appends /media to an endpoint not ending in /graphql', () => {
    expect(mediaUploadUrl('https://gw.example.cn/')).toBe('https://gw.example.cn/media')
  })
})

describe('parseUploadResponse', () => {
  it('reads the media from the JSON text Taro.uploadFile gives', () => {
    const outcome = parseUploadResponse(201, JSON.stringify({ id: 'm1', mime: 'image/jpeg', sizeBytes: 52_000 }))
    expect(outcome).toEqual({ ok: true, media: { id: 'm1', mime: 'image/jpeg', sizeBytes: 52_000 } })
  })

  it('accepts an already-parsed object too', () => {
    expect(parseUploadResponse(201, { id: 'm2', mime: 'image/png', sizeBytes: 10 })).toMatchObject({ ok: true })
  })

  it("passes on the gateway's Chinese refusal", () => {
    const body = JSON.stringify({ error: { code: 'BAD_USER_INPUT', message: '图片不能超过 5 MB' } })
    expect(parseUploadResponse(413, body)).toEqual({ ok: false, code: 'BAD_USER_INPUT', message: '图片不能超过 5 MB' })
  })

  it('never shows raw English or a broken body to the resident', () => {
    const english = parseUploadResponse(500, JSON.stringify({ error: { code: 'INTERNAL', message: 'boom' } }))
    expect(english).toEqual({ ok: false, code: 'INTERNAL', message: '图片没有上传成功，请换一张或稍后再试' })
    expect(parseUploadResponse(502, '<html>Bad Gateway</html>')).toMatchObject({ ok: false, code: 'BAD_RESPONSE' })
    expect(parseUploadResponse(401, 'nope')).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    expect(parseUploadResponse(201, JSON.stringify({ id: 'm3' }))).toMatchObject({ ok: false, code: 'BAD_RESPONSE' })
  })
})
