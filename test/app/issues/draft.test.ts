import Taro from '@tarojs/taro'
import { beforeEach, describe, expect, it } from 'vitest'
import { ISSUE_DRAFT_KEY, clearIssueDraft, draftHasContent, emptyIssueDraft, loadIssueDraft, parseIssueDraft, saveIssueDraft, type IssueDraft } from '@/features/issues/draft'

const written: IssueDraft = {
  ...emptyIssueDraft('b-1'),
  category: 'LIGHTING',
  title: '3单元门口路灯不亮',
  description: '晚上很黑，老人出门不方便',
  spot: '3单元门口',
  latitude: 37.857,
  longitude: 113.566,
  pointName: '众望小区3单元',
  isPublic: false,
  photos: [{ id: 'm-1', preview: 'blob:photo-1' }],
}

beforeEach(() => Taro.clearStorageSync())

describe('the raise form draft', () => {
  it('survives leaving the page: every field and the uploaded photo ids come back', () => {
    saveIssueDraft(written)
    expect(loadIssueDraft()).toEqual(written)
  })

  it('is gone once cleared after submitting', () => {
    saveIssueDraft(written)
    clearIssueDraft()
    expect(loadIssueDraft()).toBeNull()
  })

  it('ignores a stored value of another shape instead of breaking the form', () => {
    Taro.setStorageSync(ISSUE_DRAFT_KEY, { ...written, category: 'STREETLIGHT' })
    expect(loadIssueDraft()).toBeNull()
    expect(parseIssueDraft({ ...written, photos: [{ id: 3 }] })).toBeNull()
    expect(parseIssueDraft({ ...written, latitude: 'north' })).toBeNull()
    expect(parseIssueDraft('text')).toBeNull()
    expect(parseIssueDraft({ ...written, category: null })).toEqual({ ...written, category: null })
  })

  it('counts as worth keeping only once something is written or chosen', () => {
    expect(draftHasContent(emptyIssueDraft('b-1'))).toBe(false)
    expect(draftHasContent({ ...emptyIssueDraft(), title: '  ' })).toBe(false)
    expect(draftHasContent({ ...emptyIssueDraft(), category: 'OTHER' })).toBe(true)
    expect(draftHasContent({ ...emptyIssueDraft(), photos: [{ id: 'm', preview: 'p' }] })).toBe(true)
  })
})
