// Text limits count code points, the gateway's rule: an emoji or a rare 汉字 outside the BMP is one
// character to the person typing it, though two UTF-16 units to JavaScript.

/** How many characters a person sees in `text`. */
export const textLength = (text: string): number => [...text].length

/**
 * The native maxlength (UTF-16 units) for a limit in code points: twice it, so the native input never
 * cuts text the limit allows; going past the limit is then said in words, not done silently.
 */
export const nativeCap = (max: number): number => max * 2
