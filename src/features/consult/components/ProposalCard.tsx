import { Text, View } from '@tarojs/components'
import { useFragment, type FragmentType } from '@/graphql/generated/fragment-masking'
import type { ProposalCard_ProposalFragment } from '@/graphql/generated/graphql'
import { t } from '@/i18n'
import { Card, CategoryMark, px, useTokens } from '@/ui'
import { proposalStageIcons } from '@/ui/icons/stages'
import { formatFull } from '@/lib/beijing-time'
import { participationText } from '../participation'
import { countdownText, matterLabel, stageLabel } from '../list-vocabulary'
import { ProposalCard_ProposalFragmentDoc } from './ProposalCard.generated'

export type ProposalListItem = ProposalCard_ProposalFragment

/** One proposal in the list: stage in words, the matter, and what its stage is waiting for. */
export function ProposalCard(props: { proposal: FragmentType<typeof ProposalCard_ProposalFragmentDoc>; onOpen(id: string): void }) {
  const tokens = useTokens()
  const p = useFragment(ProposalCard_ProposalFragmentDoc, props.proposal)
  const muted = { display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted } as const
  const place = p.building ? `${p.compound.name} · ${p.building.name}` : p.compound.name
  return (
    <Card onTap={() => props.onOpen(p.id)} label={p.title}>
      <View style={{ marginBottom: px(tokens.space.xs) }}>
        <CategoryMark icon={proposalStageIcons[p.stage]} label={stageLabel(p.stage)} />
      </View>
      <Text style={{ display: 'block', fontSize: px(tokens.font.title), fontWeight: 'bold' }}>{p.title}</Text>
      <Text style={{ display: 'block', marginTop: px(tokens.space.xs) }}>{matterLabel(p.matter)}</Text>
      <Text style={muted}>{place}</Text>
      {p.stage === 'COSIGNING' ? (
        <Text style={{ display: 'block', fontWeight: 'bold' }}>
          {t('consult.card.cosign', { count: p.cosignCount, threshold: p.cosignThreshold })}
          {p.cosignDeadline ? ` · ${t('consult.card.cosignDeadline', { time: formatFull(p.cosignDeadline) })}` : ''}
        </Text>
      ) : null}
      {p.stage === 'VOTING' && p.votingClosesAt ? (
        <Text style={{ display: 'block', fontWeight: 'bold' }}>{`${t('consult.card.closes', { time: formatFull(p.votingClosesAt) })}（${countdownText(p.votingClosesAt)}）`}</Text>
      ) : null}
      {p.participation && (p.stage === 'VOTING' || p.stage === 'PASSED' || p.stage === 'REJECTED') ? (
        <Text style={muted}>{t('consult.card.participation', { text: participationText(p.participation) })}</Text>
      ) : null}
    </Card>
  )
}
