import { useQuery } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import { useFragment } from '@/graphql/generated/fragment-masking'
import { ActivityCard_ActivityFragmentDoc } from '@/features/activities/components/ActivityCard.generated'
import { ActivityDetailDocument, ActivityDetail_ActivityFragmentDoc } from '@/features/activities/activities.generated'
import { ViewerRegistration_RegistrationFragmentDoc } from '@/features/activities/components/ViewerRegistration.generated'
import { t } from '../i18n'
import { EmptyState, Skeleton, TapButton, px, useTokens } from '@/ui'
import { needsWeChatToSignUp } from '../platform'
import { eligibilityLabel, isActiveRegistration, kindLabel } from '../vocabulary'
import { Tag } from './ActivityCard'
import { ActivityCover } from './ActivityCover'
import { ActivityFacts, FactLine } from './ActivityFacts'
import { OpenInWeChat } from './OpenInWeChat'
import { RegistrationStatusCard } from './RegistrationStatusCard'
import { SignUpPanel } from './SignUpPanel'
import { StaffTools } from './StaffTools'
import { ViewerActions } from './ViewerActions'

export interface ActivityDetailScreenProps {
  id: string
  signedIn: boolean
  /** Came back from signing in to sign up: say it is ready. */
  justSignedIn?: boolean
  onSignIn(): void
  onBackToTab(): void
}

/**
 * One activity with everything the viewer may do on it: sign up (or sign in first, or open it in
 * WeChat), see their registration with its check-in code, be reminded, cancel; staff manage it.
 */
export function ActivityDetailScreen(props: ActivityDetailScreenProps) {
  const tokens = useTokens()
  const { data, error, loading, refetch } = useQuery(ActivityDetailDocument, {
    variables: { id: props.id },
    skip: !props.id,
    fetchPolicy: 'cache-and-network',
    context: { silentErrors: true },
  })
  const activity = useFragment(ActivityDetail_ActivityFragmentDoc, data?.activity)
  const card = useFragment(ActivityCard_ActivityFragmentDoc, activity)
  const registration = useFragment(ViewerRegistration_RegistrationFragmentDoc, card?.viewerRegistration)

  if (!props.id || (data && !activity)) {
    const action = props.signedIn ? { label: t('activities.detail.backToTab'), onTap: props.onBackToTab } : { label: t('activities.signIn'), onTap: props.onSignIn }
    return <EmptyState title={t('activities.detail.missing.title')} body={t('activities.detail.missing.body')} action={action} />
  }
  if (!activity || !card) {
    if (error && !loading) {
      return <EmptyState title={t('activities.detail.error.title')} body={t('activities.detail.error.body')} action={{ label: t('common.retry'), onTap: () => void refetch().catch(() => undefined) }} />
    }
    return <Skeleton rows={3} />
  }

  const active = registration && isActiveRegistration(registration.status) ? registration : null
  const signUp = () => {
    if (card.status !== 'PUBLISHED') return null
    if (active) return null
    if (!card.signUpOpen) return <Text style={{ display: 'block', fontWeight: 'bold', marginBottom: px(tokens.space.md) }}>{t('activities.signUp.closed')}</Text>
    if (needsWeChatToSignUp()) return <OpenInWeChat activityId={card.id} />
    if (!props.signedIn) {
      return (
        <View style={{ marginBottom: px(tokens.space.md) }}>
          <TapButton block onTap={props.onSignIn}>
            {t('activities.signUp.signInFirst')}
          </TapButton>
          <Text style={{ display: 'block', marginTop: px(tokens.space.xs), color: tokens.color.textMuted }}>{t('activities.signUp.signInHint')}</Text>
        </View>
      )
    }
    return <SignUpPanel activity={{ ...activity, id: card.id, seatsLeft: card.seatsLeft, waitlist: card.waitlist }} justSignedIn={props.justSignedIn} />
  }

  return (
    <View>
      <ActivityCover url={card.cover?.url} kind={card.kind} title={card.title} height={tokens.mode === 'elder' ? 220 : 190} />
      <View style={{ marginBottom: px(tokens.space.xs) }}>
        <Tag>{kindLabel(card.kind)}</Tag>
        {card.status === 'DRAFT' ? <Tag strong>{t('activities.status.draft')}</Tag> : null}
        {card.status === 'CANCELLED' ? <Tag strong>{t('activities.status.cancelledActivity')}</Tag> : null}
      </View>
      <Text style={{ display: 'block', fontSize: px(tokens.font.heading), fontWeight: 'bold', marginBottom: px(tokens.space.sm) }}>{card.title}</Text>
      {card.status === 'CANCELLED' ? (
        <View role="alert" style={{ marginBottom: px(tokens.space.md), padding: px(tokens.space.md), border: `2px solid ${tokens.color.danger}`, borderRadius: px(tokens.radius) }}>
          <Text style={{ color: tokens.color.danger, fontWeight: 'bold' }}>{`⚠ ${t('activities.detail.cancelled', { reason: activity.cancelReason ?? '' })}`}</Text>
        </View>
      ) : null}
      <ActivityFacts activity={card} />
      <FactLine label={t('activities.facts.eligibility')} value={eligibilityLabel(activity.eligibility)} />
      <FactLine label={t('activities.facts.partyLimit')} value={t('activities.partySize.limit', { max: activity.maxPartySize })} />
      {activity.materials.length ? <FactLine label={t('activities.facts.materials')} value={activity.materials.map((m) => t('activities.materials.perPerson', { name: m.name, count: m.perParticipant, unit: m.unit })).join(t('activities.facts.separator'))} /> : null}
      <Text style={{ display: 'block', margin: `${px(tokens.space.md)} 0`, whiteSpace: 'pre-wrap' }}>{activity.description}</Text>
      {activity.viewerCanManage ? <StaffTools activityId={card.id} status={card.status} pendingCount={activity.pendingCount} /> : null}
      {registration ? <RegistrationStatusCard registration={registration} /> : null}
      {signUp()}
      <ViewerActions
        activityId={card.id}
        title={card.title}
        registration={active}
        signUpOpen={card.signUpOpen}
        hasReminder={activity.viewerHasReminder}
        signedIn={props.signedIn}
      />
    </View>
  )
}
