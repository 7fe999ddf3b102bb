import { useQuery } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { FinanceEntriesDocument, FinanceEntryRow_EntryFragmentDoc } from '@/features/finances/finances.generated'
import { useFragment, type FragmentType } from '@/graphql/generated/fragment-masking'
import { Card, Skeleton, TapButton, px, tapLabel, useTokens } from '@/ui'
import { t } from '../i18n'
import { formatFen } from '../money'
import { entryPath } from '../routes'

export type EntryRowRef = FragmentType<typeof FinanceEntryRow_EntryFragmentDoc>

/** One entry in a list: description, amount (red when negative), its place in the chain, date, account, counterparty, pending. */
export function EntryRow(props: { entry: EntryRowRef; onOpen: (id: string) => void; extra?: React.ReactNode }) {
  const tokens = useTokens()
  const e = useFragment(FinanceEntryRow_EntryFragmentDoc, props.entry)
  const negative = e.amountFen.startsWith('-')
  return (
    <View className='finance-entry' {...tapLabel(`${e.description} ${t('finances.entry.amount', { amount: formatFen(e.amountFen) })}`, 'link')} onClick={() => props.onOpen(e.id)} style={{ padding: `${px(tokens.space.sm)} 0`, borderBottom: `1px solid ${tokens.color.border}` }}>
      <View style={{ display: 'flex', justifyContent: 'space-between' }}>
        <Text style={{ fontWeight: 'bold' }}>{e.description}</Text>
        <Text style={{ fontWeight: 'bold', color: negative ? tokens.color.danger : tokens.color.text, whiteSpace: 'nowrap', marginLeft: px(tokens.space.sm) }}>{t('finances.entry.amount', { amount: formatFen(e.amountFen) })}</Text>
      </View>
      <Text style={{ display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>
        {[t('finances.entry.row', { seq: e.seq, date: e.date, account: e.accountName }), e.counterparty?.name, e.status === 'PENDING' ? t('finances.entry.pending') : null].filter(Boolean).join(' · ')}
      </Text>
      {props.extra}
    </View>
  )
}

/** The period's entries (one account when given), newest first, a page at a time. */
export function EntryList(props: { compoundId: string; period: string; account: string | null; accountName: string | null; onShowAll: () => void }) {
  const tokens = useTokens()
  const variables = { compoundId: props.compoundId, period: props.period, account: (props.account ?? undefined) as never, first: 20 }
  const { data, loading, fetchMore } = useQuery(FinanceEntriesDocument, { variables })
  const page = data?.financeEntries
  return (
    <Card>
      <View style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <Text style={{ fontSize: px(tokens.font.title), fontWeight: 'bold' }}>{props.accountName ? t('finances.statement.entriesOf', { name: props.accountName }) : t('finances.statement.entries')}</Text>
        {props.account ? <TapButton variant='secondary' onTap={props.onShowAll}>{t('finances.statement.allEntries')}</TapButton> : null}
      </View>
      {loading && !page ? <Skeleton rows={3} /> : null}
      {page ? <Text style={{ display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>{t('finances.statement.total', { count: page.totalCount })}</Text> : null}
      {page?.edges.map((edge) => <EntryRow key={edge.cursor} entry={edge.node} onOpen={(id) => void Taro.navigateTo({ url: entryPath(id) })} />)}
      {page?.pageInfo.hasNextPage ? (
        <TapButton variant='secondary' block onTap={() => fetchMore({ variables: { after: page.pageInfo.endCursor } }).catch(() => undefined)}>{t('finances.statement.more')}</TapButton>
      ) : null}
    </Card>
  )
}
