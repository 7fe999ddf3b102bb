import sharp, { type Metadata } from 'sharp'
import { detectImageType, type ImageMime } from './image-type'

// Every upload is decoded and written again, so what neighbours download is a fresh file the
// gateway made: no EXIF (GPS included), no trailing payloads, never larger than the configured
// edge. Size is judged from the header before any pixel is decoded, so a file that declares or
// inflates to a huge bitmap costs nothing.

export interface ImageLimits {
  /** Largest width × height accepted. */
  maxInputPixels: number
  /** Largest decoded bitmap accepted (width × height × channels × bytes per channel). */
  maxDecodedBytes: number
  /** The longer side of the stored copy, at most. */
  maxEdgePx: number
}

export interface ReencodedImage {
  bytes: Buffer
  mime: ImageMime
  width: number
  height: number
}

/** Why an image was refused, in words a resident can act on; `status` is the HTTP answer. */
export class ImageRefused extends Error {
  constructor(readonly status: number, message: string) {
    super(message)
  }
}

const SHARP_FORMAT: Record<ImageMime, string> = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp' }

const BYTES_PER_SAMPLE: Record<string, number> = { uchar: 1, char: 1, ushort: 2, short: 2, uint: 4, int: 4, float: 4, complex: 8, double: 8, dpcomplex: 16 }

const megapixels = (n: number) => (n / 1_000_000).toFixed(1)

/**
 * Decoding holds the whole bitmap (up to MEDIA_MAX_DECODED_BYTES each), so only a few run at once
 * and the rest wait their turn: many uploads together cost time, never the machine's memory.
 */
const AT_ONCE = 2
let running = 0
const waiting: (() => void)[] = []

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve))
  else running++
  try {
    return await work()
  } finally {
    // Hand the slot straight to the next in line, or free it.
    const next = waiting.shift()
    if (next) next()
    else running--
  }
}

/** Decodes, orients, shrinks and re-encodes an upload; throws ImageRefused for anything that is not a safe JPEG, PNG or WebP. */
export async function reencodeImage(input: Uint8Array, limits: ImageLimits): Promise<ReencodedImage> {
  const sniffed = detectImageType(input)
  if (!sniffed) throw new ImageRefused(415, '这个文件不是图片:文件内容不是 JPEG、PNG 或 WebP(与文件名无关),请换一张照片')
  let meta: Metadata
  try {
    // Only the header is read here; the limit is applied below with a message that names the size.
    meta = await sharp(input, { limitInputPixels: false }).metadata()
  } catch {
    throw new ImageRefused(400, '图片已损坏,无法读取,请重新拍摄或选择')
  }
  if (meta.format !== SHARP_FORMAT[sniffed]) throw new ImageRefused(415, '图片格式与内容不符,请换一张照片')
  const width = meta.width ?? 0
  const height = meta.height ?? 0
  if (width < 1 || height < 1) throw new ImageRefused(400, '图片已损坏,无法读取,请重新拍摄或选择')
  const pixels = width * height
  if (pixels > limits.maxInputPixels) {
    throw new ImageRefused(413, `图片尺寸太大(${width}×${height},约 ${megapixels(pixels)} 百万像素),最多 ${megapixels(limits.maxInputPixels)} 百万像素,请缩小后再上传`)
  }
  const decoded = pixels * (meta.channels ?? 4) * (BYTES_PER_SAMPLE[meta.depth ?? 'uchar'] ?? 1)
  if (decoded > limits.maxDecodedBytes) {
    throw new ImageRefused(413, `图片解码后太大(约 ${Math.ceil(decoded / 1024 / 1024)} MB),最多 ${Math.floor(limits.maxDecodedBytes / 1024 / 1024)} MB,请缩小后再上传`)
  }
  // Alpha needs a format that keeps it; everything else becomes a JPEG, which every WeChat client shows
  // (libjpeg-turbo: mozjpeg saves ~15% but costs 20–30 times the CPU per photo).
  const keepsAlpha = meta.hasAlpha === true
  // limitInputPixels makes the decoder itself refuse what the header check might miss.
  const pipeline = sharp(input, { limitInputPixels: limits.maxInputPixels, failOn: 'error', animated: false })
    .autoOrient()
    .resize({ width: limits.maxEdgePx, height: limits.maxEdgePx, fit: 'inside', withoutEnlargement: true })
  const encoded = keepsAlpha ? pipeline.png({ compressionLevel: 6 }) : pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 82 })
  try {
    // sharp writes no metadata unless asked (keepMetadata/withExif), so EXIF, XMP and ICC are gone.
    const { data, info } = await inTurn(() => encoded.toBuffer({ resolveWithObject: true }))
    return { bytes: data, mime: keepsAlpha ? 'image/png' : 'image/jpeg', width: info.width, height: info.height }
  } catch {
    throw new ImageRefused(400, '图片已损坏,无法读取,请重新拍摄或选择')
  }
}
