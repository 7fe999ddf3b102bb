import { describe, expect, it } from 'vitest'
import { emptyIssueDraft, type IssueDraft } from '@/features/issues/draft'
import { barPercent, formatHours, formatShare, medianBars, resolvedBars } from '@/features/issues/figures'
import { appendPage } from '@/features/issues/paging'
import { toRaiseInput, validateRaiseForm } from '@/features/issues/raise-form'
import { ratingError, requiredNoteError } from '@/features/issues/rating'

const ready: IssueDraft = { ...emptyIssueDraft('b-1'), category: 'LIGHTING', title: ' 路灯不亮 ', description: '3单元门口', spot: '  ' }

describe('the raise form', () => {
  it('says what is missing, field by field', () => {
    expect(validateRaiseForm(emptyIssueDraft())).toEqual({ category: '请选择问题分类', title: '请填写标题', description: '请描述一下问题', building: '请选择楼栋' })
    expect(validateRaiseForm(ready)).toEqual({})
    expect(validateRaiseForm({ ...ready, description: '字'.repeat(2001) }).description).toBe('不能超过 2000 个字')
    expect(validateRaiseForm({ ...ready, title: '题'.repeat(41) }).title).toBe('不能超过 40 个字')
  })

  it('counts an emoji as one character, as the gateway does', () => {
    expect(validateRaiseForm({ ...ready, title: '💡'.repeat(40) })).toEqual({})
    expect(validateRaiseForm({ ...ready, title: '💡'.repeat(41) }).title).toBe('不能超过 40 个字')
    expect(validateRaiseForm({ ...ready, description: '🚧'.repeat(2000) })).toEqual({})
    expect(ratingError(5, '👍'.repeat(200))).toBeNull()
  })

  it('sends trimmed text, the photo ids, and a point only when both coordinates are there', () => {
    expect(toRaiseInput({ ...ready, photos: [{ id: 'm-1', preview: 'x' }] })).toEqual({ category: 'LIGHTING', title: '路灯不亮', description: '3单元门口', buildingId: 'b-1', isPublic: true, photoIds: ['m-1'] })
    expect(toRaiseInput({ ...ready, latitude: 37.8, longitude: 113.5 })).toMatchObject({ latitude: 37.8, longitude: 113.5 })
    // Staff reporting for a resident who phoned: the name goes with the report, trimmed; blank means none.
    expect(toRaiseInput({ ...ready, onBehalfName: ' 王大爷 ' })).toMatchObject({ onBehalfName: '王大爷' })
    expect(toRaiseInput({ ...ready, onBehalfName: '  ' })).not.toHaveProperty('onBehalfName')
    expect(validateRaiseForm({ ...ready, onBehalfName: '王'.repeat(21) }).onBehalfName).toBeDefined()
    expect(toRaiseInput({ ...ready, title: '' })).toBeNull()
  })
})

describe('rating and notes', () => {
  it('accepts 1–5 whole stars and a comment of at most 200 characters', () => {
    expect(ratingError(null, '')).toBe('请点星星打分（1 到 5 星）')
    expect(ratingError(0, '')).not.toBeNull()
    expect(ratingError(6, '')).not.toBeNull()
    expect(ratingError(3.5, '')).not.toBeNull()
    expect(ratingError(1, '')).toBeNull()
    expect(ratingError(5, '谢谢网格员')).toBeNull()
    expect(ratingError(5, '好'.repeat(201))).toBe('评价不能超过 200 个字')
  })

  it('requires a reason or result, of at most 500 characters', () => {
    expect(requiredNoteError('  ', 'issues.reopen.error.reason')).toBe('请说明哪里还没解决')
    expect(requiredNoteError('', 'issues.handle.error.note')).toBe('请写下处理结果')
    expect(requiredNoteError('已更换灯泡', 'issues.handle.error.note')).toBeNull()
    expect(requiredNoteError('字'.repeat(501), 'issues.handle.error.reason')).toBe('不能超过 500 个字')
  })
})

describe('figures as bars', () => {
  it('sizes bars against the largest, keeps a sliver for small ones, and 0 at 0', () => {
    expect(barPercent(5, 10)).toBe(50)
    expect(barPercent(1, 1000)).toBe(2)
    expect(barPercent(0, 10)).toBe(0)
    expect(barPercent(3, 0)).toBe(0)
  })

  it('writes every number beside its bar, most resolved first, quickest first', () => {
    const byCategory = [
      { category: 'LIGHTING' as const, resolvedCount: 4, medianHoursToResolve: 30 },
      { category: 'SANITATION' as const, resolvedCount: 8, medianHoursToResolve: 6.25 },
      { category: 'DISPUTE' as const, resolvedCount: 0, medianHoursToResolve: null },
    ]
    expect(resolvedBars(byCategory)).toEqual([
      { key: 'SANITATION', label: '环境卫生', percent: 100, valueText: '8 件' },
      { key: 'LIGHTING', label: '路灯照明', percent: 50, valueText: '4 件' },
    ])
    expect(medianBars(byCategory).map((b) => [b.label, b.valueText, b.percent])).toEqual([
      ['环境卫生', '6.3 小时', 21],
      ['路灯照明', '30 小时', 100],
    ])
    expect(formatHours(72)).toBe('3 天')
    expect(formatHours(null)).toBe('暂无')
    expect(formatHours(0.02)).toBe('不到 1 小时')
    expect(formatShare(0.873)).toBe('87%')
  })
})

describe('paging', () => {
  it('appends the next page without repeating a row already shown', () => {
    const page = (cursors: string[], hasNextPage: boolean) => ({ edges: cursors.map((cursor) => ({ cursor })), pageInfo: { hasNextPage, endCursor: cursors.at(-1) ?? null } })
    expect(appendPage(page(['a', 'b'], true), page(['b', 'c'], false))).toEqual(page(['a', 'b', 'c'], false))
  })
})
