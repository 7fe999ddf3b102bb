import Taro from '@tarojs/taro'
import { gatewayUrl } from '@/graphql/client'
import { getSessionToken } from '@/graphql/session'
import { parseUploadResponse, type UploadOutcome } from '@/features/issues/upload'
import { t } from './i18n'

// The register export goes to the gateway's own POST /roster/import (multipart, field `file`),
// never to the image-only /media: chooseMessageFile in WeChat, a file input in the browser.

export function rosterImportUrl(graphqlUrl: string, compoundId: string): string {
  const trimmed = graphqlUrl.replace(/\/+$/, '')
  const base = /\/graphql$/i.test(trimmed) ? trimmed.slice(0, -'/graphql'.length) : trimmed
  return `${base}/roster/import?compoundId=${encodeURIComponent(compoundId)}`
}

export interface PickedFile { path: string; name: string }

/** Lets staff pick one .xlsx or .csv; null when they cancel. */
export function chooseRosterFile(): Promise<PickedFile | null> {
  if (process.env.TARO_ENV === 'h5') {
    return new Promise((resolve) => {
      const input = document.createElement('input')
      input.type = 'file'
      input.accept = '.xlsx,.csv'
      input.onchange = () => {
        const file = input.files?.[0]
        resolve(file ? { path: URL.createObjectURL(file), name: file.name } : null)
      }
      input.click()
    })
  }
  return Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx', 'csv'] })
    .then((r) => (r.tempFiles[0] ? { path: r.tempFiles[0].path, name: r.tempFiles[0].name } : null))
    .catch(() => null)
}

/** Uploads the picked file for a preview; the answer's id opens it. Never rejects. */
export async function uploadRosterFile(compoundId: string, file: PickedFile): Promise<UploadOutcome> {
  const token = getSessionToken()
  try {
    const result = await Taro.uploadFile({ url: rosterImportUrl(gatewayUrl, compoundId), filePath: file.path, name: 'file', fileName: file.name, header: token ? { Authorization: `Bearer ${token}` } : {} })
    return parseUploadResponse(result.statusCode, result.data)
  } catch {
    return { ok: false, code: 'NETWORK', message: t('roster.import.failed') }
  }
}
