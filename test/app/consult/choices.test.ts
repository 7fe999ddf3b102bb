import { describe, expect, it } from 'vitest'
import { canCast, choiceLimit, toggleChoice } from '@/features/consult/choices'

describe('ballot choices', () => {
  it('replaces the choice for 单选 and 同意·反对·弃权', () => {
    expect(toggleChoice(['a'], 'b', { kind: 'SINGLE' })).toEqual({ selected: ['b'], full: false })
    expect(toggleChoice([], 'yes', { kind: 'YES_NO_ABSTAIN' })).toEqual({ selected: ['yes'], full: false })
    expect(choiceLimit({ kind: 'YES_NO_ABSTAIN', maxChoices: 3 })).toBe(1)
  })

  it('toggles up to k for 多选 and refuses one more', () => {
    const rule = { kind: 'MULTIPLE' as const, maxChoices: 2 }
    let s = toggleChoice([], 'a', rule).selected
    s = toggleChoice(s, 'b', rule).selected
    expect(s).toEqual(['a', 'b'])
    expect(toggleChoice(s, 'c', rule)).toEqual({ selected: ['a', 'b'], full: true })
    expect(toggleChoice(s, 'a', rule)).toEqual({ selected: ['b'], full: false })
  })

  it('casts with one to k options', () => {
    const rule = { kind: 'MULTIPLE' as const, maxChoices: 2 }
    expect(canCast([], rule)).toBe(false)
    expect(canCast(['a', 'b'], rule)).toBe(true)
    expect(canCast(['a', 'b', 'c'], rule)).toBe(false)
    expect(canCast(['a', 'b'], { kind: 'SINGLE' })).toBe(false)
  })
})
