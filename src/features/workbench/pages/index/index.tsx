import { useQuery } from '@apollo/client/react'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { SignInPrompt } from '@/features/account/components/SignInPrompt'
import { useSignedIn } from '@/features/account/session-state'
import { WorkbenchViewerDocument } from '@/features/workbench/workbench.generated'
import { t } from '../../i18n'
import { EmptyState, Page, Skeleton, TapButton, px, useTokens } from '@/ui'
import { ChoiceChips } from '@/ui/ChoiceChips'
import { issueQueuePath } from '@/features/issues/routes'
import { ClaimReviewQueue } from '../../components/ClaimReviewQueue'
import { StaffRoles } from '../../components/StaffRoles'
import { adminCommunityIds } from '../../grant-role'
import { DEAD_LETTERS_PATH } from '../../dead-letters'

type Queue = 'claims' | 'staff'

// 工作台: the staff's queues. Everyone on staff reviews household claims in their scope; admins
// also manage who holds which staff role.
export default function WorkbenchPage() {
  const tokens = useTokens()
  const signedIn = useSignedIn()
  const [queue, setQueue] = useState<Queue>('claims')
  const { data, error, refetch } = useQuery(WorkbenchViewerDocument, { skip: !signedIn, fetchPolicy: 'cache-and-network' })
  const viewer = data?.viewer

  if (!signedIn) {
    return (
      <Page>
        <SignInPrompt />
      </Page>
    )
  }
  if (!viewer) {
    return (
      <Page>
        {error ? (
          <EmptyState
            title={t('workbench.claims.error.title')}
            body={t('workbench.claims.error.body')}
            action={{ label: t('common.retry'), onTap: () => void refetch() }}
          />
        ) : (
          <Skeleton rows={3} />
        )}
      </Page>
    )
  }
  if (!viewer.isStaff) {
    return (
      <Page>
        <EmptyState title={t('workbench.notStaff.title')} body={t('workbench.notStaff.body')} />
      </Page>
    )
  }
  const adminOf = adminCommunityIds(viewer.roles)
  const ledgerCompounds = [...new Set(viewer.roles.filter((r) => r.role === 'STEWARD' || r.role === 'COMMITTEE').map((r) => r.scopeId))]
  const shown: Queue = adminOf.length > 0 ? queue : 'claims'
  return (
    <Page>
      <View style={{ marginBottom: px(tokens.space.md) }}>
        <TapButton block onTap={() => Taro.navigateTo({ url: issueQueuePath() })}>
          {t('workbench.issues.open')}
        </TapButton>
      </View>
      {/* 收支公开 for each compound the viewer keeps the books of (steward, committee). */}
      {ledgerCompounds.map((compoundId) => (
        <View key={compoundId} style={{ marginBottom: px(tokens.space.md) }}>
          <TapButton block variant='secondary' onTap={() => Taro.navigateTo({ url: `/features/finances/pages/statement/index?compoundId=${encodeURIComponent(compoundId)}` })}>
            {t('workbench.finances.open')}
          </TapButton>
        </View>
      ))}
      {/* Admins: the subscribe messages that did not reach their residents. */}
      {adminOf.length > 0 ? (
        <View style={{ marginBottom: px(tokens.space.md) }}>
          <TapButton block variant='secondary' onTap={() => Taro.navigateTo({ url: DEAD_LETTERS_PATH })}>
            {t('workbench.deadLetters.open')}
          </TapButton>
        </View>
      ) : null}
      {adminOf.length > 0 ? (
        <View style={{ marginBottom: px(tokens.space.sm) }}>
          <ChoiceChips
            choices={[
              { value: 'claims', label: t('workbench.tab.claims') },
              { value: 'staff', label: t('workbench.tab.staff') },
            ]}
            selected={shown}
            onSelect={(value) => setQueue(value === 'staff' ? 'staff' : 'claims')}
          />
        </View>
      ) : null}
      {shown === 'claims' ? <ClaimReviewQueue /> : <StaffRoles communityIds={adminOf} />}
    </Page>
  )
}
