import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { COVER_ART } from '../gateway/db/seed/cover-art'

// Renders the demo's cover pictures (gateway/db/seed/cover-art.ts) to the JPEGs the seed ships.
const dir = path.join(__dirname, '..', 'gateway', 'db', 'seed', 'covers')
fs.mkdirSync(dir, { recursive: true })
async function main() {
  for (const [key, svg] of Object.entries(COVER_ART)) {
  const jpeg = await sharp(Buffer.from(svg)).jpeg({ quality: 80, mozjpeg: true, chromaSubsampling: '4:2:0' }).toBuffer()
  fs.writeFileSync(path.join(dir, `${key}.jpg`), jpeg)
  console.log(`${key}.jpg ${jpeg.length} bytes`)
  }
}
void main()
