import type { TestGateway } from './harness'

// A valid 1×1 PNG (signature, IHDR, IDAT, IEND).
export const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')

/** Uploads an image through POST /media as the signed-in person; its media id. */
export async function uploadImage(t: TestGateway, token: string, bytes: Buffer = TINY_PNG): Promise<string> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), 'photo.png')
  const res = await fetch(`${t.url}/media`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } })
  const body = (await res.json()) as { id?: string; error?: { message: string } }
  if (!body.id) throw new Error(`upload refused: ${res.status} ${JSON.stringify(body)}`)
  return body.id
}
