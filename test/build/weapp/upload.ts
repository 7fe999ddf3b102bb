import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

// wx.uploadFile's transfer: a real multipart/form-data POST of a file on disk, reporting bytes
// sent as the body goes out (the figures WeChat passes to onProgressUpdate).

export interface MultipartUpload {
  url: string
  file: string
  field: string
  formData: Record<string, string>
  header: Record<string, string>
  signal: AbortSignal
  onProgress(sent: number, total: number): void
}

const MIME: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp', '.gif': 'image/gif' }

export function uploadMultipart(upload: MultipartUpload): Promise<{ statusCode: number; body: string }> {
  const boundary = `----WeChatHarness${randomBytes(8).toString('hex')}`
  const parts: Buffer[] = []
  for (const [name, value] of Object.entries(upload.formData)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`))
  }
  const fileName = path.basename(upload.file)
  const type = MIME[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream'
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${upload.field}"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`))
  parts.push(fs.readFileSync(upload.file))
  parts.push(Buffer.from(`\r\n--${boundary}--\r\n`))
  const body = Buffer.concat(parts)
  return new Promise((resolve, reject) => {
    const req = http.request(upload.url, {
      method: 'POST',
      signal: upload.signal,
      headers: { ...upload.header, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(body.length) },
    })
    req.on('response', (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ statusCode: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('error', reject)
    // In slices, so progress is reported as the bytes leave, not once at the end.
    const slice = 16 * 1024
    let sent = 0
    const writeNext = () => {
      if (sent >= body.length) return void req.end()
      const chunk = body.subarray(sent, sent + slice)
      req.write(chunk, () => {
        sent += chunk.length
        upload.onProgress(sent, body.length)
        writeNext()
      })
    }
    writeNext()
  })
}
