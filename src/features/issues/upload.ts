import Taro from '@tarojs/taro'
import { gatewayUrl } from '@/graphql/client'
import { getSessionToken } from '@/graphql/session'
import { t } from './i18n'

// Photos go to the gateway's POST /media (multipart, field `file`) beside /graphql; the answer's
// id goes into the issue's photoIds.

/** The upload endpoint beside the GraphQL one: `…/graphql` → `…/media` (same origin when relative). */
export function mediaUploadUrl(graphqlUrl: string): string {
  const trimmed = graphqlUrl.replace(/\/+$/, '')
  if (/\/graphql$/i.test(trimmed)) return `${trimmed.slice(0, -'/graphql'.length)}/media`
  return `${trimmed}/media`
}

export type UploadOutcome = { ok: true; id: string } | { ok: false; code: string; message: string }

const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text)

function refusal(code: string, message: unknown): UploadOutcome {
  // The gateway writes its refusals for residents in Chinese; anything else gets our own words.
  const text = typeof message === 'string' && hasChinese(message) ? message : t(code === 'UNAUTHENTICATED' ? 'issues.upload.signIn' : 'issues.upload.failed')
  return { ok: false, code, message: text }
}

/** Reads POST /media's answer: `{ id, … }`, or `{ error: { code, message } }`; Taro may hand it over as text. */
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
  const { id, error } = body as Record<string, unknown>
  if (error && typeof error === 'object') {
    const { code, message } = error as Record<string, unknown>
    return refusal(typeof code === 'string' ? code : 'UPLOAD_REFUSED', message)
  }
  if (statusCode >= 200 && statusCode < 300 && typeof id === 'string' && id) return { ok: true, id }
  return refusal(statusCode === 401 ? 'UNAUTHENTICATED' : 'BAD_RESPONSE', undefined)
}

/**
 * Shows why an upload did not go through until the person taps 知道了: the gateway's reason (not an
 * image, too large, damaged) is often longer than the two lines a WeChat toast shows before it vanishes.
 */
export function showUploadRefusal(message: string): void {
  void Taro.showModal({ title: t('issues.upload.refusedTitle'), content: message, showCancel: false, confirmText: t('issues.upload.refusedOk') })
}

/** Uploads one local image file, reporting progress 0–100; never rejects. */
export async function uploadIssuePhoto(filePath: string, onProgress: (percent: number) => void): Promise<UploadOutcome> {
  const token = getSessionToken()
  if (!token) return { ok: false, code: 'UNAUTHENTICATED', message: t('issues.upload.signIn') }
  try {
    const task = Taro.uploadFile({ url: mediaUploadUrl(gatewayUrl), filePath, name: 'file', header: { Authorization: `Bearer ${token}` } })
    task.onProgressUpdate?.((update) => onProgress(update.progress))
    const result = await task
    return parseUploadResponse(result.statusCode, result.data)
  } catch {
    return { ok: false, code: 'NETWORK', message: t('issues.upload.network') }
  }
}

async function compress(src: string): Promise<string> {
  // H5 has no compressImage; chooseMedia's "compressed" size is then the only shrinking.
  if (process.env.TARO_ENV === 'h5' || typeof Taro.compressImage !== 'function') return src
  try {
    return (await Taro.compressImage({ src, quality: 70 })).tempFilePath
  } catch {
    return src
  }
}

/** Lets the resident pick up to `count` images and shrinks each; [] when they cancel. */
export async function chooseCompressedPhotos(count: number): Promise<string[]> {
  if (count <= 0) return []
  let picked: string[]
  try {
    const chosen = await Taro.chooseMedia({ count, mediaType: ['image'], sourceType: ['album', 'camera'], sizeType: ['compressed'] })
    picked = chosen.tempFiles.map((f) => f.tempFilePath).filter(Boolean)
  } catch {
    return [] // cancelled
  }
  const out: string[] = []
  for (const path of picked.slice(0, count)) out.push(await compress(path))
  return out
}
