// The edit form writes a notice's body as plain paragraphs (one per line) so staff need no
// markup; the gateway stores HTML (sanitised there). These two functions turn one into the other.

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => escapes[ch])
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return named[entity.toLowerCase()] ?? whole
  })
}

/** The paragraphs of plain text: one per non-blank line, each trimmed. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
}

/** Plain text → `<p>` HTML: every non-blank line becomes one escaped paragraph. */
export function paragraphsToHtml(text: string): string {
  return paragraphsOf(text)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('')
}

/**
 * HTML → plain paragraphs, one per line: block ends and `<br>` end a paragraph, every other tag
 * is dropped, entities are decoded. paragraphsToHtml(htmlToParagraphs(html)) keeps the words.
 */
export function htmlToParagraphs(html: string): string {
  const withBreaks = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|blockquote|section|tr|ul|ol|table)\s*>/gi, '\n')
    .replace(/<(li)\b[^>]*>/gi, '\n')
  const text = decodeEntities(withBreaks.replace(/<[^>]*>/g, ''))
  return paragraphsOf(text.replace(/\u00a0/g, ' ')).join('\n')
}
