import { createHmac, timingSafeEqual } from 'node:crypto'

function signature(secret: string, id: string, expires: number): string {
  return createHmac('sha256', secret).update(`${id}.${expires}`).digest('base64url')
}

/** A path that serves media `id` until `expires` (unix seconds): a mini-program <Image> cannot send headers. */
export function signedMediaPath(secret: string, id: string, expires: number): string {
  return `/media/${id}?exp=${expires}&sig=${signature(secret, id, expires)}`
}

export type SignatureCheck = 'valid' | 'expired' | 'invalid'

export function checkMediaSignature(secret: string, id: string, exp: string | null, sig: string | null, nowSeconds = Date.now() / 1000): SignatureCheck {
  const expires = Number(exp)
  if (!exp || !sig || !Number.isInteger(expires)) return 'invalid'
  const expected = Buffer.from(signature(secret, id, expires))
  const given = Buffer.from(sig)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid'
  return expires < nowSeconds ? 'expired' : 'valid'
}
