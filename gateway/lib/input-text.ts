// The gateway's one idea of "how long is this text" and "what may a text contain". Lengths are
// counted in characters as a person sees them (Unicode code points), so an emoji counts once,
// not as the two UTF-16 units JavaScript's `.length` gives; cuts never split a surrogate pair.

/** Characters (code points) in `text`: "👍好" is 2. */
export function textLength(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    // A high surrogate followed by a low one is one character: skip the low half.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
    }
    n++
  }
  return n
}

/** The first `max` characters of `text`, never cutting an emoji in half. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text
  return Array.from(text).slice(0, max).join('')
}

/** `text` cut to `max` characters with an ellipsis when it was longer. */
export function shortenText(text: string, max: number): string {
  return textLength(text) <= max ? text : `${cutText(text, max - 1)}…`
}

// Refused: C0 controls but tab, newline and carriage return; DEL; C1 controls. PostgreSQL cannot
// store NUL at all while SQLite can, so refusing it everywhere keeps the engines alike.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/
// Refused: bidirectional embeddings, overrides and isolates, which make text display in another
// order than it is stored ("‮gpj.exe" spoofing); Chinese text never needs them.
const BIDI = /[\u202A-\u202E\u2066-\u2069]/
// Refused: a lone surrogate half is not a character; the database would store U+FFFD instead.
const LONE_SURROGATE = /\p{Cs}/u
// Stripped: invisible zero-width characters (a title that looks like another one, a name with a
// hidden mark). The zero-width joiner stays inside an emoji sequence (👨‍👩‍👧), where it is meaningful.
const ZERO_WIDTH = /[\u200B\u200C\u2060\uFEFF]|(?<!\p{Extended_Pictographic}[\u{1F3FB}-\u{1F3FF}\uFE0F]?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu

export type TextProblem = 'control' | 'bidi' | 'encoding'

/** What makes `text` unacceptable as input, if anything. */
export function textProblem(text: string): TextProblem | null {
  if (CONTROL.test(text)) return 'control'
  if (BIDI.test(text)) return 'bidi'
  if (LONE_SURROGATE.test(text)) return 'encoding'
  return null
}

/** `text` without invisible zero-width characters (joiners inside emoji kept). */
export function withoutZeroWidth(text: string): string {
  return text.replace(ZERO_WIDTH, '')
}
