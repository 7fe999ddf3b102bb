import sanitizeHtml from 'sanitize-html'
import { isId } from '../../lib/ids'
import { shortenText } from '../../lib/input-text'

// Rules for notice text that need no database: the HTML allow-list and the search terms.

// Images in a notice are our own uploads only, stored by id (`<img data-media-id="…">`; the
// editor may write `<img src="media:…">`): an image from anywhere else would be a tracking pixel
// that tells a third party who read the notice and when. Each reader gets signed links when the
// body is read, so no expiring URL is ever stored.
const MEDIA_SRC = /^media:(.+)$/i

function mediaIdOf(attribs: Record<string, string>): string | null {
  const id = attribs['data-media-id'] ?? MEDIA_SRC.exec(attribs.src ?? '')?.[1] ?? null
  return isId(id) ? id.toLowerCase() : null
}

const imageDimensions = (attribs: Record<string, string>) =>
  Object.fromEntries(['alt', 'width', 'height'].filter((k) => attribs[k] !== undefined).map((k) => [k, attribs[k] ?? '']))

const BLOCKS = ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'blockquote', 'img', 'span', 'hr']

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: BLOCKS,
  allowedAttributes: { img: ['data-media-id', 'alt', 'width', 'height'] },
  allowedSchemes: [],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    img: (tagName, attribs) => {
      const id = mediaIdOf(attribs)
      return { tagName, attribs: id ? { 'data-media-id': id, ...imageDimensions(attribs) } : {} }
    },
  },
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs['data-media-id'],
}

/** The notice body as stored: only the allow-listed markup survives, and images only as our media ids. */
export function sanitizeNoticeHtml(html: string): string {
  return sanitizeHtml(html, ALLOWED).trim()
}

/** The media ids of the images in a stored body, in order, each once. */
export function mediaIdsIn(storedHtml: string): string[] {
  const ids = new Set<string>()
  sanitizeHtml(storedHtml, {
    allowedTags: ['img'], // the filter is only asked about allowed tags
    allowedAttributes: { img: ['data-media-id'] },
    exclusiveFilter: (frame) => {
      const id = frame.tag === 'img' ? frame.attribs['data-media-id'] : undefined
      if (isId(id)) ids.add(id)
      return false
    },
  })
  return [...ids]
}

/** The stored body for one reader: each image gets the signed URL in `urls`; images without one are left out. */
export function renderNoticeHtml(storedHtml: string, urls: ReadonlyMap<string, string>): string {
  return sanitizeHtml(storedHtml, {
    allowedTags: BLOCKS,
    allowedAttributes: { img: ['src', 'alt', 'width', 'height'] },
    allowedSchemes: ['http', 'https'],
    allowProtocolRelative: false,
    transformTags: {
      img: (tagName, attribs) => {
        const url = urls.get(attribs['data-media-id'] ?? '')
        return { tagName, attribs: url ? { src: url, ...imageDimensions(attribs) } : {} }
      },
    },
    exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
  }).trim()
}

/** The body as plain text, whitespace collapsed: for summaries, share cards and search. */
export function plainText(html: string): string {
  return sanitizeHtml(html.replace(/<\/(p|h2|h3|h4|li|blockquote)>|<br\s*\/?>/gi, '$& '), { allowedTags: [], allowedAttributes: {} })
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim()
}

export function summarise(text: string, max = 80): string {
  return shortenText(text, max)
}

const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g

/**
 * The index terms of a text: every pair of adjacent Chinese characters (two-character words such as
 * 廉洁 and 安全 are then found by one indexed lookup). Latin text and single characters are matched
 * by the LIKE that follows the lookup.
 */
export function searchTerms(text: string): string[] {
  const terms = new Set<string>()
  for (const run of text.match(CJK_RUN) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) terms.add(run.slice(i, i + 2))
  }
  return [...terms]
}

/** The lowered text the LIKE runs on. */
export function searchableText(title: string, body: string): string {
  return `${title} ${body}`.toLowerCase()
}
