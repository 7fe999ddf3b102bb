import { createDecipheriv, createHash, timingSafeEqual } from 'node:crypto'

// WeChat's message push (消息推送) to the gateway, as WeChat specifies it for mini-programs:
// every request carries signature = sha1 of the sorted token, timestamp and nonce; in safe mode
// (安全模式) the body is AES-256-CBC encrypted with the EncodingAESKey and msg_signature also
// covers the ciphertext. The data format must be JSON (configured in the mini-program console).

export interface PushSettings { token: string; aesKey?: string; appId: string }

/** How far a push's timestamp may be from now: a replayed old request is refused. */
const MAX_SKEW_SECONDS = 300

/** sha1 of the parts sorted and joined, hex: WeChat's signature. */
export function pushSignature(...parts: string[]): string {
  return createHash('sha1').update([...parts].sort().join('')).digest('hex')
}

function same(expected: string, given: string | null): boolean {
  if (!given) return false
  const a = Buffer.from(expected)
  const b = Buffer.from(given)
  return a.length === b.length && timingSafeEqual(a, b)
}

function signedAndFresh(settings: PushSettings, query: URLSearchParams, nowSeconds: number): boolean {
  const timestamp = query.get('timestamp') ?? ''
  const nonce = query.get('nonce') ?? ''
  if (!/^\d{1,12}$/.test(timestamp) || !nonce) return false
  if (Math.abs(nowSeconds - Number(timestamp)) > MAX_SKEW_SECONDS) return false
  return same(pushSignature(settings.token, timestamp, nonce), query.get('signature'))
}

/** The echostr to answer WeChat's URL check (GET), or null when the signature is wrong. */
export function answerUrlCheck(settings: PushSettings, query: URLSearchParams, nowSeconds = Date.now() / 1000): string | null {
  return signedAndFresh(settings, query, nowSeconds) ? (query.get('echostr') ?? '') : null
}

function decrypt(settings: PushSettings & { aesKey: string }, encrypted: string): string | null {
  const key = Buffer.from(`${settings.aesKey}=`, 'base64')
  try {
    const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16))
    decipher.setAutoPadding(false) // WeChat pads PKCS#7 to 32-byte blocks, which Node's padding does not accept
    const padded = Buffer.concat([decipher.update(encrypted, 'base64'), decipher.final()])
    const pad = padded[padded.length - 1] ?? 0
    if (pad < 1 || pad > 32) return null
    const plain = padded.subarray(0, padded.length - pad)
    // 16 random bytes, the message length (4 bytes, big-endian), the message, the appid.
    const length = plain.readUInt32BE(16)
    const message = plain.subarray(20, 20 + length).toString('utf8')
    const appId = plain.subarray(20 + length).toString('utf8')
    return appId === settings.appId ? message : null
  } catch {
    return null
  }
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text)
    // A JSON object that is not an array has string keys only.
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null
  } catch {
    return null
  }
}

/** The pushed message, verified (and decrypted in safe mode); null when it is not WeChat's. */
export function openPushMessage(settings: PushSettings, query: URLSearchParams, body: string, nowSeconds = Date.now() / 1000): Record<string, unknown> | null {
  if (!signedAndFresh(settings, query, nowSeconds)) return null
  const envelope = parseObject(body)
  if (!envelope) return null
  if (!settings.aesKey) return envelope
  // Safe mode configured: a plaintext message is refused even when its signature is right.
  const encrypted = envelope.Encrypt
  if (typeof encrypted !== 'string') return null
  if (!same(pushSignature(settings.token, query.get('timestamp') ?? '', query.get('nonce') ?? '', encrypted), query.get('msg_signature'))) return null
  const message = decrypt({ ...settings, aesKey: settings.aesKey }, encrypted)
  return message === null ? null : parseObject(message)
}
