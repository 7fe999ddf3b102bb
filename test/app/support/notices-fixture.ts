// Canned answers in the shape of the NoticesList query (src/features/notices/notices.graphql),
// for tests that stand in for the gateway. Demo text from the Dongyingpan story.

export interface FixtureNotice {
  id: string
  title: string
}

export function noticeNode(notice: FixtureNotice) {
  return {
    __typename: 'Notice',
    id: notice.id,
    title: notice.title,
    category: 'INTEGRITY_CULTURE',
    summary: `${notice.title}：请居民朋友们周知。`,
    pinned: false,
    requiresAck: true,
    readCount: 3,
    viewerHasRead: false,
    viewerHasAcknowledged: false,
    publishedAt: '2026-01-05T02:00:00.000Z',
    cover: null,
  }
}

/** One page of `notices` as the gateway answers it. */
export function noticesPage(notices: FixtureNotice[], hasNextPage: boolean) {
  const edges = notices.map((n) => ({ __typename: 'NoticeEdge', cursor: `cursor-${n.id}`, node: noticeNode(n) }))
  return {
    data: {
      notices: {
        __typename: 'NoticeConnection',
        edges,
        pageInfo: {
          __typename: 'PageInfo',
          hasNextPage,
          endCursor: edges.length ? edges[edges.length - 1].cursor : null,
        },
      },
    },
  }
}

export const firstPage = [
  { id: 'n1', title: '桥南园社区纽扣画廉洁文化工作坊' },
  { id: 'n2', title: '众望小区红色物管会财务公开' },
]
export const secondPage = [{ id: 'n3', title: '冬季安全隐患排查提示' }]
