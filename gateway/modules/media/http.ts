import type { IncomingMessage, ServerResponse } from 'node:http'
import type { GatewayContext } from '../../context'
import { readBody, refuse, sendJson, takeUploadToken } from '../../http/plain-endpoint'
import { isId } from '../../lib/ids'
import { viewerFromAuthorization } from '../accounts/service'
import { UploadRefused, saveUpload } from './service'
import { checkMediaSignature } from './signing'
import { mediaByIds } from './store'

type Deps = Pick<GatewayContext, 'db' | 'config' | 'log' | 'storage'>
type UploadDeps = Deps & Pick<GatewayContext, 'limiter' | 'viewerCache' | 'platform' | 'origin'>


/** POST /media: multipart/form-data with a `file` part, as Taro.uploadFile sends it. Answers { id, mime, sizeBytes }. */
export async function handleUpload(deps: UploadDeps, req: IncomingMessage, res: ServerResponse, ip: string): Promise<void> {
  const viewer = await viewerFromAuthorization(deps, req.headers.authorization ?? null)
  if (!viewer) return refuse(res, 401, 'UNAUTHENTICATED', '请先登录再上传图片')
  if (!(await takeUploadToken(deps.limiter, viewer.account.id, res))) return
  const contentType = req.headers['content-type'] ?? ''
  if (!contentType.startsWith('multipart/form-data')) return refuse(res, 400, 'BAD_USER_INPUT', '请以 multipart/form-data 上传图片(字段名 file)')
  // Room for the multipart envelope around a file of the largest allowed size.
  const body = await readBody(req, deps.config.media.maxBytes + 64 * 1024)
  if (!body) return refuse(res, 413, 'BAD_USER_INPUT', `图片不能超过 ${Math.floor(deps.config.media.maxBytes / 1024 / 1024)} MB`)
  let file: FormDataEntryValue | null
  try {
    file = (await new Request('http://local/', { method: 'POST', headers: { 'content-type': contentType }, body: new Uint8Array(body) }).formData()).get('file')
  } catch {
    return refuse(res, 400, 'BAD_USER_INPUT', '上传内容无法解析')
  }
  if (!file || typeof file === 'string') return refuse(res, 400, 'BAD_USER_INPUT', '请以字段名 file 上传图片')
  try {
    const media = await saveUpload(deps, { id: viewer.account.id, openid: viewer.account.openid }, new Uint8Array(await file.arrayBuffer()))
    sendJson(res, 201, { id: media.id, mime: media.mime, sizeBytes: media.size_bytes })
  } catch (error) {
    if (error instanceof UploadRefused) return refuse(res, error.status, error.code, error.message)
    throw error
  }
}

/** GET /media/:id?exp&sig: serves the file while the signature is valid and unexpired. */
export async function handleDownload(deps: Deps, url: URL, res: ServerResponse): Promise<void> {
  const id = url.pathname.slice('/media/'.length)
  const check = isId(id) ? checkMediaSignature(deps.config.media.signingSecret, id, url.searchParams.get('exp'), url.searchParams.get('sig')) : 'invalid'
  if (check === 'expired') return refuse(res, 403, 'FORBIDDEN', '图片链接已过期,请刷新页面')
  if (check === 'invalid') return refuse(res, 403, 'FORBIDDEN', '图片链接无效')
  const [media] = await mediaByIds(deps.db, [id])
  if (!media) return refuse(res, 404, 'NOT_FOUND', '图片不存在或已删除')
  if (media.check_status === 'REJECTED') return refuse(res, 404, 'NOT_FOUND', '图片未通过内容安全检查,已被隐藏')
  const file = await deps.storage.read(media.stored_name)
  if (!file) {
    deps.log.error({ mediaId: id, storedName: media.stored_name }, 'media file missing from storage')
    return refuse(res, 404, 'NOT_FOUND', '图片不存在或已删除')
  }
  const expires = Number(url.searchParams.get('exp'))
  const maxAge = Math.max(0, expires - Math.floor(Date.now() / 1000))
  res.writeHead(200, { 'content-type': media.mime, 'content-length': media.size_bytes, 'cache-control': `private, max-age=${maxAge}`, 'x-content-type-options': 'nosniff' })
  res.on('close', () => file.destroy()) // a client that goes away mid-download frees the storage's stream
  file
    .on('error', (err) => {
      deps.log.error({ err, mediaId: id }, 'media file unreadable')
      res.destroy()
    })
    .pipe(res)
}
