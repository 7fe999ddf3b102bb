import { useQuery } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useMemo, useRef, useState } from 'react'
import { ActivityCard } from '@/features/activities/components/ActivityCard'
import { ListFooter } from '@/features/activities/components/ListFooter'
import { MyRegistrationRow } from '@/features/activities/components/MyRegistrationRow'
import { usePagedActivities, type ActivityListSource } from '@/features/activities/hooks/usePagedActivities'
import { ACTIVITIES_TAB, CHECK_IN_PAGE, activityDetailPath, activityEditPath, signInPath } from '@/features/activities/routes'
import { ACTIVITY_KINDS, kindLabel, parseKind } from '@/features/activities/vocabulary'
import type { ActivityFilter, ActivityKind } from '@/graphql/generated/graphql'
import { ActivitiesHomeDocument } from '@/pages/activities/activities.generated'
import { getSessionToken } from '@/graphql/session'
import { t } from '@/i18n'
import { ChoiceChips } from '@/ui/ChoiceChips'
import { EmptyState, Page, Skeleton, TapButton, px, useTokens } from '@/ui'
import { pickHomeCommunity } from '../home/home-community'

const open = (id: string) => void Taro.navigateTo({ url: activityDetailPath(id) })
const ALL = 'ALL'

// The 活动 tab: my community's activities, upcoming first, filtered by kind; or my registrations
// with their status. Staff publish and check in from here. Pull to refresh, more at the bottom.
export default function ActivitiesTabPage() {
  const tokens = useTokens()
  const [signedIn, setSignedIn] = useState(() => getSessionToken() !== null)
  const [source, setSource] = useState<ActivityListSource>('community')
  const [kind, setKind] = useState<ActivityKind | null>(null)
  const home = useQuery(ActivitiesHomeDocument, { context: { silentErrors: true } })
  const community = home.data ? pickHomeCommunity(home.data.viewer?.homeCommunity, home.data.communities) : null
  const isStaff = home.data?.viewer?.isStaff === true
  const filter = useMemo<ActivityFilter | null>(
    () => (community ? { communityId: community.id, kind: kind ? [kind] : null, includeDrafts: isStaff } : null),
    [community?.id, kind, isStaff],
  )
  const list = usePagedActivities(source, filter, signedIn)
  const shownBefore = useRef(false)

  useDidShow(() => {
    const now = getSessionToken() !== null
    if (now !== signedIn) setSignedIn(now)
    // Back from signing up or publishing: show what changed.
    if (shownBefore.current) void Promise.all([home.refetch(), list.refresh()]).catch(() => undefined)
    shownBefore.current = true
  })

  const staffBar = isStaff ? (
    <View style={{ display: 'flex', flexDirection: tokens.columns === 1 ? 'column' : 'row', gap: px(tokens.space.sm), marginBottom: px(tokens.space.md) }}>
      <TapButton onTap={() => Taro.navigateTo({ url: activityEditPath() })}>{t('activities.tab.publish')}</TapButton>
      <TapButton variant="secondary" onTap={() => Taro.navigateTo({ url: CHECK_IN_PAGE })}>
        {t('activities.tab.checkIn')}
      </TapButton>
    </View>
  ) : null

  const retry = { label: t('common.retry'), onTap: () => void Promise.all([home.refetch(), list.refresh()]).catch(() => undefined) }
  const body = () => {
    if (home.error && !home.data) return <EmptyState title={t('activities.list.error.title')} body={t('activities.list.error.body')} action={retry} />
    if (source === 'mine' && !signedIn) {
      return <EmptyState title={t('activities.mine.signedOut.title')} body={t('activities.mine.signedOut.body')} action={{ label: t('activities.signIn'), onTap: () => void Taro.navigateTo({ url: signInPath(ACTIVITIES_TAB) }) }} />
    }
    if (list.error) return <EmptyState title={t('activities.list.error.title')} body={t('activities.list.error.body')} action={retry} />
    if (list.loadingFirst || !home.data) return <Skeleton rows={3} />
    if (source === 'mine') {
      if (!list.registrations.length) return <EmptyState title={t('activities.mine.empty.title')} body={t('activities.mine.empty.body')} action={{ label: t('activities.mine.empty.action'), onTap: () => setSource('community') }} />
      return list.registrations.map((r) => <MyRegistrationRow key={r.id} registration={r} onOpen={open} />)
    }
    if (!list.activities.length) {
      return kind ? (
        <EmptyState title={t('activities.list.empty.filtered.title', { kind: kindLabel(kind) })} body={t('activities.list.empty.filtered.body')} action={{ label: t('activities.list.empty.clear'), onTap: () => setKind(null) }} />
      ) : (
        <EmptyState title={t('activities.list.empty.title')} body={isStaff ? t('activities.list.empty.staffBody') : t('activities.list.empty.body')} />
      )
    }
    return list.activities.map((a) => <ActivityCard key={a.id} activity={a} onOpen={open} />)
  }

  return (
    <Page>
      {community ? (
        <Text style={{ display: 'block', fontSize: px(tokens.font.heading), fontWeight: 'bold', marginBottom: px(tokens.space.sm) }}>{t('activities.tab.heading', { community: community.name })}</Text>
      ) : null}
      {staffBar}
      <ChoiceChips
        choices={[
          { value: 'community', label: t('activities.tab.community') },
          { value: 'mine', label: t('activities.tab.mine') },
        ]}
        selected={source}
        onSelect={(value) => setSource(value === 'mine' ? 'mine' : 'community')}
      />
      {source === 'community' ? (
        <ChoiceChips
          label={t('activities.tab.kind')}
          choices={[{ value: ALL, label: t('activities.kind.all') }, ...ACTIVITY_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))]}
          selected={kind ?? ALL}
          onSelect={(value) => setKind(parseKind(value))}
        />
      ) : null}
      {body()}
      <ListFooter loadingMore={list.loadingMore} hasNextPage={list.hasNextPage} count={source === 'mine' ? list.registrations.length : list.activities.length} />
    </Page>
  )
}
