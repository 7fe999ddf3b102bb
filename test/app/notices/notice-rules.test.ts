import { describe, expect, it } from 'vitest'
import { toPickerDate, formatFull, endOfBeijingDay } from '@/lib/beijing-time'
import { emptyDraft, parseDraft } from '@/features/notices/draft'
import { draftFromNotice, draftProblem, publishInput, updateInput } from '@/features/notices/notice-input'
import { noticeDetailPath, noticesListPath, signInPath } from '@/features/notices/routes'
import { canPublishNotices, publishScope, type PublisherRole } from '@/features/notices/staff'

const dongyingpan = { id: 'c1', name: '东营盘社区' }
const role = (r: PublisherRole['role'], scopeKind: PublisherRole['scopeKind'], scopeId: string): PublisherRole => ({
  role: r,
  scopeKind,
  scopeId,
  community: dongyingpan,
})

describe('dates in Beijing time', () => {
  it('formats an instant as Asia/Shanghai', () => {
    expect(formatFull('2026-01-05T17:30:00.000Z')).toBe('2026年1月6日 01:30')
  })

  it('turns a picked day into the end of that day in Beijing, and back', () => {
    expect(endOfBeijingDay('2026-03-01')).toBe('2026-03-01T15:59:59.000Z')
    expect(toPickerDate('2026-03-01T15:59:59.000Z')).toBe('2026-03-01')
    expect(endOfBeijingDay('tomorrow')).toBeNull()
  })
})

describe('who may publish where', () => {
  it('admins address the whole community; stewards only their compound; grid workers nothing', () => {
    expect(publishScope([role('ADMIN', 'COMMUNITY', 'c1')])).toEqual({
      communityId: 'c1',
      communityName: '东营盘社区',
      wholeCommunity: true,
      compoundIds: null,
    })
    expect(publishScope([role('STEWARD', 'COMPOUND', 'zw')])).toMatchObject({ wholeCommunity: false, compoundIds: ['zw'] })
    expect(publishScope([role('GRID_WORKER', 'GRID', 'g1')])).toBeNull()
    expect(canPublishNotices([role('GRID_WORKER', 'GRID', 'g1')])).toBe(false)
    expect(canPublishNotices([role('COMMITTEE', 'COMPOUND', 'zw')])).toBe(true)
  })
})

describe('draft ⇄ gateway input', () => {
  const notice = {
    title: '廉洁文化进小区',
    category: 'INTEGRITY_CULTURE' as const,
    body: '<p>财务公开</p><p>请查看</p>',
    pinned: true,
    requiresAck: true,
    expiresAt: null,
    compound: { id: 'zw' },
    cover: { url: 'https://gw/media/m1?sig=x' },
  }

  it('starts editing from the notice, keeping its cover unless replaced', () => {
    const draft = draftFromNotice(notice)
    expect(draft).toMatchObject({ paragraphs: '财务公开\n请查看', compoundId: 'zw', coverId: null, coverPreview: notice.cover.url })
    expect(updateInput(draft)).not.toHaveProperty('coverId')
    expect(updateInput({ ...draft, coverId: 'm2' })).toMatchObject({ coverId: 'm2', body: '<p>财务公开</p><p>请查看</p>' })
  })

  it('builds the publish input with HTML paragraphs and a trimmed title', () => {
    const draft = { ...emptyDraft('SAFETY_TIP'), title: '  冬季用电安全 ', paragraphs: '不要私拉电线' }
    expect(publishInput(draft, 'c1')).toMatchObject({ communityId: 'c1', title: '冬季用电安全', body: '<p>不要私拉电线</p>', compoundId: null })
  })

  it('says what is missing before sending', () => {
    expect(draftProblem({ ...emptyDraft(), title: '公', paragraphs: 'x' }, false)).toBe('notices.edit.invalid.title')
    expect(draftProblem({ ...emptyDraft(), title: '公告', paragraphs: ' \n' }, false)).toBe('notices.edit.invalid.body')
    expect(draftProblem({ ...emptyDraft(), title: '公告', paragraphs: '正文' }, true)).toBe('notices.edit.invalid.uploading')
    expect(draftProblem({ ...emptyDraft(), title: '公告', paragraphs: '正文' }, false)).toBeNull()
  })

  it('reads back only drafts of the current shape', () => {
    expect(parseDraft(JSON.parse(JSON.stringify(emptyDraft())))).toEqual(emptyDraft())
    expect(parseDraft({ title: 'x' })).toBeNull()
    expect(parseDraft('text')).toBeNull()
  })
})

describe('routes', () => {
  it('sends a signed-out reader to sign in and back to the same notice', () => {
    expect(noticeDetailPath('a b')).toBe('/features/notices/pages/detail/index?id=a%20b')
    expect(signInPath(noticeDetailPath('n1'))).toBe(
      '/features/account/pages/sign-in/index?redirect=%2Ffeatures%2Fnotices%2Fpages%2Fdetail%2Findex%3Fid%3Dn1',
    )
    expect(noticesListPath({ category: 'INTEGRITY_CULTURE' })).toBe('/features/notices/pages/list/index?category=INTEGRITY_CULTURE')
  })
})
