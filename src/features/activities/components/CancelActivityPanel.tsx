import { useMutation } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { CancelActivityDocument } from '@/features/activities/activities.generated'
import { t } from '../i18n'
import { TapButton, px, useTokens } from '@/ui'
import { LongText } from './FormParts'

const REASON_MAX = 200

/** 取消活动: a reason is required (every registrant is told it), then a last confirm. */
export function CancelActivityPanel(props: { activityId: string; onCancelled(): void }) {
  const tokens = useTokens()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const [tried, setTried] = useState(false)
  const [cancel, { loading }] = useMutation(CancelActivityDocument)
  const error = tried && !reason.trim() ? t('activities.cancelActivity.reasonRequired') : undefined

  const send = async () => {
    setTried(true)
    if (!reason.trim() || loading) return
    const answer = await Taro.showModal({ title: t('activities.cancelActivity.confirmTitle'), content: t('activities.cancelActivity.confirmBody'), confirmText: t('activities.cancelActivity.confirm'), cancelText: t('activities.cancel.keep'), confirmColor: tokens.color.danger })
    if (!answer.confirm) return
    const done = await cancel({ variables: { id: props.activityId, reason: reason.trim() } }).catch(() => null)
    if (!done?.data) return
    void Taro.showToast({ title: t('activities.cancelActivity.done'), icon: 'none', duration: 3000 })
    props.onCancelled()
  }

  if (!open) {
    return (
      <View style={{ marginTop: px(tokens.space.lg) }}>
        <TapButton variant="danger" block onTap={() => setOpen(true)}>
          {t('activities.cancelActivity.action')}
        </TapButton>
      </View>
    )
  }
  return (
    <View style={{ marginTop: px(tokens.space.lg), padding: px(tokens.space.md), border: `2px solid ${tokens.color.danger}`, borderRadius: px(tokens.radius), backgroundColor: tokens.color.surface }}>
      <Text style={{ display: 'block', marginBottom: px(tokens.space.sm) }}>{t('activities.cancelActivity.body')}</Text>
      <LongText label={t('activities.cancelActivity.reason')} placeholder={t('activities.cancelActivity.reasonPlaceholder')} value={reason} max={REASON_MAX} error={error} onChange={setReason} />
      <View style={{ display: 'flex', flexWrap: 'wrap', gap: px(tokens.space.sm) }}>
        <TapButton variant="danger" disabled={loading} onTap={() => send()}>
          {t('activities.cancelActivity.confirm')}
        </TapButton>
        <TapButton variant="secondary" onTap={() => setOpen(false)}>
          {t('activities.cancel.keep')}
        </TapButton>
      </View>
    </View>
  )
}
