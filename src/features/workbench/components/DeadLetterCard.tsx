import { Text, View } from '@tarojs/components'
import { useFragment, type FragmentType } from '@/graphql/generated/fragment-masking'
import { formatMoment } from '@/lib/beijing-time'
import { Card, TapButton, px, useTokens } from '@/ui'
import { DeadLetter_MessageFragmentDoc } from '../dead-letters.generated'
import { confirmFirst } from '@/ui/confirm'
import { mayHaveArrived, purposeLabel, reasonLabel } from '../dead-letters'
import { t } from '../i18n'

/** One dead letter: to whom, about what, why it was not delivered, when; 重新发送 while it is still dead. */
export function DeadLetterCard(props: { message: FragmentType<typeof DeadLetter_MessageFragmentDoc>; onRetry(): Promise<unknown> }) {
  const tokens = useTokens()
  const m = useFragment(DeadLetter_MessageFragmentDoc, props.message)
  const muted = { display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted } as const
  const purpose = purposeLabel(m.purpose)
  // TapButton holds the button until this settles: a double tap asks and sends once.
  const retry = async () => {
    const content = t(mayHaveArrived(m.reason) ? 'workbench.deadLetters.retryConfirm.maybeArrived' : 'workbench.deadLetters.retryConfirm.body')
    if (await confirmFirst({ title: t('workbench.deadLetters.retryConfirm.title'), content, confirmText: t('workbench.deadLetters.retry') })) await props.onRetry()
  }
  return (
    <Card>
      <Text style={{ display: 'block', fontWeight: 'bold', fontSize: px(tokens.font.title) }}>{t('workbench.deadLetters.to', { name: m.recipient })}</Text>
      <Text style={{ display: 'block' }}>{m.subject ? t('workbench.deadLetters.about', { purpose, subject: m.subject }) : purpose}</Text>
      <Text style={{ display: 'block', color: tokens.color.danger, marginTop: px(tokens.space.xs) }}>{reasonLabel(m.reason, m.attempts)}</Text>
      {m.lastError ? <Text style={muted}>{t('workbench.deadLetters.detail', { error: m.lastError })}</Text> : null}
      <Text style={muted}>{t('workbench.deadLetters.createdAt', { time: formatMoment(m.createdAt) })}</Text>
      {m.lastTriedAt ? <Text style={muted}>{t('workbench.deadLetters.lastTriedAt', { time: formatMoment(m.lastTriedAt) })}</Text> : null}
      <View style={{ marginTop: px(tokens.space.md) }}>
        {m.status === 'DEAD' ? (
          <TapButton variant='secondary' onTap={retry}>
            {t('workbench.deadLetters.retry')}
          </TapButton>
        ) : (
          <Text style={{ color: tokens.color.textMuted }}>{t('workbench.deadLetters.queued')}</Text>
        )}
      </View>
    </Card>
  )
}
