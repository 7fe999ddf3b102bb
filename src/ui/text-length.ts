/**
 * Characters in `text` as a person counts them, and as the gateway does: an emoji is one, not the
 * two UTF-16 units `.length` gives. Every counter and length check in the app uses this.
 */
export function textLength(text: string): number {
  return Array.from(text).length
}
