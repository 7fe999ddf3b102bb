import { makeFragmentData } from '@/graphql/generated/fragment-masking'
import { InboxItem_MessageFragmentDoc } from '@/features/account/components/InboxItem.generated'
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { InboxItem, type InboxMessage } from '@/features/account/components/InboxItem'
import { Timeline } from '@/features/issues/components/Timeline'
import { ElderModeProvider } from '@/ui'

// The phone may be set to any zone (a resident travelling, a test machine in UTC): the screens still
// say Beijing time, in the same words in the inbox as on the detail pages.
process.env.TZ = 'America/Los_Angeles'

const platform = { fontSizeScaleFactor: () => 1, loadChoice: () => 'off' as const, saveChoice: () => undefined }

afterEach(cleanup)

describe('times on screen', () => {
  it('shows the inbox and an issue timeline in one Beijing format, whatever the phone’s zone', () => {
    expect(new Date('2026-07-01T00:00:00Z').getTimezoneOffset()).toBe(420)
    const message: InboxMessage = { __typename: 'InboxMessage', id: 'm1', kind: 'ISSUE_RESOLVED', title: '报事已处理', body: '「楼道灯坏了」已处理', subjectType: 'Issue', subjectId: 'i1', read: false, createdAt: '2026-12-01T16:05:00.000Z', lines: [] }
    render(
      <ElderModeProvider platform={platform}>
        <InboxItem message={makeFragmentData(message, InboxItem_MessageFragmentDoc)} onOpen={() => undefined} />
        <Timeline events={[{ __typename: 'IssueEvent', id: 'e1', kind: 'RESOLVED', status: 'RESOLVED', note: null, at: '2026-12-01T16:05:00.000Z', actor: null, actorRole: null, photos: [] }]} />
      </ElderModeProvider>,
    )
    expect(screen.getAllByText('2026年12月2日 00:05')).toHaveLength(2)
  })
})
