import sharp from 'sharp'

// A lobby poster, A4 portrait at 150 dpi: the item's title, its time and place, its code (the
// mini-program code WeChat drew, or a QR of the H5 link) and what scanning it does. Drawn as SVG
// and turned into PNG by sharp (librsvg); Chinese needs a CJK font on the machine
// (fonts-noto-cjk or fonts-wqy-microhei, which .ci/run installs).

export const POSTER_WIDTH = 1240
export const POSTER_HEIGHT = 1754
const FONTS = "'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Noto Sans SC', sans-serif"

export interface PosterContent {
  /** What kind of item, above the title: 社区公告, 居民议事, 社区活动. */
  heading: string
  title: string
  /** Label and value pairs: 时间, 地点… */
  lines: Array<[string, string]>
  /** Under the code: what scanning it does. */
  caption: string
  footer: string
  /** The code's image: PNG or JPEG bytes, or an SVG document. */
  code: { png: Buffer } | { svg: string }
}

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] as string)

/** Width in em: Han and full-width characters 1, the rest about half. */
const widthOf = (ch: string) => (/[\u0000-\u00ff]/.test(ch) ? 0.55 : 1)

/** Breaks `text` into lines of at most `em` ems; past `maxLines` the last line ends with …. */
export function wrap(text: string, em: number, maxLines: number): string[] {
  const lines: string[] = []
  let line = ''
  let width = 0
  for (const ch of [...text.replace(/\s+/g, ' ').trim()]) {
    const w = widthOf(ch)
    if (width + w > em) {
      lines.push(line)
      line = ''
      width = 0
    }
    line += ch
    width += w
  }
  if (line) lines.push(line)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = `${[...kept[maxLines - 1]].slice(0, -1).join('')}…`
  return kept
}

const imageType = (bytes: Buffer) => (bytes[0] === 0xff && bytes[1] === 0xd8 ? 'image/jpeg' : 'image/png')

export function posterSvg(content: PosterContent): string {
  const W = POSTER_WIDTH
  const titleSize = 76
  const title = wrap(content.title, 14, 3)
  let y = 250
  const parts: string[] = [
    `<rect width="${W}" height="${POSTER_HEIGHT}" fill="#ffffff"/>`,
    `<rect width="${W}" height="150" fill="#b3261e"/>`,
    `<text x="${W / 2}" y="98" font-size="52" fill="#ffffff" text-anchor="middle" font-family="${FONTS}">${escapeXml(content.heading)}</text>`,
  ]
  for (const line of title) {
    y += titleSize + 22
    parts.push(`<text x="${W / 2}" y="${y}" font-size="${titleSize}" font-weight="bold" fill="#1a1a1a" text-anchor="middle" font-family="${FONTS}">${escapeXml(line)}</text>`)
  }
  y += 70
  for (const [label, value] of content.lines) {
    for (const [i, part] of wrap(value, 17, 2).entries()) {
      y += 62
      if (i === 0) parts.push(`<text x="130" y="${y}" font-size="44" fill="#7a7a7a" font-family="${FONTS}">${escapeXml(label)}</text>`)
      parts.push(`<text x="340" y="${y}" font-size="44" fill="#333333" font-family="${FONTS}">${escapeXml(part)}</text>`)
    }
  }
  const codeSize = 620
  const codeY = Math.max(y + 60, 860)
  const codeX = (W - codeSize) / 2
  const href = 'png' in content.code ? `data:${imageType(content.code.png)};base64,${content.code.png.toString('base64')}` : `data:image/svg+xml;base64,${Buffer.from(content.code.svg).toString('base64')}`
  parts.push(`<image x="${codeX}" y="${codeY}" width="${codeSize}" height="${codeSize}" href="${href}"/>`)
  parts.push(`<text x="${W / 2}" y="${codeY + codeSize + 70}" font-size="46" fill="#1a1a1a" text-anchor="middle" font-family="${FONTS}">${escapeXml(content.caption)}</text>`)
  parts.push(`<text x="${W / 2}" y="${POSTER_HEIGHT - 70}" font-size="34" fill="#7a7a7a" text-anchor="middle" font-family="${FONTS}">${escapeXml(content.footer)}</text>`)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${POSTER_HEIGHT}" viewBox="0 0 ${W} ${POSTER_HEIGHT}">${parts.join('')}</svg>`
}

export async function renderPoster(content: PosterContent): Promise<Buffer> {
  return sharp(Buffer.from(posterSvg(content))).png({ compressionLevel: 9 }).toBuffer()
}
