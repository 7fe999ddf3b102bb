import { describe, expect, it } from 'vitest'
import { contrastRatio, relativeLuminance } from '@/ui/contrast'
import { elderTokens, normalTokens, textColorPairs, tokensFor } from '@/ui/tokens'

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#fff', '#fff')).toBeCloseTo(1, 5)
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5)
  })

  it('does not depend on which colour is the text', () => {
    expect(contrastRatio('#b3261e', '#ffffff')).toBe(contrastRatio('#ffffff', '#b3261e'))
  })

  it('refuses what is not a hex colour', () => {
    expect(() => relativeLuminance('red')).toThrow(/not a hex colour/)
  })
})

describe('elder tokens (长辈模式)', () => {
  it('body text at least 18 px (= pt on the phone) and line spacing at least 1.3', () => {
    expect(elderTokens.font.body).toBeGreaterThanOrEqual(18)
    expect(Math.min(...Object.values(elderTokens.font))).toBeGreaterThanOrEqual(18)
    expect(elderTokens.lineHeight).toBeGreaterThanOrEqual(1.3)
  })

  it('tap targets at least 60×60 and one column', () => {
    expect(elderTokens.tapTarget).toBeGreaterThanOrEqual(60)
    expect(elderTokens.columns).toBe(1)
    expect(elderTokens.labelStatusInWords).toBe(true)
  })

  it.each(textColorPairs.map(([fg, bg]) => [fg, bg] as const))('%s on %s reaches 4.5:1', (fg, bg) => {
    expect(contrastRatio(elderTokens.color[fg], elderTokens.color[bg])).toBeGreaterThanOrEqual(4.5)
  })

  it('is never smaller than normal mode', () => {
    for (const key of Object.keys(normalTokens.font) as Array<keyof typeof normalTokens.font>) {
      expect(elderTokens.font[key]).toBeGreaterThan(normalTokens.font[key])
    }
    expect(elderTokens.tapTarget).toBeGreaterThan(normalTokens.tapTarget)
  })
})

describe('normal tokens', () => {
  it.each(textColorPairs.map(([fg, bg]) => [fg, bg] as const))('%s on %s reaches 4.5:1 as well', (fg, bg) => {
    expect(contrastRatio(normalTokens.color[fg], normalTokens.color[bg])).toBeGreaterThanOrEqual(4.5)
  })

  it('tokensFor picks the set', () => {
    expect(tokensFor(true)).toBe(elderTokens)
    expect(tokensFor(false)).toBe(normalTokens)
  })
})
