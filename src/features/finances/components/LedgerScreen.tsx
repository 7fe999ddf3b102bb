import { useMutation, useQuery } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { ApproveFinanceEntryDocument, FinanceAccessDocument, FinanceEntriesDocument, FinanceEntryRow_EntryFragmentDoc, PublishFinanceStatementDocument } from '@/features/finances/finances.generated'
import { useFragment } from '@/graphql/generated/fragment-masking'
import { todayInBeijing } from '@/lib/beijing-time'
import { Card, EmptyState, Skeleton, TapButton, px, useTokens } from '@/ui'
import { t } from '../i18n'
import { isFuture, stepPeriod } from '../periods'
import { entryPath, importPath } from '../routes'
import { EntryList, EntryRow } from './EntryList'
import { LedgerForm, toast } from './LedgerForm'

const open = (id: string) => void Taro.navigateTo({ url: entryPath(id) })

/** The month's entries waiting for a second committee member; approve buttons only for those who may approve them. */
function PendingList(props: { compoundId: string; month: string; records: boolean }) {
  const tokens = useTokens()
  const pending = useQuery(FinanceEntriesDocument, { variables: { compoundId: props.compoundId, period: props.month, pending: true, first: 50 }, fetchPolicy: 'cache-and-network' })
  const [approve] = useMutation(ApproveFinanceEntryDocument)
  const edges = pending.data?.financeEntries.edges ?? []
  const rows = useFragment(FinanceEntryRow_EntryFragmentDoc, edges.map((e) => e.node))
  const muted = { display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted } as const
  return (
    <Card>
      <Text style={{ display: 'block', fontSize: px(tokens.font.title), fontWeight: 'bold' }}>{t('finances.ledger.pending', { count: pending.data?.financeEntries.totalCount ?? 0 })}</Text>
      {pending.loading && !pending.data ? <Skeleton rows={2} /> : null}
      {pending.data && rows.length === 0 ? <Text style={muted}>{t('finances.ledger.noPending')}</Text> : null}
      {rows.map((e, i) => (
        <EntryRow key={e.id} entry={edges[i]!.node} onOpen={open} extra={
          e.viewerCanApprove
            ? <TapButton onTap={() => approve({ variables: { id: e.id } }).then(() => { toast(t('finances.entry.approvedToast')); return pending.refetch() }).catch(() => undefined)}>{t('finances.entry.approve')}</TapButton>
            : props.records ? <Text style={muted}>{t('finances.ledger.waiting')}</Text> : null
        } />
      ))}
    </Card>
  )
}

/**
 * 记账与审核 for a month. The steward and the committee record (by hand or a month's spreadsheet)
 * and see what waits for approval; the committee approves others' entries and publishes the
 * month. Everyone else sees the ledger read-only, told who records it.
 */
export function LedgerScreen(props: { compoundId: string; month?: string }) {
  const tokens = useTokens()
  const [month, setMonth] = useState(props.month ?? todayInBeijing().slice(0, 7))
  const access = useQuery(FinanceAccessDocument, { variables: { compoundId: props.compoundId }, context: { silentErrors: true } })
  const [publish] = useMutation(PublishFinanceStatementDocument)
  const a = access.data?.financeAccess
  if (access.loading && !a) return <Skeleton rows={4} />
  const label = t('finances.ledger.month', { year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) })
  const next = stepPeriod(month, 1)
  return (
    <View>
      <Card>
        <Text style={{ display: 'block', fontSize: px(tokens.font.heading), fontWeight: 'bold' }}>{a ? t('finances.ledger.heading', { compound: a.compound.name, label }) : label}</Text>
        <View style={{ display: 'flex', gap: px(tokens.space.sm), marginTop: px(tokens.space.sm) }}>
          <TapButton variant='secondary' onTap={() => setMonth(stepPeriod(month, -1))}>{t('finances.ledger.previous')}</TapButton>
          <TapButton variant='secondary' disabled={isFuture(next)} onTap={() => setMonth(next)}>{t('finances.ledger.next')}</TapButton>
        </View>
        {a?.records ? null : <Text className='ledger-who' style={{ display: 'block', marginTop: px(tokens.space.sm) }}>{t('finances.ledger.whoRecords')}</Text>}
      </Card>
      {a?.records ? (
        <>
          <LedgerForm compoundId={props.compoundId} />
          <TapButton block variant='secondary' onTap={() => void Taro.navigateTo({ url: importPath(props.compoundId, month) })}>{t('finances.ledger.import', { label })}</TapButton>
        </>
      ) : null}
      {a?.keeps ? <PendingList compoundId={props.compoundId} month={month} records={a.records} /> : null}
      {a?.reads && !a.keeps ? <EntryList compoundId={props.compoundId} period={month} account={null} accountName={null} onShowAll={() => undefined} /> : null}
      {a && !a.reads ? <EmptyState title={t('finances.title.ledger')} body={t('finances.statement.forbidden')} /> : null}
      {a?.approves ? (
        <TapButton block variant='secondary' onTap={() => publish({ variables: { compoundId: props.compoundId, period: month } }).then((r) => toast(t('finances.ledger.published', { title: r.data?.publishFinanceStatement.title ?? '' }))).catch(() => undefined)}>
          {t('finances.ledger.publish', { label })}
        </TapButton>
      ) : null}
    </View>
  )
}
