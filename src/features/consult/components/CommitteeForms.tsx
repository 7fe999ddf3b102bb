import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState, type ReactNode } from 'react'
import { OpenVotingDocument, PostMinutesDocument, ScheduleMeetingDocument, WriteOutcomeDocument } from '@/features/consult/consult.generated'
import { t } from '../i18n'
import { TapButton, px, useTokens } from '@/ui'
import { Field } from '@/ui/Field'
import { defaultPickerMoment, formatFull, fromPickerMoment, type PickerMoment } from '@/lib/beijing-time'
import { useProposalStep } from '../hooks/useProposalStep'
import { LongText } from './FormBits'
import { DateTimeField } from '@/ui/DateTimeField'
import { confirmFirst } from '@/ui/confirm'
import type { ProposalView } from './types'

const toast = (title: string) => void Taro.showToast({ title, icon: 'none', duration: 2500 })

/** One committee step: its title, what it does, its fields and its button. */
export function ToolSection(props: { title: string; hint?: string; children: ReactNode }) {
  const tokens = useTokens()
  return (
    <View style={{ padding: `${px(tokens.space.md)} 0`, borderTop: `1px solid ${tokens.color.border}` }}>
      <Text style={{ display: 'block', fontWeight: 'bold' }}>{props.title}</Text>
      {props.hint ? <Text style={{ display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted, marginBottom: px(tokens.space.xs) }}>{props.hint}</Text> : null}
      {props.children}
    </View>
  )
}

/** 开启投票 with a closing date and time (a week from now at 20:00 unless changed). */
export function OpenVotingForm(props: { proposal: ProposalView }) {
  const [closing, setClosing] = useState<PickerMoment>(() => defaultPickerMoment(new Date(), 7, 20))
  const open = useProposalStep(OpenVotingDocument)
  const submit = async () => {
    const closesAt = fromPickerMoment(closing)
    if (!closesAt || new Date(closesAt).getTime() <= Date.now()) return toast(t('consult.tools.closingFuture'))
    const sure = await confirmFirst({ title: t('consult.tools.openVotingConfirm.title'), content: t('consult.tools.openVotingConfirm.body', { time: formatFull(closesAt) }), confirmText: t('consult.tools.openVoting') })
    if (!sure) return
    return open.run({ id: props.proposal.id, closesAt }, t('consult.tools.votingOpened'))
  }
  return (
    <ToolSection title={t('consult.tools.openVotingTitle')} hint={t('consult.tools.openVotingHint')}>
      <DateTimeField label={t('consult.tools.closesAt')} value={closing} fallback={closing} onChange={setClosing} />
      <TapButton block disabled={open.loading} onTap={submit}>
        {t('consult.tools.openVoting')}
      </TapButton>
    </ToolSection>
  )
}

/** 安排议事会 (time and place), then 发布会议纪要 once it is scheduled. */
export function MeetingForms(props: { proposal: ProposalView }) {
  const p = props.proposal
  const [at, setAt] = useState<PickerMoment>(() => defaultPickerMoment(new Date(), 3, 20))
  const [place, setPlace] = useState(p.meeting?.place ?? '')
  const [minutes, setMinutes] = useState(p.meeting?.minutes ?? '')
  const schedule = useProposalStep(ScheduleMeetingDocument)
  const post = useProposalStep(PostMinutesDocument)
  const submitMeeting = () => {
    const when = fromPickerMoment(at)
    if (!when) return toast(t('consult.tools.pickTime'))
    if (!place.trim()) return toast(t('consult.tools.placeEmpty'))
    return schedule.run({ id: p.id, at: when, place: place.trim() }, t('consult.tools.meetingSet'))
  }
  const submitMinutes = () => {
    if (!minutes.trim()) return toast(t('consult.tools.minutesEmpty'))
    return post.run({ id: p.id, minutes: minutes.trim() }, t('consult.tools.minutesPosted'))
  }
  return (
    <View>
      <ToolSection title={t('consult.tools.meetingTitle')}>
        <DateTimeField label={t('consult.tools.meetingAt')} value={at} fallback={at} onChange={setAt} />
        <Field label={t('consult.tools.meetingPlace')} placeholder={t('consult.tools.meetingPlacePlaceholder')} value={place} maxlength={60} onChange={setPlace} />
        <TapButton block variant="secondary" disabled={schedule.loading} onTap={submitMeeting}>
          {t('consult.tools.scheduleMeeting')}
        </TapButton>
      </ToolSection>
      {p.meeting?.at ? (
        <ToolSection title={t('consult.tools.minutesTitle')}>
          <LongText label={t('consult.tools.minutes')} placeholder={t('consult.tools.minutesPlaceholder')} value={minutes} max={3000} onChange={setMinutes} />
          <TapButton block variant="secondary" disabled={post.loading} onTap={submitMinutes}>
            {t('consult.tools.postMinutes')}
          </TapButton>
        </ToolSection>
      ) : null}
    </View>
  )
}

/** 发布结果说明: the committee's statement shown with the result. */
export function OutcomeForm(props: { proposal: ProposalView }) {
  const [outcome, setOutcome] = useState(props.proposal.outcome ?? '')
  const write = useProposalStep(WriteOutcomeDocument)
  const submit = () => {
    if (!outcome.trim()) return toast(t('consult.tools.outcomeEmpty'))
    return write.run({ id: props.proposal.id, outcome: outcome.trim() }, t('consult.tools.outcomeWritten'))
  }
  return (
    <ToolSection title={t('consult.tools.outcomeTitle')}>
      <LongText label={t('consult.tools.outcome')} placeholder={t('consult.tools.outcomePlaceholder')} value={outcome} max={1000} onChange={setOutcome} />
      <TapButton block variant="secondary" disabled={write.loading} onTap={submit}>
        {t('consult.tools.writeOutcome')}
      </TapButton>
    </ToolSection>
  )
}
