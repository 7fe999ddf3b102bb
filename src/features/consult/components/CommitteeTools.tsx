import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { CloseAcceptanceDocument, CloseVotingDocument, FinishWorkDocument, OpenDiscussionDocument } from '@/features/consult/consult.generated'
import { t } from '../i18n'
import { Card, TapButton, px, useTokens } from '@/ui'
import { formatFull } from '@/lib/beijing-time'
import { hasPassed } from '../vocabulary'
import { useProposalStep } from '../hooks/useProposalStep'
import { AssistedBallotForm } from './AssistedBallotForm'
import { MeetingForms, OpenVotingForm, OutcomeForm, ToolSection } from './CommitteeForms'
import { SitePlanUpload } from './SitePlanUpload'
import { AddTaskForm, UpdateTaskForm } from './TaskForms'
import type { ProposalView } from './types'

/** 物管会工具: the steps the committee may take at this stage, each with what it does. */
export function CommitteeTools(props: { proposal: ProposalView; onChanged(): void }) {
  const tokens = useTokens()
  const p = props.proposal
  const openDiscussion = useProposalStep(OpenDiscussionDocument)
  const closeVoting = useProposalStep(CloseVotingDocument)
  const finishWork = useProposalStep(FinishWorkDocument)
  const closeAcceptance = useProposalStep(CloseAcceptanceDocument)
  const [now, setNow] = useState(() => new Date())
  const waiting = p.stage === 'VOTING' && !hasPassed(p.votingClosesAt, now)
  // 结束投票 becomes possible at the closing time, without leaving the page.
  useEffect(() => {
    if (!waiting) return undefined
    const timer = setInterval(() => setNow(new Date()), 15_000)
    return () => clearInterval(timer)
  }, [waiting])
  if (!p.viewerIsCommittee) return null
  const votingOver = hasPassed(p.votingClosesAt, now)
  // An owners' vote may close before its time once every owner of the snapshot has voted (提前结束).
  const mayClose = votingOver || (p.electorate?.everyoneVoted ?? false)
  const closeHint = votingOver ? t('consult.tools.closeVotingReady') : mayClose ? t('consult.tools.closeVotingEveryone') : t(p.electorate ? 'consult.tools.closeVotingNotEveryone' : 'consult.tools.closeVotingWait', { time: p.votingClosesAt ? formatFull(p.votingClosesAt) : '' })
  return (
    <Card>
      <Text style={{ display: 'block', fontSize: px(tokens.font.title), fontWeight: 'bold' }}>{t('consult.tools.title')}</Text>
      {p.stage !== 'DRAFT' && p.stage !== 'WITHDRAWN' ? (
        <TapButton variant="secondary" block onTap={() => void Taro.navigateTo({ url: `/features/open/pages/poster/index?kind=PROPOSAL&id=${encodeURIComponent(p.id)}` })}>
          {t('consult.tools.poster')}
        </TapButton>
      ) : null}
      {!p.sitePlan ? (
        <ToolSection title={t('consult.plan.missingTitle')} hint={t('consult.plan.missingStaff')}>
          <SitePlanUpload compoundId={p.compound.id} onDone={props.onChanged} />
        </ToolSection>
      ) : null}
      {p.stage === 'COSIGNING' ? (
        <ToolSection title={t('consult.tools.openDiscussionTitle')} hint={t('consult.tools.openDiscussionHint')}>
          <TapButton block disabled={openDiscussion.loading} onTap={() => openDiscussion.run({ id: p.id }, t('consult.tools.discussionOpened'))}>
            {t('consult.tools.openDiscussion')}
          </TapButton>
        </ToolSection>
      ) : null}
      {p.stage === 'DISCUSSION' || p.stage === 'VOTING' ? <MeetingForms proposal={p} /> : null}
      {p.stage === 'DISCUSSION' ? <OpenVotingForm proposal={p} /> : null}
      {/* Owners' votes record paper ballots per roster unit (ElectoratePanel links there). */}
      {p.stage === 'VOTING' && !votingOver && !p.electorate ? <AssistedBallotForm proposal={p} /> : null}
      {p.stage === 'VOTING' ? (
        <ToolSection
          title={t('consult.tools.closeVotingTitle')}
          hint={closeHint}
        >
          <TapButton block disabled={!mayClose || closeVoting.loading} onTap={() => closeVoting.run({ id: p.id }, t('consult.tools.votingClosed'))}>
            {p.electorate && !votingOver ? t('consult.tools.closeVotingEarly') : t('consult.tools.closeVoting')}
          </TapButton>
        </ToolSection>
      ) : null}
      {p.result ? <OutcomeForm proposal={p} /> : null}
      {p.stage === 'PASSED' || p.stage === 'ACTING' ? <AddTaskForm proposal={p} /> : null}
      {p.stage === 'ACTING' && p.tasks.length > 0 ? <UpdateTaskForm proposal={p} /> : null}
      {p.stage === 'ACTING' && !p.acceptanceOpen ? (
        <ToolSection title={t('consult.tools.finishWorkTitle')} hint={t('consult.tools.finishWorkHint')}>
          <TapButton block variant="secondary" disabled={finishWork.loading} onTap={() => finishWork.run({ id: p.id }, t('consult.tools.acceptanceOpened'))}>
            {t('consult.tools.finishWork')}
          </TapButton>
        </ToolSection>
      ) : null}
      {p.stage === 'ACTING' && p.acceptanceOpen ? (
        <ToolSection title={t('consult.tools.closeAcceptanceTitle')} hint={t('consult.tools.closeAcceptanceHint')}>
          <TapButton block variant="secondary" disabled={closeAcceptance.loading} onTap={() => closeAcceptance.run({ id: p.id }, t('consult.tools.acceptanceClosed'))}>
            {t('consult.tools.closeAcceptance')}
          </TapButton>
        </ToolSection>
      ) : null}
    </Card>
  )
}
