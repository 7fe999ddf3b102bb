import { Text, View } from '@tarojs/components'
import type { MyRegistrationsQuery } from '@/graphql/generated/graphql'
import { useFragment } from '@/graphql/generated/fragment-masking'
import { ViewerRegistration_RegistrationFragmentDoc } from '@/features/activities/components/ViewerRegistration.generated'
import { t } from '@/i18n'
import { Card, px, useTokens } from '@/ui'
import { formatWeekdayMoment } from '@/lib/beijing-time'
import { registrationStatusText } from '../vocabulary'

type Row = MyRegistrationsQuery['myRegistrations']['edges'][number]['node']

/** One of my registrations: the activity, when and where, and my status in words. */
export function MyRegistrationRow(props: { registration: Row; onOpen(activityId: string): void }) {
  const tokens = useTokens()
  const { activity } = props.registration
  const registration = useFragment(ViewerRegistration_RegistrationFragmentDoc, props.registration)
  return (
    <Card onTap={() => props.onOpen(activity.id)}>
      <Text style={{ display: 'block', fontSize: px(tokens.font.title), fontWeight: 'bold' }}>{activity.title}</Text>
      <Text style={{ display: 'block', color: tokens.color.textMuted }}>{`${formatWeekdayMoment(activity.startsAt)} · ${activity.venue}`}</Text>
      <View style={{ marginTop: px(tokens.space.xs) }}>
        <Text style={{ fontWeight: 'bold', color: tokens.color.primary }}>{t('activities.card.mine', { status: registrationStatusText(registration) })}</Text>
        <Text style={{ marginLeft: px(tokens.space.sm), color: tokens.color.textMuted }}>{t('activities.partySize.value', { count: registration.partySize })}</Text>
      </View>
    </Card>
  )
}
