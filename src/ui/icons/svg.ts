// Icons drawn for Linli as line art on a 24 × 24 grid: each is a list of SVG path `d` strings,
// stroked in one colour. They become `data:image/svg+xml;base64,` URIs, which Taro's <Image>
// shows in H5 and in the weapp alike (WeChat's image takes SVG data URIs; the base64 form is the
// one every WeChat version reads). WeChat has no btoa, so the encoding is done here.

export type IconPaths = readonly string[]

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Base64 of an ASCII string (the icons' SVG text is ASCII only). */
export function base64Ascii(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i += 3) {
    const a = text.charCodeAt(i)
    const b = i + 1 < text.length ? text.charCodeAt(i + 1) : -1
    const c = i + 2 < text.length ? text.charCodeAt(i + 2) : -1
    const n = (a << 16) | ((b < 0 ? 0 : b) << 8) | (c < 0 ? 0 : c)
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63] + (b < 0 ? '=' : ALPHABET[(n >> 6) & 63]) + (c < 0 ? '=' : ALPHABET[n & 63])
  }
  return out
}

/** The SVG text of an icon in a colour (`#rrggbb`); `fill` paths start with `F` and are filled instead of stroked. */
export function iconSvg(paths: IconPaths, color: string): string {
  const body = paths
    .map((d) => (d.startsWith('F') ? `<path d="${d.slice(1)}" fill="${color}"/>` : `<path d="${d}"/>`))
    .join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="${color}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`
}

const cache = new Map<string, string>()

/** A data URI for <Image src>, memoised per icon and colour. */
export function iconUri(paths: IconPaths, color: string): string {
  const key = `${color}${paths.join('|')}`
  const found = cache.get(key)
  if (found) return found
  const uri = `data:image/svg+xml;base64,${base64Ascii(iconSvg(paths, color))}`
  cache.set(key, uri)
  return uri
}
