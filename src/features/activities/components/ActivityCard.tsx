import { Text, View } from '@tarojs/components'
import type { ViewerRegistration_RegistrationFragment } from '@/graphql/generated/graphql'
import { useFragment, type FragmentType } from '@/graphql/generated/fragment-masking'
import { ActivityCard_ActivityFragmentDoc } from '@/features/activities/components/ActivityCard.generated'
import { ViewerRegistration_RegistrationFragmentDoc } from '@/features/activities/components/ViewerRegistration.generated'
import { t } from '@/i18n'
import { Card, px, useTokens } from '@/ui'
import { isActiveRegistration, kindLabel, registrationStatusText } from '../vocabulary'
import { ActivityCover } from './ActivityCover'
import { ActivityFacts } from './ActivityFacts'

/** A tag in words (草稿, 已取消, 已报名…), outlined; never colour alone. */
export function Tag(props: { children: string; strong?: boolean }) {
  const tokens = useTokens()
  const colour = props.strong ? tokens.color.primary : tokens.color.textMuted
  return (
    <Text
      style={{
        display: 'inline-block',
        padding: `0 ${px(tokens.space.xs)}`,
        marginRight: px(tokens.space.xs),
        fontSize: px(tokens.font.small),
        border: `1px solid ${colour}`,
        borderRadius: px(4),
        color: colour,
        fontWeight: props.strong ? 'bold' : 'normal',
      }}
    >
      {props.children}
    </Text>
  )
}

function MyStatusLine(props: { registration: ViewerRegistration_RegistrationFragment }) {
  const tokens = useTokens()
  if (!isActiveRegistration(props.registration.status)) return null
  return (
    <View style={{ marginTop: px(tokens.space.xs) }}>
      <Text style={{ fontWeight: 'bold', color: tokens.color.primary }}>{t('activities.card.mine', { status: registrationStatusText(props.registration) })}</Text>
    </View>
  )
}

/** One activity in the 活动 tab: cover, kind, title, the facts, and my registration when I have one. */
export function ActivityCard(props: { activity: FragmentType<typeof ActivityCard_ActivityFragmentDoc>; onOpen(id: string): void }) {
  const tokens = useTokens()
  const activity = useFragment(ActivityCard_ActivityFragmentDoc, props.activity)
  const registration = useFragment(ViewerRegistration_RegistrationFragmentDoc, activity.viewerRegistration)
  return (
    <Card onTap={() => props.onOpen(activity.id)} label={activity.title}>
      <ActivityCover url={activity.cover?.url} kind={activity.kind} title={activity.title} />
      <View style={{ marginBottom: px(tokens.space.xs) }}>
        <Tag>{kindLabel(activity.kind)}</Tag>
        {activity.status === 'DRAFT' ? <Tag strong>{t('activities.status.draft')}</Tag> : null}
        {activity.status === 'CANCELLED' ? <Tag strong>{t('activities.status.cancelledActivity')}</Tag> : null}
      </View>
      <Text style={{ display: 'block', fontSize: px(tokens.font.title), fontWeight: 'bold', marginBottom: px(tokens.space.xs) }}>{activity.title}</Text>
      <ActivityFacts activity={activity} />
      {registration ? <MyStatusLine registration={registration} /> : null}
    </Card>
  )
}
