import { useQuery } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import { ProposalPreviewDocument } from '@/features/consult/consult.generated'
import { formatFull } from '@/lib/beijing-time'
import { Card, EmptyState, Skeleton, TapButton, px, useTokens } from '@/ui'
import { t } from '../i18n'
import { stageLabel } from '../vocabulary'

/**
 * A shared proposal for a visitor who is not signed in: its title, stage and summary (what the
 * gateway shows anyone), then the invitation to sign in and take part.
 */
export function ProposalPreviewCard(props: { id: string; onSignIn(): void }) {
  const tokens = useTokens()
  const { data, loading } = useQuery(ProposalPreviewDocument, { variables: { id: props.id }, skip: !props.id, context: { silentErrors: true } })
  const preview = data?.proposalPreview
  const signIn = { label: t('consult.detail.signedOut.action'), onTap: props.onSignIn }
  if (!preview) {
    if (loading) return <Skeleton rows={3} />
    return <EmptyState title={t('consult.detail.signedOut.title')} body={t('consult.detail.signedOut.body')} action={signIn} />
  }
  return (
    <View>
      <Text style={{ display: 'block', fontSize: px(tokens.font.heading), fontWeight: 'bold' }}>{preview.title}</Text>
      <Text style={{ display: 'block', fontWeight: 'bold', color: tokens.color.primary }}>{t('consult.detail.stageNow', { stage: stageLabel(preview.stage) })}</Text>
      <Text style={{ display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted, marginBottom: px(tokens.space.md) }}>
        {[preview.compoundName, preview.votingClosesAt ? t('consult.preview.closes', { at: formatFull(preview.votingClosesAt) }) : ''].filter(Boolean).join(' · ')}
      </Text>
      <Card>
        <Text style={{ display: 'block' }}>{preview.summary}</Text>
      </Card>
      <View role="note" style={{ margin: `${px(tokens.space.md)} 0` }}>
        <Text style={{ display: 'block' }}>{t('consult.preview.signInToTakePart')}</Text>
      </View>
      <TapButton block onTap={props.onSignIn}>
        {signIn.label}
      </TapButton>
    </View>
  )
}
