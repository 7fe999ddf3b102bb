import Taro from '@tarojs/taro'
import { useState } from 'react'
import { getSessionToken } from '@/graphql/session'
import { parseUploadResponse, type UploadOutcome } from '@/features/issues/upload'

// A spreadsheet for one of the gateway's imports (POST /roster/import, POST /finances/import;
// multipart, field `file`), never the image-only /media: chooseMessageFile in WeChat (the file is
// sent to the phone in a chat), a file input in the browser. Used by the roster and finances
// subpackages only.

/** `…/graphql` → `…/<path>?<query>` beside it (same origin when relative). */
export function importUrl(graphqlUrl: string, path: string, query: Record<string, string>): string {
  const trimmed = graphqlUrl.replace(/\/+$/, '')
  const base = /\/graphql$/i.test(trimmed) ? trimmed.slice(0, -'/graphql'.length) : trimmed
  const search = Object.entries(query).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')
  return `${base}${path}${search ? `?${search}` : ''}`
}

export interface PickedFile { path: string; name: string }

/** Lets staff pick one .xlsx or .csv; null when they cancel. */
export function chooseSpreadsheet(): Promise<PickedFile | null> {
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

/** Uploads the picked file to `url` for a preview; the answer's id opens it. Never rejects. */
export async function uploadSpreadsheet(url: string, file: PickedFile, failedMessage: string): Promise<UploadOutcome> {
  const token = getSessionToken()
  try {
    // formData carries the chosen name: WeChat names the file part after its temporary copy.
    const result = await Taro.uploadFile({ url, filePath: file.path, name: 'file', fileName: file.name, formData: { fileName: file.name }, header: token ? { Authorization: `Bearer ${token}` } : {} })
    return parseUploadResponse(result.statusCode, result.data)
  } catch {
    return { ok: false, code: 'NETWORK', message: failedMessage }
  }
}

/** An import page's picking: choose, upload for a preview, remember its id; the refusal's words when it fails. */
export function useSpreadsheetPick(upload: (file: PickedFile) => Promise<UploadOutcome>) {
  const [importId, setImportId] = useState('')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')
  const pick = async () => {
    const file = await chooseSpreadsheet()
    if (!file) return
    setBusy(true)
    setMessage('')
    const outcome = await upload(file)
    setBusy(false)
    if (!outcome.ok) return setMessage(outcome.message)
    setImportId(outcome.id)
  }
  return { importId, busy, message, setMessage, pick }
}
