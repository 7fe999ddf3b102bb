import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { useFragment, type FragmentType } from '@/graphql/generated/fragment-masking'
import type { ClaimReviewCard_ClaimFragment } from '@/graphql/generated/graphql'
import { placeDetail, placeLine } from '@/features/account/labels'
import { t } from '../i18n'
import { Card, TapButton, px, spokenLabel, textBoxStyle, useTokens } from '@/ui'
import { formatFull } from '@/lib/beijing-time'
import { confirmFirst } from '@/ui/confirm'
import { textLength } from '@/ui/text-length'
import { ClaimReviewCard_ClaimFragmentDoc } from './ClaimReviewCard.generated'

export type ClaimToReview = ClaimReviewCard_ClaimFragment

export const REJECT_REASON_MAX = 200

/** One pending claim: who, where, and 通过 / 驳回 (驳回 asks for the reason inline). */
export function ClaimReviewCard(props: {
  claim: FragmentType<typeof ClaimReviewCard_ClaimFragmentDoc>
  busy: boolean
  onApprove(): unknown
  onReject(reason: string): void
}) {
  const tokens = useTokens()
  const claim = useFragment(ClaimReviewCard_ClaimFragmentDoc, props.claim)
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState('')
  const [reasonError, setReasonError] = useState(false)
  const person = claim.claimant

  const confirmReject = () => {
    const text = reason.trim()
    if (!text || textLength(text) > REJECT_REASON_MAX) {
      setReasonError(true)
      return
    }
    props.onReject(text)
  }

  const confirmApprove = async () => {
    const sure = await confirmFirst({ title: t('workbench.claim.approveConfirm.title'), content: t('workbench.claim.approveConfirm.body', { place: placeLine(claim) }), confirmText: t('workbench.claim.approve') })
    if (sure) await props.onApprove()
  }

  const row = { display: 'flex', flexDirection: tokens.columns === 1 ? 'column' : 'row', gap: px(tokens.space.sm), marginTop: px(tokens.space.md) } as const
  return (
    <Card>
      <Text style={{ display: 'block', fontWeight: 'bold', fontSize: px(tokens.font.title) }}>{placeLine(claim)}</Text>
      <Text style={{ display: 'block' }}>{placeDetail(claim)}</Text>
      {person ? <Text style={{ display: 'block' }}>{t('workbench.claim.claimant', { name: person.displayName })}</Text> : null}
      {person?.realName ? <Text style={{ display: 'block' }}>{t('workbench.claim.realName', { name: person.realName })}</Text> : null}
      <Text style={{ display: 'block' }}>{person?.phone ? t('workbench.claim.phone', { phone: person.phone }) : t('workbench.claim.noPhone')}</Text>
      <Text style={{ display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>
        {t('workbench.claim.submittedAt', { time: formatFull(claim.createdAt) })}
      </Text>
      {rejecting ? (
        <View style={{ marginTop: px(tokens.space.md) }}>
          <Text style={{ display: 'block', fontWeight: 'bold' }}>{t('workbench.claim.rejectReason')}</Text>
          <Textarea
            value={reason}
            maxlength={REJECT_REASON_MAX}
            placeholder={t('workbench.claim.rejectPlaceholder')}
            onInput={(e) => {
              setReason(e.detail.value)
              setReasonError(false)
            }}
            {...spokenLabel(t('workbench.claim.rejectReason'))}
            style={textBoxStyle(tokens, { error: reasonError, lines: 2 })}
          />
          {reasonError ? <Text style={{ display: 'block', color: tokens.color.danger }}>{`⚠ ${t('workbench.claim.reasonRequired')}`}</Text> : null}
          <View style={row}>
            <TapButton variant="danger" loading={props.busy} disabled={props.busy} onTap={confirmReject}>
              {t('workbench.claim.rejectConfirm')}
            </TapButton>
            <TapButton variant="secondary" disabled={props.busy} onTap={() => setRejecting(false)}>
              {t('workbench.claim.cancel')}
            </TapButton>
          </View>
        </View>
      ) : (
        <View style={row}>
          <TapButton loading={props.busy} disabled={props.busy} onTap={confirmApprove}>
            {t('workbench.claim.approve')}
          </TapButton>
          <TapButton variant="secondary" disabled={props.busy} onTap={() => setRejecting(true)}>
            {t('workbench.claim.reject')}
          </TapButton>
        </View>
      )}
    </Card>
  )
}
