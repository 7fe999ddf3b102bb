export type ImageMime = 'image/jpeg' | 'image/png' | 'image/webp'

/** The image type the bytes really are (by signature, never by name or header); null for anything else. */
export function detectImageType(bytes: Uint8Array): ImageMime | null {
  const starts = (sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b)
  if (bytes.length >= 3 && starts([0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (bytes.length >= 8 && starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  // RIFF....WEBP
  if (bytes.length >= 12 && starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp'
  return null
}

export const EXTENSION: Record<ImageMime, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' }
