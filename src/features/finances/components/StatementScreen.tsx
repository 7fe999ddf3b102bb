import { useQuery } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { FinanceStatementDocument } from '@/features/finances/finances.generated'
import { Card, EmptyState, Skeleton, TapButton, px, tapLabel, useTokens } from '@/ui'
import { t } from '../i18n'
import { formatFen } from '../money'
import { isFuture, isQuarter, monthLabel, stepPeriod, switchKind } from '../periods'
import { entryPath, ledgerPath } from '../routes'
import { Bars, type Bar } from './Bars'
import { EntryList } from './EntryList'

export interface StatementScreenProps { compoundId: string; period: string; onPeriod: (period: string) => void }

/**
 * 收支公开 for a month or a quarter: the headline figures, the months as bars, income and spending
 * by category (tap one to list its entries), the maintenance fund with each draw's decision, the
 * chain's head, and the questions waiting for an answer.
 */
export function StatementScreen(props: StatementScreenProps) {
  const tokens = useTokens()
  const [account, setAccount] = useState<{ key: string; name: string } | null>(null)
  const { data, loading, error } = useQuery(FinanceStatementDocument, { variables: { compoundId: props.compoundId, period: props.period }, context: { silentErrors: true } })
  const s = data?.financeStatement
  const muted = { display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted } as const
  const title = { display: 'block', fontSize: px(tokens.font.title), fontWeight: 'bold', marginBottom: px(tokens.space.sm) } as const
  const yuan = (fen: string) => t('finances.statement.yuan', { amount: formatFen(fen) })
  if (loading && !s) return <Skeleton rows={4} />
  if (!s) return <EmptyState title={t('finances.title.statement')} body={error ? t('finances.statement.forbidden') : t('finances.statement.empty')} />
  const pick = (key: string) => {
    const found = [...s.income, ...s.spending].find((a) => a.account === key)
    if (found) setAccount({ key, name: found.name })
  }
  const months: Bar[] = s.months.flatMap((m) => [
    { key: `${m.month}-in`, label: `${monthLabel(m.month)} ${t('finances.statement.incomeBar')}`, fen: m.incomeFen, tone: 'income' as const },
    { key: `${m.month}-out`, label: `${monthLabel(m.month)} ${t('finances.statement.spendingBar')}`, fen: m.spendingFen, tone: 'spending' as const },
  ])
  const next = stepPeriod(props.period, 1)
  return (
    <View>
      <Card>
        <Text style={{ display: 'block', fontSize: px(tokens.font.heading), fontWeight: 'bold' }}>{t('finances.statement.heading', { compound: s.compound.name, label: s.label })}</Text>
        <View style={{ display: 'flex', gap: px(tokens.space.sm), flexWrap: 'wrap', margin: `${px(tokens.space.sm)} 0` }}>
          <TapButton variant='secondary' onTap={() => props.onPeriod(stepPeriod(props.period, -1))}>{t('finances.statement.previous')}</TapButton>
          <TapButton variant='secondary' disabled={isFuture(next)} onTap={() => props.onPeriod(next)}>{t('finances.statement.next')}</TapButton>
          <TapButton variant='secondary' onTap={() => props.onPeriod(switchKind(props.period))}>{isQuarter(props.period) ? t('finances.statement.month') : t('finances.statement.quarter')}</TapButton>
        </View>
        {[
          ['finances.statement.income', s.incomeFen],
          ['finances.statement.spending', s.spendingFen],
          ['finances.statement.opening', s.openingBalanceFen],
          ['finances.statement.closing', s.closingBalanceFen],
        ].map(([key, fen]) => (
          <View key={key} className='headline' style={{ display: 'flex', justifyContent: 'space-between', padding: `${px(tokens.space.xs)} 0` }}>
            <Text>{t(key as 'finances.statement.income')}</Text>
            <Text style={{ fontWeight: 'bold' }}>{yuan(fen ?? '0')}</Text>
          </View>
        ))}
        {s.openQuestions > 0 ? <Text style={{ display: 'block', marginTop: px(tokens.space.sm) }}>{t('finances.statement.questions', { open: s.openQuestions })}</Text> : null}
        {s.overdueQuestions > 0 ? <Text className='overdue' style={{ display: 'block', fontWeight: 'bold', color: tokens.color.danger }}>{t('finances.statement.overdue', { count: s.overdueQuestions })}</Text> : null}
      </Card>
      <Card>
        <Text style={title}>{t('finances.statement.byMonth')}</Text>
        <Bars bars={months} />
      </Card>
      <Card>
        <Text style={title}>{t('finances.statement.incomeTitle')}</Text>
        <Bars bars={s.income.map((a) => ({ key: a.account, label: a.name, fen: a.totalFen, tone: 'income' }))} onTap={pick} />
        <Text style={{ ...title, marginTop: px(tokens.space.md) }}>{t('finances.statement.spendingTitle')}</Text>
        <Bars bars={s.spending.map((a) => ({ key: a.account, label: a.name, fen: a.totalFen, tone: 'spending' }))} onTap={pick} />
        <Text style={muted}>{t('finances.statement.tapToList')}</Text>
      </Card>
      <Card>
        <Text style={title}>{t('finances.statement.fund')}</Text>
        <Text style={{ display: 'block' }}>{t('finances.statement.fundLine', { opening: formatFen(s.fundOpeningFen), deposits: formatFen(s.fundDepositsFen), draws: formatFen(s.fundDrawsFen), closing: formatFen(s.fundClosingFen) })}</Text>
        {s.fundDraws.length === 0 ? <Text style={muted}>{t('finances.statement.noDraws')}</Text> : null}
        {s.fundDraws.map((d) => (
          <View key={d.id} className='fund-draw' style={{ marginTop: px(tokens.space.sm) }} {...tapLabel(t('finances.statement.fundDraw', { date: d.date, amount: formatFen(d.amountFen), description: d.description }), 'link')} onClick={() => void Taro.navigateTo({ url: entryPath(d.id) })}>
            <Text style={{ display: 'block', fontWeight: 'bold' }}>{t('finances.statement.fundDraw', { date: d.date, amount: formatFen(d.amountFen), description: d.description })}</Text>
            {d.decision ? <Text style={muted}>{t('finances.statement.fundDecision', { title: d.decision.title })}</Text> : null}
          </View>
        ))}
      </Card>
      <EntryList compoundId={props.compoundId} period={props.period} account={account?.key ?? null} accountName={account?.name ?? null} onShowAll={() => setAccount(null)} />
      <Card>
        <Text style={muted}>{t('finances.statement.chain', { count: s.entryCount, length: s.chainLength })}</Text>
        <Text className='chain-head' style={{ display: 'block', fontFamily: 'monospace', wordBreak: 'break-all', fontSize: px(tokens.font.small) }}>{s.chainHead}</Text>
      </Card>
      {s.viewerRecords || s.viewerApproves ? (
        <TapButton variant='secondary' block onTap={() => void Taro.navigateTo({ url: ledgerPath(props.compoundId) })}>{t('finances.statement.ledger')}</TapButton>
      ) : null}
    </View>
  )
}
