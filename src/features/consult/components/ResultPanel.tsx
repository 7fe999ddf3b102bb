import { Text, View } from '@tarojs/components'
import { t } from '../i18n'
import { Card, px, useTokens } from '@/ui'
import { percent } from '../participation'
import { tallyOptions } from '../results'
import { isArticle278, optionLetter } from '../vocabulary'
import type { ProposalView } from './types'

/** 表决结果: passed or not and why in one sentence, counts and shares per option, participation, the committee's statement. */
export function ResultPanel(props: { proposal: ProposalView }) {
  const tokens = useTokens()
  const p = props.proposal
  const result = p.result
  if (!result) return null
  const tallies = tallyOptions(p.options, p.ballotKind, result.winningOptionIds, p.participation?.votedHouseholds)
  const verdict = p.advisory ? (result.tie ? t('consult.result.tie') : t('consult.result.advisoryDone')) : result.passed ? t('consult.result.passed') : t('consult.result.rejected')
  return (
    <Card>
      <Text style={{ display: 'block', fontSize: px(tokens.font.title), fontWeight: 'bold' }}>{p.advisory ? t('consult.result.advisoryTitle') : t('consult.result.title')}</Text>
      <Text style={{ display: 'block', fontSize: px(tokens.font.heading), fontWeight: 'bold', color: result.passed ? tokens.color.primary : tokens.color.text }}>{`${result.passed ? '✓' : '✗'} ${verdict}`}</Text>
      <Text style={{ display: 'block', marginBottom: px(tokens.space.sm) }}>{result.reason}</Text>
      {tallies.map((tally, i) => (
        <View key={tally.id} style={{ marginBottom: px(tokens.space.sm) }}>
          <Text style={{ display: 'block', fontWeight: tally.winner ? 'bold' : 'normal' }}>
            {[`${p.ballotKind === 'YES_NO_ABSTAIN' ? '' : `${optionLetter(i)}. `}${tally.label}`, t('consult.option.tally', { votes: tally.votes, share: percent(tally.share) }), tally.winner ? t('consult.option.winner') : ''].filter(Boolean).join(' · ')}
          </Text>
          <View style={{ height: px(10), borderRadius: px(4), backgroundColor: tokens.color.skeleton }}>
            <View style={{ width: `${Math.round(Math.min(1, tally.share) * 100)}%`, height: '100%', borderRadius: px(4), backgroundColor: tally.winner ? tokens.color.primary : tokens.color.textMuted }} />
          </View>
        </View>
      ))}
      <Text style={{ display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>
        {isArticle278(p.matter)
          ? t('consult.result.participation278', { owners: result.participatingOwners, eligible: result.eligibleOwners, households: percent(result.participationHouseholds), area: percent(result.participationArea) })
          : t('consult.result.participation', { households: percent(result.participationHouseholds) })}
      </Text>
      {p.outcome ? (
        <View style={{ marginTop: px(tokens.space.md), paddingTop: px(tokens.space.sm), borderTop: `1px solid ${tokens.color.border}` }}>
          <Text style={{ display: 'block', fontWeight: 'bold' }}>{t('consult.result.outcome')}</Text>
          <Text style={{ display: 'block' }}>{p.outcome}</Text>
        </View>
      ) : null}
    </Card>
  )
}
