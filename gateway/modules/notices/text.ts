import sanitizeHtml from 'sanitize-html'
import { shortenText } from '../../lib/input-text'

// Rules for notice text that need no database: the HTML allow-list and the search terms.

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'blockquote', 'img', 'span', 'hr'],
  allowedAttributes: { img: ['src', 'alt', 'width', 'height'] },
  allowedSchemes: ['https'],
  allowedSchemesAppliedToAttributes: ['src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
}

/** The notice body as stored and served: only the allow-listed markup survives (RichText renders it). */
export function sanitizeNoticeHtml(html: string): string {
  return sanitizeHtml(html, ALLOWED).trim()
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
