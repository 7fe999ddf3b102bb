import { useMutation } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { StaffRegistration_RegistrationFragment } from '@/graphql/generated/graphql'
import { ReviewRegistrationDocument } from '@/features/activities/activities.generated'
import { t } from '../i18n'
import { Card, TapButton, px, useTokens } from '@/ui'
import { formatWeekdayMoment } from '@/lib/beijing-time'
import { registrationStatusText, sceneLabel } from '../vocabulary'
import { Tag } from './ActivityCard'

/** One registration as staff see it: who (phone masked as the gateway gives it), how many, the answers; 通过 / 不通过 while PENDING. */
export function RegistrationRow(props: { registration: StaffRegistration_RegistrationFragment }) {
  const tokens = useTokens()
  const r = props.registration
  const [review, { loading }] = useMutation(ReviewRegistrationDocument)
  const name = r.person.realName ? `${r.person.realName}（${r.person.displayName}）` : r.person.displayName

  const decide = async (approve: boolean) => {
    if (!approve) {
      const answer = await Taro.showModal({ title: t('activities.review.declineTitle'), content: t('activities.review.declineBody'), confirmText: t('activities.review.decline'), cancelText: t('activities.cancel.keep'), confirmColor: tokens.color.danger })
      if (!answer.confirm) return
    }
    const done = await review({ variables: { id: r.id, approve } }).catch(() => null)
    const after = done?.data?.reviewRegistration
    if (after) void Taro.showToast({ title: t('activities.review.done', { status: registrationStatusText(after) }), icon: 'none', duration: 3000 })
  }

  const muted = { display: 'block', color: tokens.color.textMuted, fontSize: px(tokens.font.small) }
  return (
    <Card>
      <View style={{ display: 'flex', justifyContent: 'space-between', gap: px(tokens.space.sm), flexWrap: 'wrap' }}>
        <Text style={{ fontWeight: 'bold', fontSize: px(tokens.font.title) }}>{name}</Text>
        <Text style={{ fontWeight: 'bold', color: tokens.color.primary }}>{registrationStatusText(r)}</Text>
      </View>
      <Text style={{ display: 'block' }}>{t('activities.registrations.party', { count: r.partySize })}</Text>
      {r.person.phone ? <Text style={{ display: 'block' }}>{t('activities.registrations.phone', { phone: r.person.phone })}</Text> : null}
      {r.answers.map((a) => (
        <Text key={a.question} style={{ display: 'block' }}>{t('activities.registrations.answer', { question: a.question, value: a.value })}</Text>
      ))}
      <View style={{ marginTop: px(tokens.space.xs) }}>
        {r.onBehalf ? <Tag>{t('activities.registrations.onBehalf')}</Tag> : null}
        <Tag>{sceneLabel(r.scene)}</Tag>
      </View>
      <Text style={muted}>{t('activities.registrations.at', { time: formatWeekdayMoment(r.createdAt) })}</Text>
      {r.attendedAt ? <Text style={muted}>{t('activities.registrations.attendedAt', { time: formatWeekdayMoment(r.attendedAt) })}</Text> : null}
      {r.status === 'PENDING' ? (
        <View style={{ display: 'flex', flexDirection: tokens.columns === 1 ? 'column' : 'row', gap: px(tokens.space.sm), marginTop: px(tokens.space.sm) }}>
          <TapButton disabled={loading} onTap={() => decide(true)}>
            {t('activities.review.approve')}
          </TapButton>
          <TapButton variant="secondary" disabled={loading} onTap={() => decide(false)}>
            {t('activities.review.decline')}
          </TapButton>
        </View>
      ) : null}
    </Card>
  )
}
