import { useMutation, useQuery } from '@apollo/client/react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { ClaimsToReviewDocument, ReviewHouseholdClaimDocument } from '@/features/workbench/workbench.generated'
import { t } from '../i18n'
import { EmptyState, Skeleton } from '@/ui'
import { ClaimReviewCard } from './ClaimReviewCard'

// 住户认证: pending claims in the viewer's scope, oldest first; a reviewed claim leaves at once.
export function ClaimReviewQueue() {
  const { data, error, refetch } = useQuery(ClaimsToReviewDocument, { variables: { first: 50 }, fetchPolicy: 'cache-and-network' })
  const [review] = useMutation(ReviewHouseholdClaimDocument)
  const [busyId, setBusyId] = useState<string | null>(null)
  const [reviewed, setReviewed] = useState<ReadonlySet<string>>(new Set())

  useDidShow(() => void refetch().catch(() => undefined))
  usePullDownRefresh(() => {
    void refetch()
      .catch(() => undefined)
      .finally(() => Taro.stopPullDownRefresh())
  })

  const decide = async (id: string, approve: boolean, note?: string) => {
    setBusyId(id)
    try {
      await review({ variables: { id, approve, note: note ?? null } })
      setReviewed((done) => new Set([...done, id]))
      void Taro.showToast({ title: t(approve ? 'workbench.claim.approved' : 'workbench.claim.rejected'), icon: 'success' })
      void refetch().catch(() => undefined)
    } catch {
      // The error link toasted why (e.g. already reviewed by a colleague); show the queue as it is now.
      void refetch().catch(() => undefined)
    } finally {
      setBusyId(null)
    }
  }

  const connection = data?.householdClaimsToReview
  if (!connection) {
    if (error) {
      return (
        <EmptyState
          title={t('workbench.claims.error.title')}
          body={t('workbench.claims.error.body')}
          action={{ label: t('common.retry'), onTap: () => void refetch() }}
        />
      )
    }
    return <Skeleton rows={3} />
  }
  const pending = connection.edges.map((e) => e.node).filter((c) => !reviewed.has(c.id))
  if (pending.length === 0) return <EmptyState title={t('workbench.claims.empty.title')} body={t('workbench.claims.empty.body')} />
  return (
    <>
      {pending.map((claim) => (
        <ClaimReviewCard
          key={claim.id}
          claim={claim}
          busy={busyId === claim.id}
          onApprove={() => decide(claim.id, true)}
          onReject={(reason) => void decide(claim.id, false, reason)}
        />
      ))}
    </>
  )
}
