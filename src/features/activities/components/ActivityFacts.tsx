import { Text, View } from '@tarojs/components'
import type { ActivityStatus } from '@/graphql/generated/graphql'
import { t } from '@/i18n'
import { px, useTokens } from '@/ui'
import { formatSpan } from '@/lib/beijing-time'
import { deadlineText } from '../vocabulary'
import { placesLeftText } from '../places'

export interface FactsActivity {
  status: ActivityStatus
  startsAt: string
  endsAt: string
  venue: string
  signUpDeadline: string
  seatsLeft: number
  waitlist: boolean
  waitlistCount: number
  partners: ReadonlyArray<string>
  organiser: { displayName: string }
}

/** One labelled line: the label in words, so nothing depends on an icon or a colour. */
export function FactLine(props: { label: string; value: string; strong?: boolean }) {
  const tokens = useTokens()
  return (
    <View style={{ display: 'flex', gap: px(tokens.space.xs), marginBottom: px(tokens.space.xs) }}>
      <Text style={{ flexShrink: 0, color: tokens.color.textMuted }}>{t('activities.facts.label', { label: props.label })}</Text>
      <Text style={{ color: tokens.color.text, fontWeight: props.strong ? 'bold' : 'normal' }}>{props.value}</Text>
    </View>
  )
}

/** 时间, 地点, 主办 and 协办, 名额, 报名截止 — the same lines on a card and on the detail page. */
export function ActivityFacts(props: { activity: FactsActivity }) {
  const { activity } = props
  return (
    <View>
      <FactLine label={t('activities.facts.time')} value={formatSpan(activity.startsAt, activity.endsAt)} />
      <FactLine label={t('activities.facts.venue')} value={activity.venue} />
      <FactLine label={t('activities.facts.organiser')} value={activity.organiser.displayName} />
      {activity.partners.length ? <FactLine label={t('activities.facts.partners')} value={activity.partners.join(t('activities.facts.separator'))} /> : null}
      <FactLine label={t('activities.facts.places')} value={placesLeftText(activity)} strong />
      {activity.status === 'CANCELLED' ? null : <FactLine label={t('activities.facts.deadline')} value={deadlineText(activity.signUpDeadline)} />}
    </View>
  )
}
