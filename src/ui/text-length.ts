/**
 * Characters in `text` as a person counts them, and as the gateway does: an emoji is one, not the
 * two UTF-16 units `.length` gives. Every counter and length check in the app uses this.
 */
export function textLength(text: string): number {
  return Array.from(text).length
}

/**
 * The native maxlength (UTF-16 units) for a limit in characters: twice it, so the native input never
 * cuts text the limit allows; going past the limit is then said in words, not done silently.
 */
export const nativeCap = (max: number): number => max * 2
