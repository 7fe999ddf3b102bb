import { useQuery } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ProposalFundDrawsDocument } from '@/features/consult/consult.generated'
import { Card, px, tapLabel, useTokens } from '@/ui'
import { t } from '../i18n'
import type { ProposalView } from './types'

const DECIDED = ['PASSED', 'ACTING', 'DONE']

/** "2345600" fen → "23,456.00" by string arithmetic (amounts never pass through a float). */
function yuanOf(fen: string): string {
  const digits = fen.replace(/^-/, '').padStart(3, '0')
  return `${fen.startsWith('-') ? '-' : ''}${digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${digits.slice(-2)}`
}

/** 已支取维修资金: a passed fund decision shows every ledger draw made against it, each opening its entry and vouchers. */
export function FundDrawsPanel(props: { proposal: ProposalView }) {
  const tokens = useTokens()
  const p = props.proposal
  const relevant = p.matter === 'USE_MAINTENANCE_FUND' && DECIDED.includes(p.stage)
  const { data } = useQuery(ProposalFundDrawsDocument, { variables: { id: p.id }, skip: !relevant })
  const draws = data?.proposal
  if (!relevant || !draws) return null
  return (
    <Card>
      <Text style={{ display: 'block', fontSize: px(tokens.font.title), fontWeight: 'bold' }}>{t('consult.fund.title')}</Text>
      <Text className='fund-drawn' style={{ display: 'block', fontWeight: 'bold' }}>{t('consult.fund.total', { amount: yuanOf(draws.fundDrawnFen) })}</Text>
      {draws.fundDraws.length === 0 ? <Text style={{ display: 'block', color: tokens.color.textMuted }}>{t('consult.fund.none')}</Text> : null}
      {draws.fundDraws.map((d) => (
        <View key={d.id} className='fund-draw' style={{ padding: `${px(tokens.space.sm)} 0`, borderBottom: `1px solid ${tokens.color.border}` }} {...tapLabel(t('consult.fund.draw', { date: d.date, amount: yuanOf(d.amountFen), description: d.description }), 'link')} onClick={() => void Taro.navigateTo({ url: `/features/finances/pages/entry/index?id=${encodeURIComponent(d.id)}` })}>
          <Text style={{ display: 'block' }}>{t('consult.fund.draw', { date: d.date, amount: yuanOf(d.amountFen), description: d.description })}</Text>
        </View>
      ))}
    </Card>
  )
}
