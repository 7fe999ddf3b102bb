import { describe, expect, it } from 'vitest'
import { meterAxis, participationText, percent, twoThirdsLineText } from '@/features/consult/participation'
import { tallyOptions } from '@/features/consult/results'

describe('the participation meter', () => {
  it('writes both axes and the two-thirds line', () => {
    expect(participationText({ households: 0.68, area: 0.7123 })).toBe('住户 68% / 面积 71.2%')
    expect(participationText({ households: 0.68, area: 0.71 })).toBe('住户 68% / 面积 71%')
    expect(twoThirdsLineText()).toBe('三分之二线 66.7%')
    expect(percent(0)).toBe('0%')
    expect(percent(1)).toBe('100%')
  })

  it('says in words whether an axis reached the line, exactly two thirds included', () => {
    expect(meterAxis('住户', 2 / 3)).toMatchObject({ reached: true, text: '住户 66.7%，已过三分之二线', width: '66.7%' })
    expect(meterAxis('面积', 0.66)).toMatchObject({ reached: false, text: '面积 66%，未到三分之二线' })
    expect(meterAxis('面积', 1.4).width).toBe('100%')
  })

  it('shares per option: of the votes cast, or of the households for 多选', () => {
    const options = [{ id: 'a', label: '东门', votes: 3 }, { id: 'b', label: '西门', votes: 1 }]
    expect(tallyOptions(options, 'SINGLE', ['a']).map((o) => [o.share, o.winner])).toEqual([[0.75, true], [0.25, false]])
    expect(tallyOptions(options, 'MULTIPLE', [], 3).map((o) => o.share)).toEqual([1, 1 / 3])
    expect(tallyOptions([{ id: 'a', label: '东门', votes: null }], 'SINGLE', [])[0]?.share).toBe(0)
  })
})
