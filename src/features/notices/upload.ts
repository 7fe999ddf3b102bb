import Taro from '@tarojs/taro'
import { gatewayUrl } from '@/graphql/client'
import { getSessionToken } from '@/graphql/session'
import { t } from './i18n'

// Cover images go to the gateway's POST /media (multipart, field `file`) beside /graphql; the
// answer's id becomes the notice's coverId.

/** The upload endpoint beside the GraphQL one: `…/graphql` → `…/media` (same origin when relative). */
export function mediaUploadUrl(graphqlUrl: string): string {
  const trimmed = graphqlUrl.replace(/\/+$/, '')
  if (/\/graphql$/i.test(trimmed)) return `${trimmed.slice(0, -'/graphql'.length)}/media`
  return `${trimmed}/media`
}

export interface UploadedMedia {
  id: string
  mime: string
  sizeBytes: number
}

export type UploadOutcome = { ok: true; media: UploadedMedia } | { ok: false; code: string; message: string }

const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text)

function refusal(code: string, message: unknown): UploadOutcome {
  // The gateway writes its refusals for residents in Chinese; anything else gets our own words.
  const text = typeof message === 'string' && hasChinese(message) ? message : t('notices.upload.failed')
  return { ok: false, code, message: text }
}

/** Reads POST /media's answer: `{ id, mime, sizeBytes }`, or `{ error: { code, message } }`. */
export function parseUploadResponse(statusCode: number, data: unknown): UploadOutcome {
  let body: unknown = data
  if (typeof data === 'string') {
    try {
      body = JSON.parse(data) as unknown
    } catch {
      return refusal(statusCode === 401 ? 'UNAUTHENTICATED' : 'BAD_RESPONSE', undefined)
    }
  }
  if (!body || typeof body !== 'object') return refusal('BAD_RESPONSE', undefined)
  const { id, mime, sizeBytes, error } = body as Record<string, unknown>
  if (error && typeof error === 'object') {
    const { code, message } = error as Record<string, unknown>
    return refusal(typeof code === 'string' ? code : 'UPLOAD_REFUSED', message)
  }
  if (statusCode >= 200 && statusCode < 300 && typeof id === 'string' && typeof mime === 'string' && typeof sizeBytes === 'number') {
    return { ok: true, media: { id, mime, sizeBytes } }
  }
  return refusal(statusCode === 401 ? 'UNAUTHENTICATED' : 'BAD_RESPONSE', undefined)
}

/** Shows why the cover did not upload until it is tapped away (a toast vanishes and is cut to two lines). */
export function showUploadRefusal(message: string): void {
  void Taro.showModal({ title: t('notices.upload.refusedTitle'), content: message, showCancel: false, confirmText: t('notices.upload.refusedOk') })
}

/** Uploads one local image file, reporting progress 0–100; never rejects. */
export async function uploadCoverImage(filePath: string, onProgress: (percent: number) => void): Promise<UploadOutcome> {
  const token = getSessionToken()
  if (!token) return { ok: false, code: 'UNAUTHENTICATED', message: t('notices.upload.signIn') }
  try {
    const task = Taro.uploadFile({
      url: mediaUploadUrl(gatewayUrl),
      filePath,
      name: 'file',
      header: { Authorization: `Bearer ${token}` },
    })
    task.onProgressUpdate((update) => onProgress(update.progress))
    const result = await task
    return parseUploadResponse(result.statusCode, result.data)
  } catch {
    return { ok: false, code: 'NETWORK', message: t('notices.upload.network') }
  }
}

/** Lets the resident pick one image and shrinks it before upload; null when they cancel. */
export async function chooseCompressedImage(): Promise<string | null> {
  let picked: string | undefined
  try {
    const chosen = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sourceType: ['album', 'camera'], sizeType: ['compressed'] })
    picked = chosen.tempFiles[0]?.tempFilePath
  } catch {
    return null // cancelled
  }
  if (!picked) return null
  try {
    const compressed = await Taro.compressImage({ src: picked, quality: 70 })
    // H5 answers "not supported" as a success without a file: keep the original then.
    return compressed.tempFilePath || picked
  } catch {
    // Some devices cannot compress; the original is still within the gateway's limit more often than not.
    return picked
  }
}
