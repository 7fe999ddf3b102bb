import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { CastBallotDocument } from '@/features/consult/consult.generated'
import { t } from '../i18n'
import { Card, TapButton, px, useTokens } from '@/ui'
import { canCast, choiceLimit, toggleChoice } from '../choices'
import { formatFull } from '@/lib/beijing-time'
import { useProposalStep } from '../hooks/useProposalStep'
import { ballotKindLabel, countdownText, hasPassed, isArticle278, optionLetter } from '../vocabulary'
import { ParticipationMeter } from './ParticipationMeter'
import { VoteChoices } from './VoteChoices'
import type { ProposalView } from './types'

/**
 * 投票: the choices, the household's own ballot and its receipt (changeable until closing), the
 * participation meter and the time left. Why the viewer cannot vote, when they cannot.
 */
export function VotingPanel(props: { proposal: ProposalView }) {
  const tokens = useTokens()
  const p = props.proposal
  const rule = { kind: p.ballotKind, maxChoices: p.maxChoices }
  const ballot = p.viewerBallot
  const [selected, setSelected] = useState<string[]>(() => [...(ballot?.optionIds ?? [])])
  const cast = useProposalStep(CastBallotDocument)
  const closed = hasPassed(p.votingClosesAt)
  const ballotKey = ballot?.optionIds.join(',') ?? ''

  // A ballot changed elsewhere (another member of the household) shows here after a refresh.
  useEffect(() => {
    if (ballotKey) setSelected(ballotKey.split(','))
  }, [ballotKey])

  const toggle = (id: string) => {
    const next = toggleChoice(selected, id, rule)
    if (next.full) void Taro.showToast({ title: t('consult.vote.full', { max: choiceLimit(rule) }), icon: 'none', duration: 2500 })
    setSelected(next.selected)
  }
  const submit = () => {
    if (!canCast(selected, rule)) return void Taro.showToast({ title: t('consult.vote.pickFirst'), icon: 'none', duration: 2500 })
    return cast.run({ proposalId: p.id, optionIds: selected }, t('consult.vote.counted'))
  }
  const chosenWords = ballot
    ? p.options
        .map((o, i) => (ballot.optionIds.includes(o.id) ? (p.ballotKind === 'YES_NO_ABSTAIN' ? o.label : `${optionLetter(i)}. ${o.label}`) : null))
        .filter(Boolean)
        .join('、')
    : ''
  const muted = { display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted } as const

  return (
    <Card>
      <Text style={{ display: 'block', fontWeight: 'bold', fontSize: px(tokens.font.title) }}>{t('consult.vote.title', { kind: ballotKindLabel(p.ballotKind, p.maxChoices) })}</Text>
      {p.votingClosesAt ? (
        <Text style={{ display: 'block', marginBottom: px(tokens.space.sm) }}>{`${t('consult.vote.closes', { time: formatFull(p.votingClosesAt) })}（${countdownText(p.votingClosesAt)}）`}</Text>
      ) : null}
      {p.advisory ? <Text style={{ ...muted, marginBottom: px(tokens.space.sm) }}>{t('consult.vote.advisoryNote')}</Text> : null}
      {p.viewerCanVote && !closed ? (
        <View>
          {p.ballotKind === 'MULTIPLE' ? <Text style={muted}>{t('consult.vote.pickUpTo', { max: choiceLimit(rule) })}</Text> : null}
          <VoteChoices kind={p.ballotKind} options={p.options} selected={selected} disabled={cast.loading} onToggle={toggle} />
          <TapButton block disabled={cast.loading} onTap={submit}>
            {t('consult.vote.button')}
          </TapButton>
          {ballot ? <Text style={{ ...muted, marginTop: px(tokens.space.xs) }}>{t('consult.vote.changeable')}</Text> : null}
        </View>
      ) : null}
      {!p.viewerCanVote && p.viewerVoteBlockedReason ? <Text style={{ display: 'block', fontWeight: 'bold', margin: `${px(tokens.space.sm)} 0` }}>{`ⓘ ${p.viewerVoteBlockedReason}`}</Text> : null}
      {closed ? <Text style={{ display: 'block', fontWeight: 'bold', margin: `${px(tokens.space.sm)} 0` }}>{t('consult.vote.closedWaiting')}</Text> : null}
      {ballot ? (
        <View style={{ marginTop: px(tokens.space.md), padding: px(tokens.space.md), border: `2px solid ${tokens.color.primary}`, borderRadius: px(tokens.radius) }}>
          <Text style={{ display: 'block', fontWeight: 'bold' }}>{`✓ ${t('consult.vote.receipt', { receipt: ballot.receipt })}`}</Text>
          <Text style={{ display: 'block' }}>{t('consult.vote.yourChoice', { choice: chosenWords })}</Text>
          <Text style={muted}>{`${formatFull(ballot.castAt)}${ballot.assisted ? ` · ${t('consult.vote.assisted')}` : ''}`}</Text>
          <Text style={muted}>{t('consult.vote.secret')}</Text>
        </View>
      ) : null}
      {p.participation ? (
        <View style={{ marginTop: px(tokens.space.md) }}>
          <ParticipationMeter households={p.participation.households} area={p.participation.area} voted={p.participation.votedHouseholds} eligible={p.participation.eligibleHouseholds} article278={isArticle278(p.matter)} />
        </View>
      ) : null}
    </Card>
  )
}
