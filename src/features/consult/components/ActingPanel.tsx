import { Text, View } from '@tarojs/components'
import { PhotoGrid } from '@/features/issues/components/PhotoGrid'
import { AnswerAcceptanceDocument } from '@/features/consult/consult.generated'
import { t } from '../i18n'
import { Card, TapButton, px, useTokens } from '@/ui'
import { formatFull } from '@/lib/beijing-time'
import { useProposalStep } from '../hooks/useProposalStep'
import { taskStatusLabel, yuan } from '../vocabulary'
import type { ProposalView } from './types'

/** 实施: the tasks with owner, due date, status in words, money; progress notes with photos; 验收. */
export function ActingPanel(props: { proposal: ProposalView }) {
  const tokens = useTokens()
  const p = props.proposal
  const answer = useProposalStep(AnswerAcceptanceDocument)
  const muted = { display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted } as const
  return (
    <Card>
      <Text style={{ display: 'block', fontSize: px(tokens.font.title), fontWeight: 'bold' }}>{t('consult.acting.title')}</Text>
      <Text style={{ display: 'block', marginBottom: px(tokens.space.sm) }}>{t('consult.acting.money', { budget: yuan(p.budgetCents), spent: yuan(p.spentCents) })}</Text>
      {p.tasks.length === 0 ? <Text style={muted}>{t('consult.acting.noTasks')}</Text> : null}
      {p.tasks.map((task) => (
        <View key={task.id} style={{ padding: `${px(tokens.space.sm)} 0`, borderTop: `1px solid ${tokens.color.border}` }}>
          <Text style={{ display: 'block', fontWeight: 'bold' }}>{`${task.title} · ${taskStatusLabel(task.status)}`}</Text>
          <Text style={muted}>{[t('consult.acting.owner', { name: task.ownerName }), task.dueDate ? t('consult.acting.due', { date: task.dueDate }) : ''].filter(Boolean).join(' · ')}</Text>
          <Text style={muted}>{t('consult.acting.money', { budget: yuan(task.budgetCents), spent: yuan(task.spentCents) })}</Text>
          {task.notes.map((note) => (
            <View key={note.id} style={{ marginTop: px(tokens.space.xs), paddingLeft: px(tokens.space.sm), borderLeft: `2px solid ${tokens.color.border}` }}>
              <Text style={muted}>{formatFull(note.at)}</Text>
              {note.note ? <Text style={{ display: 'block' }}>{note.note}</Text> : null}
              <PhotoGrid photos={note.photos} />
            </View>
          ))}
        </View>
      ))}
      {p.acceptanceOpen || p.acceptance.accepted + p.acceptance.sentBack > 0 ? (
        <Text style={{ display: 'block', marginTop: px(tokens.space.sm) }}>{t('consult.acceptance.count', { accepted: p.acceptance.accepted, sentBack: p.acceptance.sentBack })}</Text>
      ) : null}
      {p.acceptanceOpen ? (
        <View style={{ marginTop: px(tokens.space.sm) }}>
          <Text style={{ display: 'block', fontWeight: 'bold', marginBottom: px(tokens.space.xs) }}>{t('consult.acceptance.ask')}</Text>
          {p.acceptance.viewerAnswer !== null && p.acceptance.viewerAnswer !== undefined ? (
            <Text style={{ display: 'block', marginBottom: px(tokens.space.xs) }}>{`✓ ${p.acceptance.viewerAnswer ? t('consult.acceptance.youAccepted') : t('consult.acceptance.youSentBack')}`}</Text>
          ) : null}
          <View style={{ display: 'flex', gap: px(tokens.space.sm), flexDirection: tokens.columns === 1 ? 'column' : 'row' }}>
            <TapButton block disabled={answer.loading} onTap={() => answer.run({ id: p.id, accept: true }, t('consult.acceptance.thanks'))}>
              {t('consult.acceptance.accept')}
            </TapButton>
            <TapButton block variant="secondary" disabled={answer.loading} onTap={() => answer.run({ id: p.id, accept: false }, t('consult.acceptance.thanks'))}>
              {t('consult.acceptance.sendBack')}
            </TapButton>
          </View>
        </View>
      ) : null}
    </Card>
  )
}
