import { describe, expect, it } from 'vitest'
import { cutText, shortenText, textLength, textProblem, withoutZeroWidth } from '../../gateway/lib/input-text'

describe('text as people count it', () => {
  it('counts code points: an emoji is one character, a lone surrogate half one too', () => {
    expect(textLength('')).toBe(0)
    expect(textLength('路灯')).toBe(2)
    expect(textLength('👍好')).toBe(2)
    expect(textLength('\ud83d')).toBe(1)
    expect(textLength('𠮷野家')).toBe(3) // a CJK Extension B character is a surrogate pair too
  })

  it('cuts and shortens without splitting a surrogate pair', () => {
    expect(cutText('一二三🎉四', 4)).toBe('一二三🎉')
    expect(cutText('🎉🎉🎉', 2)).toBe('🎉🎉')
    expect(cutText('短', 20)).toBe('短')
    expect(shortenText('🎉'.repeat(10), 5)).toBe('🎉🎉🎉🎉…')
    expect(shortenText('🎉'.repeat(5), 5)).toBe('🎉'.repeat(5))
  })

  it('finds control, bidi and broken characters; tab, newline and carriage return are fine', () => {
    expect(textProblem('第一行\n第二行\r\n\t缩进')).toBeNull()
    for (const c of ['\u0000', '\u0001', '\u000b', '\u001f', '\u007f', '\u0085', '\u009f']) expect(textProblem(`a${c}b`)).toBe('control')
    for (const c of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']) expect(textProblem(`a${c}b`)).toBe('bidi')
    expect(textProblem('a\ud800b')).toBe('encoding')
    expect(textProblem('a\udfffb')).toBe('encoding')
    expect(textProblem('👨‍👩‍👧')).toBeNull()
  })

  it('strips zero-width characters but keeps the joiner inside an emoji sequence', () => {
    expect(withoutZeroWidth('路\u200b灯\u200c坏\u2060了\ufeff')).toBe('路灯坏了')
    expect(withoutZeroWidth('路\u200d灯')).toBe('路灯')
    expect(withoutZeroWidth('👨‍👩‍👧')).toBe('👨‍👩‍👧')
    expect(withoutZeroWidth('👍🏽\u200d♂\ufe0f')).toBe('👍🏽\u200d♂\ufe0f') // a skin tone before the joiner
    expect(withoutZeroWidth('🎉\u200d')).toBe('🎉')
  })
})
