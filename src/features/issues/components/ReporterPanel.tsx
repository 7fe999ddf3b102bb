import { useMutation } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { FollowUpAnswer, IssueDetail_IssueFragment } from '@/graphql/generated/graphql'
import { AnswerIssueFollowUpDocument, ConfirmIssueDocument, ReopenIssueDocument } from '@/features/issues/issues.generated'
import { t } from '../i18n'
import { TapButton, px, useTokens } from '@/ui'
import { COMMENT_MAX, NOTE_MAX } from '../limits'
import { ratingError, requiredNoteError } from '../rating'
import { followUpAnswerLabel } from '../vocabulary'
import { LongText } from '@/ui/FormGroup'
import { StarRating } from './StarRating'

type Issue = Pick<IssueDetail_IssueFragment, 'id' | 'viewerNextSteps' | 'followUpPending' | 'viewerIsReporter'>

const box = (tokens: ReturnType<typeof useTokens>) => ({
  marginBottom: px(tokens.space.lg),
  padding: px(tokens.space.md),
  border: `2px solid ${tokens.color.primary}`,
  borderRadius: px(tokens.radius),
  backgroundColor: tokens.color.surface,
})

/** The reporter's part: confirm and rate (or reopen) a resolved issue; answer 是否真正解决? a week after closing. */
export function ReporterPanel(props: { issue: Issue }) {
  const { issue } = props
  if (!issue.viewerIsReporter) return null
  if (issue.viewerNextSteps.includes('CLOSED') || issue.viewerNextSteps.includes('REOPENED')) return <ConfirmOrReopen issue={issue} />
  if (issue.followUpPending) return <FollowUpQuestion id={issue.id} />
  return null
}

function ConfirmOrReopen(props: { issue: Issue }) {
  const tokens = useTokens()
  const [rating, setRating] = useState<number | null>(null)
  const [comment, setComment] = useState('')
  const [reopening, setReopening] = useState(false)
  const [reason, setReason] = useState('')
  const [tried, setTried] = useState<'confirm' | 'reopen' | null>(null)
  const [confirm, confirmState] = useMutation(ConfirmIssueDocument)
  const [reopen, reopenState] = useMutation(ReopenIssueDocument)
  const canConfirm = props.issue.viewerNextSteps.includes('CLOSED')
  const canReopen = props.issue.viewerNextSteps.includes('REOPENED')
  const confirmError = tried === 'confirm' ? ratingError(rating, comment) : null
  const reopenError = tried === 'reopen' ? requiredNoteError(reason, 'issues.reopen.error.reason') : null

  const sendConfirm = async () => {
    setTried('confirm')
    if (ratingError(rating, comment) || rating === null) return
    const comment_ = comment.trim()
    const done = await confirm({ variables: { id: props.issue.id, rating, comment: comment_ || null } }).catch(() => null)
    if (done?.data) void Taro.showToast({ title: t('issues.confirm.done'), icon: 'success' })
  }
  const sendReopen = async () => {
    setTried('reopen')
    if (requiredNoteError(reason, 'issues.reopen.error.reason')) return
    const done = await reopen({ variables: { id: props.issue.id, reason: reason.trim() } }).catch(() => null)
    if (done?.data) void Taro.showToast({ title: t('issues.reopen.done'), icon: 'none' })
  }

  return (
    <View style={box(tokens)}>
      <Text style={{ display: 'block', fontWeight: 'bold', fontSize: px(tokens.font.title) }}>{t('issues.confirm.title')}</Text>
      <Text style={{ display: 'block', marginBottom: px(tokens.space.sm), color: tokens.color.textMuted }}>{t('issues.confirm.body')}</Text>
      {canConfirm && !reopening ? (
        <View>
          <Text style={{ display: 'block', fontWeight: 'bold', marginBottom: px(tokens.space.xs) }}>{t('issues.confirm.starsLabel')}</Text>
          <StarRating value={rating} onChange={setRating} />
          <LongText label={t('issues.confirm.comment')} placeholder={t('issues.confirm.commentPlaceholder')} value={comment} max={COMMENT_MAX} onChange={setComment} error={confirmError ?? undefined} />
          <TapButton block disabled={confirmState.loading} onTap={() => sendConfirm()}>
            {t('issues.confirm.submit')}
          </TapButton>
        </View>
      ) : null}
      {canReopen ? (
        <View style={{ marginTop: px(tokens.space.md) }}>
          {reopening ? (
            <View>
              <LongText label={t('issues.reopen.reason')} placeholder={t('issues.reopen.reasonPlaceholder')} value={reason} max={NOTE_MAX} onChange={setReason} error={reopenError ?? undefined} />
              <View style={{ display: 'flex', flexWrap: 'wrap', gap: px(tokens.space.sm) }}>
                <TapButton variant="danger" disabled={reopenState.loading} onTap={() => sendReopen()}>
                  {t('issues.reopen.submit')}
                </TapButton>
                <TapButton variant="secondary" onTap={() => setReopening(false)}>
                  {t('issues.handle.cancel')}
                </TapButton>
              </View>
            </View>
          ) : (
            <TapButton variant="secondary" block onTap={() => setReopening(true)}>
              {t('issues.reopen.toggle')}
            </TapButton>
          )}
        </View>
      ) : null}
    </View>
  )
}

function FollowUpQuestion(props: { id: string }) {
  const tokens = useTokens()
  const [answer, { loading }] = useMutation(AnswerIssueFollowUpDocument)
  const send = async (choice: FollowUpAnswer) => {
    const done = await answer({ variables: { id: props.id, answer: choice } }).catch(() => null)
    if (done?.data) void Taro.showToast({ title: t('issues.followUpQuestion.thanks'), icon: 'none' })
  }
  const answers: FollowUpAnswer[] = ['YES', 'NO', 'NOT_SURE']
  return (
    <View style={box(tokens)}>
      <Text style={{ display: 'block', fontWeight: 'bold', fontSize: px(tokens.font.title) }}>{t('issues.followUpQuestion.title')}</Text>
      <Text style={{ display: 'block', marginBottom: px(tokens.space.sm), color: tokens.color.textMuted }}>{t('issues.followUpQuestion.body')}</Text>
      <View style={{ display: 'flex', flexDirection: tokens.columns === 1 ? 'column' : 'row', gap: px(tokens.space.sm) }}>
        {answers.map((a) => (
          <TapButton key={a} variant={a === 'YES' ? 'primary' : 'secondary'} disabled={loading} onTap={() => send(a)}>
            {followUpAnswerLabel(a)}
          </TapButton>
        ))}
      </View>
    </View>
  )
}
