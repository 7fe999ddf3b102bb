import zlib from 'node:zlib'
import sharp from 'sharp'

// Real image files made in the test: crafted PNG chunks for what no camera makes (a header that
// lies, a bitmap that inflates from kilobytes to tens of megabytes) and sharp for real photos.

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff
  for (const byte of bytes) {
    crc ^= byte
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(typed))
  return Buffer.concat([length, typed, crc])
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** A PNG whose IHDR declares `width`×`height` (8-bit; colour type 2 RGB or 6 RGBA) around the given image data. */
export function craftedPng(width: number, height: number, colourType: 2 | 6, idat: Buffer): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8 // bits per sample
  ihdr[9] = colourType
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))])
}

/** A one-colour PNG that is complete and valid: every row is filter 0 and zero samples, so it deflates ~1000:1. */
export function solidPng(width: number, height: number, colourType: 2 | 6): Buffer {
  const rowBytes = 1 + width * (colourType === 6 ? 4 : 3)
  return craftedPng(width, height, colourType, zlib.deflateSync(Buffer.alloc(rowBytes * height), { level: 9 }))
}

/** A photo-like JPEG (noise, so it does not compress to nothing) with the EXIF a phone writes: GPS, camera, orientation. */
export async function phonePhoto(width: number, height: number, orientation = 1): Promise<Buffer> {
  const noise = await sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).raw().toBuffer()
  return sharp(noise, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 80 })
    .withMetadata({ orientation })
    .withExif({
      IFD0: { Make: 'LinliPhone', Model: 'Test 1', ImageDescription: 'home-of-resident-3' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '37/1 51/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '113/1 34/1 12/1' },
    })
    .toBuffer()
}

/** A small real image of one colour in the given format. */
export function plainImage(format: 'jpeg' | 'png' | 'webp', width = 16, height = 16, alpha = false): Promise<Buffer> {
  const background = alpha ? { r: 200, g: 40, b: 40, alpha: 0.5 } : { r: 40, g: 120, b: 200, alpha: 1 }
  return sharp({ create: { width, height, channels: alpha ? 4 : 3, background } }).toFormat(format).toBuffer()
}

/** Whether EXIF bytes hold a GPS IFD pointer (tag 0x8825), in either byte order. */
export function hasGpsPointer(exif: Buffer | undefined): boolean {
  if (!exif) return false
  return exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]))
}

export interface Uploaded { status: number; body: { id?: string; mime?: string; sizeBytes?: number; error?: { code: string; message: string } } }

/** POST /media as Taro.uploadFile does it: multipart, field `file`. */
export async function uploadFile(gatewayUrl: string, bytes: Buffer, token: string | null, name = 'photo.jpg', type = 'image/jpeg'): Promise<Uploaded> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  const res = await fetch(`${gatewayUrl}/media`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} })
  return { status: res.status, body: (await res.json()) as Uploaded['body'] }
}
