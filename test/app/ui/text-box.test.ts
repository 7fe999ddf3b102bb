import { describe, expect, it } from 'vitest'
import { elderTokens, normalTokens } from '@/ui/tokens'
import { spokenLabel, textBoxStyle } from '@/ui/text-box'

// The box a person types into: the native field inside its border is the whole tap target (the
// elder walk in Chromium measures it on every page); a text area is never shorter than the target.

describe('textBoxStyle', () => {
  for (const tokens of [normalTokens, elderTokens]) {
    it(`gives a one-line field the full ${tokens.tapTarget} px inside its border (${tokens.mode})`, () => {
      for (const error of [false, true]) {
        const style = textBoxStyle(tokens, { error })
        const border = Number(/^(\d+)px/.exec(String(style.border))![1])
        expect(style.boxSizing).toBe('border-box')
        expect(parseFloat(String(style.height)) - 2 * border).toBe(tokens.tapTarget)
        expect(style.fontSize).toBe(`${tokens.font.body}px`)
      }
    })
    it(`gives a text area room for its lines, never less than the target (${tokens.mode})`, () => {
      expect(parseFloat(String(textBoxStyle(tokens, { lines: 1.5 }).minHeight))).toBeGreaterThanOrEqual(tokens.tapTarget)
      expect(parseFloat(String(textBoxStyle(tokens, { lines: 4 }).minHeight))).toBe(Math.ceil(4 * tokens.font.body * tokens.lineHeight))
    })
  }
})

describe('spokenLabel', () => {
  it('names the component and, for H5, the native control inside it', () => {
    expect(spokenLabel('标题')).toEqual({ 'aria-label': '标题', ariaLabel: '标题', nativeProps: { 'aria-label': '标题' } })
  })
})
