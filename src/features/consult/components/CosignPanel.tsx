import { Text, View } from '@tarojs/components'
import { CosignProposalDocument } from '@/features/consult/consult.generated'
import { t } from '../i18n'
import { Card, TapButton, px, useTokens } from '@/ui'
import { formatConsultTime } from '../dates'
import { useProposalStep } from '../hooks/useProposalStep'
import type { ProposalView } from './types'
import { useSubscribeConsent } from '@/features/account/subscribe'

/** 联署: how many households have co-signed of how many needed, by when, and the 联署 button. */
export function CosignPanel(props: { proposal: ProposalView }) {
  const tokens = useTokens()
  const p = props.proposal
  const cosign = useProposalStep(CosignProposalDocument)
  // Stage changes (discussion, voting open, result) by subscribe message.
  const askConsent = useSubscribeConsent(['PROPOSAL_STAGE'])
  const filled = Math.min(1, p.cosignThreshold > 0 ? p.cosignCount / p.cosignThreshold : 0)
  return (
    <Card>
      <Text style={{ display: 'block', fontWeight: 'bold', fontSize: px(tokens.font.title) }}>{t('consult.cosign.progress', { count: p.cosignCount, threshold: p.cosignThreshold })}</Text>
      <View style={{ height: px(12), margin: `${px(tokens.space.sm)} 0`, borderRadius: px(4), backgroundColor: tokens.color.skeleton }}>
        <View style={{ width: `${Math.round(filled * 100)}%`, height: '100%', borderRadius: px(4), backgroundColor: tokens.color.primary }} />
      </View>
      {p.cosignDeadline ? <Text style={{ display: 'block' }}>{t('consult.cosign.deadline', { time: formatConsultTime(p.cosignDeadline) })}</Text> : null}
      <Text style={{ display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted, marginBottom: px(tokens.space.sm) }}>{t('consult.cosign.explain')}</Text>
      {p.viewerHasCosigned ? (
        <Text style={{ display: 'block', fontWeight: 'bold' }}>{`✓ ${t('consult.cosign.done')}`}</Text>
      ) : p.viewerIsAuthor ? (
        <Text style={{ display: 'block' }}>{t('consult.cosign.author')}</Text>
      ) : (
        <TapButton block disabled={cosign.loading} onTap={() => {
            void askConsent()
            void cosign.run({ id: p.id }, t('consult.cosign.thanks'))
          }}>
          {t('consult.cosign.button')}
        </TapButton>
      )}
    </Card>
  )
}
