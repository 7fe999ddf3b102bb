import { useQuery } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { RosterVoteDocument, VoteReceiptsDocument } from '@/features/roster/roster.generated'
import { Card, EmptyState, Page, Skeleton, TapButton, px, useTokens } from '@/ui'
import { Field } from '@/ui/Field'
import { t } from '../../i18n'

// 计票明细: the counted ballots of a closed owners' vote by receipt code and choice (no unit, no
// name), the chain's final hash, and the household's own receipt to look up.
export default function VoteResultsPage() {
  const tokens = useTokens()
  const id = useRouter().params.id ?? ''
  const [draft, setDraft] = useState('')
  const [search, setSearch] = useState('')
  const vote = useQuery(RosterVoteDocument, { variables: { id } })
  const p = vote.data?.proposal
  const closed = p ? ['PASSED', 'REJECTED', 'ACTING', 'DONE'].includes(p.stage) : false
  const receipts = useQuery(VoteReceiptsDocument, { variables: { id, search: search || undefined }, skip: !closed })
  const page = receipts.data?.proposal?.voteReceipts
  const muted = { display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted } as const
  if (vote.loading && !p) return <Page><Skeleton /></Page>
  if (!p || !p.electorate) return <Page><EmptyState title={t('roster.title.results')} body={t('roster.results.notClosed')} /></Page>
  const e = p.electorate
  const own = p.viewerBallot?.receipt
  const found = search ? page?.edges.find((edge) => edge.node.receipt === search.toUpperCase()) : undefined
  return (
    <Page>
      <Card>
        <Text style={{ display: 'block', fontSize: px(tokens.font.title), fontWeight: 'bold' }}>{p.title}</Text>
        {p.result ? <Text style={{ display: 'block', marginTop: px(tokens.space.sm) }}>{p.result.reason}</Text> : <Text style={muted}>{t('roster.results.notClosed')}</Text>}
        <Text style={muted}>{t('roster.results.electorate', { units: e.units, owners: e.owners, area: e.areaM2 })}</Text>
        {p.result ? <Text style={muted}>{t('roster.results.participation', { owners: p.result.participatingOwners, eligible: p.result.eligibleOwners })}</Text> : null}
        <Text style={muted}>{t('roster.results.chain', { count: e.chainLength })}</Text>
        <Text style={{ display: 'block', fontFamily: 'monospace', wordBreak: 'break-all', fontSize: px(tokens.font.small) }} className='chain-head'>{e.chainHead}</Text>
        <Text style={muted}>{t('roster.results.objection', { days: e.objectionDays })}</Text>
      </Card>
      {closed ? (
        <Card>
          {own ? <Text style={{ display: 'block', fontWeight: 'bold', marginBottom: px(tokens.space.sm) }}>{t('roster.results.yourReceipt', { receipt: own })}</Text> : null}
          <Field label={t('roster.results.searchLabel')} value={draft} placeholder={t('roster.results.searchPlaceholder')} onChange={setDraft} maxlength={10} />
          <TapButton block onTap={() => setSearch(draft.trim().toUpperCase())}>{t('roster.results.search')}</TapButton>
          {search && page ? (
            <Text style={{ display: 'block', marginTop: px(tokens.space.sm), fontWeight: 'bold', color: found ? tokens.color.primary : tokens.color.text }}>
              {found ? t('roster.results.found', { choice: found.node.optionLabels.join('、') }) : t('roster.results.notFound')}
            </Text>
          ) : null}
          {page ? <Text style={{ ...muted, marginTop: px(tokens.space.md) }}>{t('roster.results.total', { count: page.totalCount })}</Text> : null}
          {page?.edges.map((edge) => (
            <View key={edge.node.receipt} className='receipt-row' style={{ display: 'flex', justifyContent: 'space-between', padding: `${px(tokens.space.sm)} 0`, borderBottom: `1px solid ${tokens.color.border}` }}>
              <Text style={{ fontFamily: 'monospace', fontWeight: edge.node.receipt === own ? 'bold' : 'normal' }}>{edge.node.receipt}</Text>
              <Text>{edge.node.optionLabels.join('、')}</Text>
            </View>
          ))}
          {page?.pageInfo.hasNextPage ? (
            <TapButton variant='secondary' block onTap={() => void receipts.fetchMore({ variables: { after: page.pageInfo.endCursor } }).catch(() => undefined)}>{t('roster.results.more')}</TapButton>
          ) : null}
        </Card>
      ) : null}
    </Page>
  )
}
