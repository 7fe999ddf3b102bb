import type { CSSProperties } from 'react'
import { px, type Tokens } from './tokens'

// What every text field and text area shares: the box a person types into, and the name a screen
// reader speaks for it.

/** Border width of a text box: thicker with an error (the error is said in words as well). */
function borderWidth(error: boolean | undefined): number {
  return error ? 2 : 1
}

/**
 * The box of a text field (one line) or text area (`lines` > 1), sized from the tokens. One line is
 * the tap target tall *inside* its border, so the native field a finger lands on (Taro's H5 draws
 * an <input> inside the box) is itself the full target: 60 px in elder mode, not 58.
 */
export function textBoxStyle(tokens: Tokens, options: { error?: boolean; lines?: number } = {}): CSSProperties {
  const border = borderWidth(options.error)
  const lines = options.lines ?? 1
  const frame: CSSProperties = {
    boxSizing: 'border-box',
    width: '100%',
    fontSize: px(tokens.font.body),
    borderRadius: px(tokens.radius),
    border: `${border}px solid ${options.error ? tokens.color.danger : tokens.color.border}`,
    backgroundColor: tokens.color.surface,
    color: tokens.color.text,
  }
  if (lines === 1) return { ...frame, height: px(tokens.tapTarget + 2 * border), padding: `0 ${px(tokens.space.md)}` }
  // A text area: room for its lines at least, and never less than the tap target. In H5 the native
  // <textarea> inherits this min-height (src/h5.css), so the box grows by its padding and border.
  const room = Math.max(tokens.tapTarget, Math.ceil(lines * tokens.font.body * tokens.lineHeight))
  return { ...frame, minHeight: px(room), padding: px(tokens.space.md), lineHeight: tokens.lineHeight }
}

/**
 * The name a screen reader speaks for a field: on the component (the weapp reads aria-label there)
 * and on the native control inside it in H5, where Taro keeps a wrapper's attributes on the wrapper
 * and the <input>/<textarea>/<switch> a reader lands on would otherwise be nameless.
 */
export function spokenLabel(label: string): { 'aria-label': string; ariaLabel: string; nativeProps: Record<string, string> } {
  return { 'aria-label': label, ariaLabel: label, nativeProps: { 'aria-label': label } }
}
