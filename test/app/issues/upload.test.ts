import { describe, expect, it } from 'vitest'
import { mediaUploadUrl, parseUploadResponse } from '@/features/issues/upload'

describe('mediaUploadUrl', () => {
  it('puts /media beside /graphql', () => {
    expect(mediaUploadUrl('https://linli.example.cn/graphql')).toBe('https://linli.example.cn/media')
    expect(mediaUploadUrl('http://127.0.0.1:4000/graphql/')).toBe('http://127.0.0.1:4000/media')
    expect(mediaUploadUrl('/graphql')).toBe('/media')
    expect(mediaUploadUrl('https://gw.example.cn/api/graphql')).toBe('https://gw.example.cn/api/media')
  })
})

describe('parseUploadResponse', () => {
  it('takes the id from a 201 answer, as text (weapp) or already parsed', () => {
    expect(parseUploadResponse(201, '{"id":"m-1","mime":"image/jpeg","sizeBytes":1200}')).toEqual({ ok: true, id: 'm-1' })
    expect(parseUploadResponse(201, { id: 'm-2' })).toEqual({ ok: true, id: 'm-2' })
  })

  it('shows the gateway its Chinese refusal, and its own words for anything else', () => {
    expect(parseUploadResponse(413, '{"error":{"code":"BAD_USER_INPUT","message":"图片不能超过 10 MB"}}')).toEqual({ ok: false, code: 'BAD_USER_INPUT', message: '图片不能超过 10 MB' })
    expect(parseUploadResponse(500, '{"error":{"code":"INTERNAL","message":"boom"}}')).toEqual({ ok: false, code: 'INTERNAL', message: '照片没有上传成功，请重试' })
    expect(parseUploadResponse(502, '<html>Bad gateway</html>')).toEqual({ ok: false, code: 'BAD_RESPONSE', message: '照片没有上传成功，请重试' })
    expect(parseUploadResponse(401, 'nope')).toEqual({ ok: false, code: 'UNAUTHENTICATED', message: '请先登录再上传照片' })
  })

  it('does not take an id from a failed status', () => {
    expect(parseUploadResponse(400, { id: 'm-3' }).ok).toBe(false)
    expect(parseUploadResponse(201, { id: '' }).ok).toBe(false)
  })
})
