import { useMutation, useQuery } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect } from 'react'
import { SignInPrompt } from '@/features/account/components/SignInPrompt'
import { errorCode } from '@/graphql/error-toast'
import { EmptyState, Skeleton, px, useTokens } from '@/ui'
import { OutboxDeadLettersDocument, RetryOutboxMessageDocument } from '../dead-letters.generated'
import { t } from '../i18n'
import { DeadLetterCard } from './DeadLetterCard'

const PAGE = 50

/**
 * 未送达的订阅消息 (community admins): the outbox's dead letters to people of their communities,
 * newest first — to whom, about what, why — each with 重新发送. A letter sent again stays listed,
 * marked as queued, until the next refresh. `refresh` changing (a pull-down) reads the list again.
 */
export function DeadLetters(props: { signedIn: boolean; refresh?: number }) {
  const tokens = useTokens()
  const { data, error, refetch } = useQuery(OutboxDeadLettersDocument, { variables: { first: PAGE }, skip: !props.signedIn, fetchPolicy: 'cache-and-network' })
  const [retry] = useMutation(RetryOutboxMessageDocument)

  useEffect(() => {
    if (!props.refresh || !props.signedIn) return
    void refetch()
      .catch(() => undefined)
      .finally(() => Taro.stopPullDownRefresh())
  }, [props.refresh])

  if (!props.signedIn) return <SignInPrompt />
  const connection = data?.outboxDeadLetters
  if (!connection) {
    if (error && ['FORBIDDEN', 'UNAUTHENTICATED'].includes(errorCode(error) ?? '')) return <EmptyState title={t('workbench.deadLetters.notAdmin.title')} body={t('workbench.deadLetters.notAdmin.body')} />
    if (error) return <EmptyState title={t('workbench.deadLetters.error.title')} body={t('workbench.deadLetters.error.body')} action={{ label: t('common.retry'), onTap: () => void refetch() }} />
    return <Skeleton rows={3} />
  }
  if (connection.edges.length === 0) return <EmptyState title={t('workbench.deadLetters.empty.title')} body={t('workbench.deadLetters.empty.body')} />
  const send = async (id: string) => {
    try {
      await retry({ variables: { id } }) // the answer (status PENDING) updates the card through the cache
      void Taro.showToast({ title: t('workbench.deadLetters.retried'), icon: 'success' })
    } catch {
      // The error link toasted why (a colleague sent it already: CONFLICT); show the list as it is now.
      void refetch().catch(() => undefined)
    }
  }
  const muted = { display: 'block', color: tokens.color.textMuted } as const
  return (
    <View>
      <Text style={{ ...muted, marginBottom: px(tokens.space.md) }}>{t('workbench.deadLetters.intro')}</Text>
      {connection.edges.map((e) => (
        <DeadLetterCard key={e.node.id} message={e.node} onRetry={() => send(e.node.id)} />
      ))}
      {connection.pageInfo.hasNextPage ? <Text style={muted}>{t('workbench.deadLetters.more', { count: PAGE })}</Text> : null}
    </View>
  )
}
