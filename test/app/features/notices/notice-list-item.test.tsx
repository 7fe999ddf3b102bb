import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { makeFragmentData } from '@/graphql/generated/fragment-masking'
import { NoticeListItem, noticeBadges, type NoticeListNode } from '@/features/notices/components/NoticeListItem'
import { NoticeListItem_NoticeFragmentDoc } from '@/features/notices/components/NoticeListItem.generated'
import { noticeNode } from '../../support/notices-fixture'

const notice = (overrides: Partial<NoticeListNode> = {}): NoticeListNode =>
  ({ ...noticeNode({ id: 'n1', title: '众望小区财务公开' }), ...overrides }) as NoticeListNode

afterEach(cleanup)

describe('noticeBadges', () => {
  it('says pinned, unread and the acknowledgement state in words', () => {
    expect(noticeBadges(notice({ pinned: true }), true)).toEqual(['置顶', '未读', '请确认阅读'])
    expect(noticeBadges(notice({ viewerHasRead: true, viewerHasAcknowledged: true }), true)).toEqual(['已确认阅读'])
    expect(noticeBadges(notice({ requiresAck: false, viewerHasRead: true }), true)).toEqual([])
  })

  it('tells a signed-out visitor nothing about reading', () => {
    expect(noticeBadges(notice({ pinned: true }), false)).toEqual(['置顶'])
  })
})

describe('NoticeListItem', () => {
  it('shows category, title, summary and read count, and opens the notice on tap', () => {
    const onOpen = vi.fn()
    render(<NoticeListItem notice={makeFragmentData(notice(), NoticeListItem_NoticeFragmentDoc)} signedIn onOpen={onOpen} />)
    expect(screen.getByText('廉洁文化')).toBeTruthy()
    expect(screen.getByText('3 人已读')).toBeTruthy()
    fireEvent.click(screen.getByText('众望小区财务公开'))
    expect(onOpen).toHaveBeenCalledWith('n1')
  })
})
