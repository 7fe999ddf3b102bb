import { NetworkStatus } from '@apollo/client/core'
import { useApolloClient, useQuery } from '@apollo/client/react'
import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { SignInPrompt } from '@/features/account/components/SignInPrompt'
import { useSignedIn } from '@/features/account/session-state'
import { appendPage } from '@/features/issues/paging'
import { useFragment } from '@/graphql/generated/fragment-masking'
import type { RegistrationStatus } from '@/graphql/generated/graphql'
import { ActivityRegistrationsDocument, RegistrationsCsvDocument, StaffRegistration_RegistrationFragmentDoc } from '@/features/activities/activities.generated'
import { t } from '../../i18n'
import { ChoiceChips } from '@/ui/ChoiceChips'
import { SectionTitle } from '@/ui/SectionTitle'
import { EmptyState, Page, Skeleton, TapButton, px, useTokens } from '@/ui'
import { ListFooter } from '../../components/ListFooter'
import { OnBehalfForm } from '../../components/OnBehalfForm'
import { RegistrationFigures } from '../../components/RegistrationFigures'
import { RegistrationRow } from '../../components/RegistrationRow'
import { downloadTextFile, isH5 } from '../../platform'
import { registrationsPath } from '../../routes'
import { registrationStatusText } from '../../vocabulary'

const STATUS_FILTERS: ReadonlyArray<RegistrationStatus> = ['PENDING', 'CONFIRMED', 'WAITLISTED', 'ATTENDED', 'CANCELLED', 'DECLINED']
const ALL = 'ALL'

// 报名名单 (staff in scope): figures, every registration with its answers and masked phone,
// 通过 / 不通过 for those waiting, 导出 CSV, 代居民报名.
export default function RegistrationsPage() {
  const tokens = useTokens()
  const id = useRouter().params.id ?? ''
  const signedIn = useSignedIn()
  const client = useApolloClient()
  const [status, setStatus] = useState<RegistrationStatus | null>(null)
  const query = useQuery(ActivityRegistrationsDocument, {
    variables: { id, status: status ? [status] : null },
    skip: !id || !signedIn,
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
    context: { silentErrors: true },
  })
  const activity = query.data?.activity
  const connection = activity?.registrations
  const rows = useFragment(StaffRegistration_RegistrationFragmentDoc, connection?.edges.map((e) => e.node) ?? [])
  const fetchingMore = query.networkStatus === NetworkStatus.fetchMore

  const refresh = () => query.refetch().then(() => undefined, () => undefined)
  usePullDownRefresh(() => void refresh().finally(() => Taro.stopPullDownRefresh()))
  useReachBottom(() => {
    if (!connection?.pageInfo.hasNextPage || fetchingMore) return
    void query
      .fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (prev, { fetchMoreResult }) =>
          prev.activity && fetchMoreResult.activity ? { ...prev, activity: { ...prev.activity, registrations: appendPage(prev.activity.registrations, fetchMoreResult.activity.registrations) } } : prev,
      })
      .catch(() => undefined)
  })

  if (!signedIn) return <Page>{<SignInPrompt redirect={registrationsPath(id)} />}</Page>
  if (!activity) {
    if (query.data || !id) return <Page>{<EmptyState title={t('activities.detail.missing.title')} body={t('activities.detail.missing.body')} />}</Page>
    // A resident who is not staff here is refused the list: say so, not "check your network".
    const refused = query.error?.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN')
    if (refused) return <Page>{<EmptyState title={t('activities.edit.forbidden.title')} body={t('activities.edit.forbidden.body')} />}</Page>
    if (query.error) return <Page>{<EmptyState title={t('activities.detail.error.title')} body={t('activities.detail.error.body')} action={{ label: t('common.retry'), onTap: () => void refresh() }} />}</Page>
    return <Page>{<Skeleton rows={4} />}</Page>
  }
  if (!activity.viewerCanManage) return <Page>{<EmptyState title={t('activities.edit.forbidden.title')} body={t('activities.edit.forbidden.body')} />}</Page>

  const exportCsv = async () => {
    const result = await client.query({ query: RegistrationsCsvDocument, variables: { activityId: id }, fetchPolicy: 'network-only' }).catch(() => null)
    const csv = result?.data?.registrationsCsv
    if (csv === undefined) return
    if (isH5()) {
      // A byte-order mark so spreadsheet programs read the Chinese as UTF-8.
      const saved = downloadTextFile(`${activity.title}-报名名单.csv`, 'text/csv', `\ufeff${csv}`)
      void Taro.showToast({ title: saved ? t('activities.export.downloaded') : t('activities.calendar.failed'), icon: 'none', duration: 3000 })
      return
    }
    await Taro.setClipboardData({ data: csv }).catch(() => undefined)
    void Taro.showToast({ title: t('activities.export.copied'), icon: 'none', duration: 3000 })
  }

  return (
    <Page>
      <SectionTitle>{activity.title}</SectionTitle>
      <RegistrationFigures activity={activity} />
      <View style={{ display: 'flex', flexDirection: tokens.columns === 1 ? 'column' : 'row', flexWrap: 'wrap', gap: px(tokens.space.sm), marginBottom: px(tokens.space.md) }}>
        <TapButton variant="secondary" onTap={() => void exportCsv()}>
          {t('activities.export.action')}
        </TapButton>
        <OnBehalfForm activityId={id} maxPartySize={activity.maxPartySize} questions={activity.questions} onDone={() => void refresh()} />
      </View>
      <ChoiceChips
        label={t('activities.registrations.filter')}
        choices={[{ value: ALL, label: t('activities.kind.all') }, ...STATUS_FILTERS.map((s) => ({ value: s, label: registrationStatusText({ status: s }) }))]}
        selected={status ?? ALL}
        onSelect={(value) => setStatus(STATUS_FILTERS.find((s) => s === value) ?? null)}
      />
      {rows.length === 0 && !query.loading ? <EmptyState title={t('activities.registrations.empty.title')} body={t('activities.registrations.empty.body')} /> : null}
      {rows.length === 0 && query.loading ? <Skeleton rows={2} /> : null}
      {rows.map((r) => (
        <RegistrationRow key={r.id} registration={r} />
      ))}
      <ListFooter loadingMore={fetchingMore} hasNextPage={connection?.pageInfo.hasNextPage ?? false} count={rows.length} />
    </Page>
  )
}
