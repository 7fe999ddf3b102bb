import { useMutation, useQuery } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { SignInPrompt } from '@/features/account/components/SignInPrompt'
import { useSignedIn } from '@/features/account/session-state'
import { errorCode } from '@/graphql/error-toast'
import { EmptyState, Page, Skeleton, px, useTokens } from '@/ui'
import { DeadLetterCard } from '../../components/DeadLetterCard'
import { OutboxDeadLettersDocument, RetryOutboxMessageDocument } from '../../dead-letters.generated'
import { t } from '../../i18n'

const PAGE = 50

// 未送达的订阅消息 (community admins, from the workbench): the outbox's dead letters to people of
// their communities, newest first — to whom, about what, why — each with 重新发送. A letter sent
// again stays on the page marked as queued until the next refresh.
export default function DeadLettersPage() {
  const tokens = useTokens()
  const signedIn = useSignedIn()
  const { data, error, refetch } = useQuery(OutboxDeadLettersDocument, { variables: { first: PAGE }, skip: !signedIn, fetchPolicy: 'cache-and-network' })
  const [retry] = useMutation(RetryOutboxMessageDocument)

  usePullDownRefresh(() => {
    void refetch()
      .catch(() => undefined)
      .finally(() => Taro.stopPullDownRefresh())
  })

  if (!signedIn) {
    return (
      <Page>
        <SignInPrompt />
      </Page>
    )
  }
  const connection = data?.outboxDeadLetters
  if (!connection) {
    let body
    if (error && ['FORBIDDEN', 'UNAUTHENTICATED'].includes(errorCode(error) ?? '')) body = <EmptyState title={t('workbench.deadLetters.notAdmin.title')} body={t('workbench.deadLetters.notAdmin.body')} />
    else if (error) body = <EmptyState title={t('workbench.deadLetters.error.title')} body={t('workbench.deadLetters.error.body')} action={{ label: t('common.retry'), onTap: () => void refetch() }} />
    else body = <Skeleton rows={3} />
    return <Page>{body}</Page>
  }
  const send = async (id: string) => {
    try {
      await retry({ variables: { id } }) // the answer (status PENDING) updates the card in the cache
      void Taro.showToast({ title: t('workbench.deadLetters.retried'), icon: 'success' })
    } catch {
      // The error link toasted why (a colleague sent it already: CONFLICT); show the list as it is now.
      void refetch().catch(() => undefined)
    }
  }
  return (
    <Page>
      {connection.edges.length === 0 ? (
        <EmptyState title={t('workbench.deadLetters.empty.title')} body={t('workbench.deadLetters.empty.body')} />
      ) : (
        <View>
          <Text style={{ display: 'block', color: tokens.color.textMuted, marginBottom: px(tokens.space.md) }}>{t('workbench.deadLetters.intro')}</Text>
          {connection.edges.map((e) => (
            <DeadLetterCard key={e.node.id} message={e.node} onRetry={() => send(e.node.id)} />
          ))}
          {connection.pageInfo.hasNextPage ? <Text style={{ display: 'block', color: tokens.color.textMuted }}>{t('workbench.deadLetters.more', { count: PAGE })}</Text> : null}
        </View>
      )}
    </Page>
  )
}
