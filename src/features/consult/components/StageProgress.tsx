import { Text, View } from '@tarojs/components'
import type { ProposalStage } from '@/graphql/generated/graphql'
import { t, type MessageKey } from '../i18n'
import { px, useTokens } from '@/ui'
import { formatDay } from '@/lib/beijing-time'
import type { ProposalView } from './types'

interface Phase {
  key: MessageKey
  /** Timeline kinds that start this phase. */
  starts: ReadonlyArray<string>
  /** Stages during which this phase is the current one. */
  during: ReadonlyArray<ProposalStage>
}

const PHASES: ReadonlyArray<Phase> = [
  { key: 'consult.phase.propose', starts: ['DRAFTED'], during: ['DRAFT', 'COSIGNING'] },
  { key: 'consult.phase.discuss', starts: ['DISCUSSION_OPENED'], during: ['DISCUSSION'] },
  { key: 'consult.phase.decide', starts: ['VOTING_OPENED'], during: ['VOTING', 'PASSED', 'REJECTED'] },
  { key: 'consult.phase.act', starts: ['ACTING_STARTED'], during: ['ACTING', 'DONE'] },
]

/** 提 → 议 → 决 → 做, each with the day it began and its state in words (done / now / not yet). */
export function StageProgress(props: { proposal: Pick<ProposalView, 'stage' | 'timeline'> }) {
  const tokens = useTokens()
  const current = PHASES.findIndex((phase) => phase.during.includes(props.proposal.stage))
  const finished = props.proposal.stage === 'DONE'
  return (
    <View role="list" style={{ display: 'flex', gap: px(tokens.space.xs), marginBottom: px(tokens.space.md), flexWrap: tokens.columns === 1 ? 'wrap' : 'nowrap' }}>
      {PHASES.map((phase, i) => {
        const started = props.proposal.timeline.find((e) => phase.starts.includes(e.kind))
        const state = finished || (current >= 0 && i < current) ? 'done' : i === current ? 'now' : 'later'
        const mark = state === 'done' ? '✓' : state === 'now' ? '●' : '○'
        return (
          <View
            key={phase.key}
            role="listitem"
            style={{
              flex: tokens.columns === 1 ? '1 1 45%' : 1,
              padding: px(tokens.space.sm),
              borderRadius: px(tokens.radius),
              border: `${state === 'now' ? 2 : 1}px solid ${state === 'now' ? tokens.color.primary : tokens.color.border}`,
              backgroundColor: tokens.color.surface,
              textAlign: 'center',
            }}
          >
            <Text style={{ display: 'block', fontWeight: 'bold', fontSize: px(tokens.font.title) }}>{`${mark} ${t(phase.key)}`}</Text>
            <Text style={{ display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>
              {`${t(`consult.phase.state.${state}`)}${started ? ` · ${formatDay(started.at)}` : ''}`}
            </Text>
          </View>
        )
      })}
    </View>
  )
}
