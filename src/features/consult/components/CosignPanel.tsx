import { Text, View } from '@tarojs/components'
import { CosignProposalDocument } from '@/features/consult/consult.generated'
import { t } from '../i18n'
import { Card, TapButton, px, useTokens } from '@/ui'
import { formatFull } from '@/lib/beijing-time'
import { useProposalStep } from '../hooks/useProposalStep'
import type { ProposalView } from './types'
import { useSubscribeConsent } from '@/features/account/subscribe'

/** 联署: how many households have co-signed of how many needed, by when, and the 联署 button. */
export function CosignPanel(props: { proposal: ProposalView }) {
  const tokens = useTokens()
  const p = props.proposal
  const cosign = useProposalStep(CosignProposalDocument)
  // Stage changes (discussion, voting open, result) by subscribe message.
  const askConsent = useSubscribeConsent(['PROPOSAL_STAGE', 'VOTING_REMINDER'])
  const filled = Math.min(1, p.cosignThreshold > 0 ? p.cosignCount / p.cosignThreshold : 0)
  return (
    <Card>
      <Text style={{ display: 'block', fontWeight: 'bold', fontSize: px(tokens.font.title) }}>{t('consult.cosign.progress', { count: p.cosignCount, threshold: p.cosignThreshold })}</Text>
      <View style={{ height: px(12), margin: `${px(tokens.space.sm)} 0`, borderRadius: px(4), backgroundColor: tokens.color.skeleton }}>
        <View style={{ width: `${Math.round(filled * 100)}%`, height: '100%', borderRadius: px(4), backgroundColor: tokens.color.primary }} />
      </View>
      {p.cosignDeadline ? <Text style={{ display: 'block' }}>{t('consult.cosign.deadline', { time: formatFull(p.cosignDeadline) })}</Text> : null}
      <Text style={{ display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted, marginBottom: px(tokens.space.sm) }}>{t('consult.cosign.explain')}</Text>
      {p.viewerHasCosigned ? (
        <Text style={{ display: 'block', fontWeight: 'bold' }}>{`✓ ${t('consult.cosign.done')}`}</Text>
      ) : p.viewerIsAuthor ? (
        <Text style={{ display: 'block' }}>{t('consult.cosign.author')}</Text>
      ) : !p.viewerCanCosign ? (
        <Text style={{ display: 'block' }}>{t('consult.cosign.notEligible')}</Text>
      ) : (
        <TapButton block disabled={cosign.loading} onTap={() => {
            // Consent is asked synchronously inside the tap (WeChat refuses it later); the co-sign's promise holds the button.
            void askConsent()
            return cosign.run({ id: p.id }, t('consult.cosign.thanks'))
          }}>
          {t('consult.cosign.button')}
        </TapButton>
      )}
    </Card>
  )
}
