import { useMutation } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { RegisterForActivityDocument } from '@/features/activities/activities.generated'
import { t } from '../i18n'
import { TapButton, px, useTokens } from '@/ui'
import { answerErrors, answersToForm, formToAnswers, loadRememberedAnswers, rememberAnswers, type AnswerForm, type SignUpQuestionView } from '../answers'
import { clampPartySize, partyFits } from '../places'
import { currentScene } from '../platform'
import { registrationStatusText } from '../vocabulary'
import { AnswerFields } from './AnswerFields'
import { PartyStepper } from './PartyStepper'
import { useSubscribeConsent } from '@/features/account/subscribe'

export interface SignUpActivity {
  id: string
  maxPartySize: number
  seatsLeft: number
  waitlist: boolean
  needsApproval: boolean
  questions: ReadonlyArray<SignUpQuestionView>
}

/** What happens to this party if it signs up now, said before the tap. */
function outlookText(activity: SignUpActivity, partySize: number): string | null {
  if (activity.needsApproval) return t('activities.signUp.needsApproval')
  if (partyFits(activity.seatsLeft, partySize)) return null
  return activity.waitlist ? t('activities.signUp.willWaitlist') : t('activities.signUp.tooMany', { count: activity.seatsLeft })
}

/** 立即报名: party size and the organiser's questions (remembered from last time), one tap to send. */
export function SignUpPanel(props: { activity: SignUpActivity; justSignedIn?: boolean }) {
  const tokens = useTokens()
  const { activity } = props
  const [partySize, setPartySize] = useState(1)
  const [form, setForm] = useState<AnswerForm>(() => answersToForm(activity.questions, loadRememberedAnswers()))
  const [showErrors, setShowErrors] = useState(false)
  const [register, { loading }] = useMutation(RegisterForActivityDocument)
  // The day-before reminder and the result of a review or a waitlist move.
  const askConsent = useSubscribeConsent(['ACTIVITY_REMINDER', 'ACTIVITY_STATUS'])
  const errors = showErrors ? answerErrors(activity.questions, form) : {}
  const size = clampPartySize(partySize, activity.maxPartySize)
  const outlook = outlookText(activity, size)
  const blocked = !activity.waitlist && !activity.needsApproval && !partyFits(activity.seatsLeft, size)

  const update = (question: string, value: string) => {
    const next = { ...form, [question]: value }
    setForm(next)
    // Kept as typed, so leaving half-way loses nothing and the next sign-up is filled in.
    rememberAnswers({ [question]: value })
  }

  const submit = async () => {
    if (loading || blocked) return
    setShowErrors(true)
    if (Object.keys(answerErrors(activity.questions, form)).length) {
      void Taro.showToast({ title: t('activities.signUp.fixAnswers'), icon: 'none', duration: 3000 })
      return
    }
    // Inside the tap, before anything is awaited: WeChat shows its dialog only then.
    void askConsent()
    const answers = formToAnswers(activity.questions, form)
    rememberAnswers(Object.fromEntries(answers.map((a) => [a.question, a.value])))
    const scene = currentScene()
    // The error link says what went wrong (已满, 已截止, 不符合报名条件…); the form stays as it is.
    const result = await register({ variables: { activityId: activity.id, partySize: size, answers, ...(scene ? { scene } : {}) } }).catch(() => null)
    const registration = result?.data?.register
    if (!registration) return
    void Taro.showToast({ title: t('activities.signUp.done', { status: registrationStatusText(registration) }), icon: 'none', duration: 3000 })
  }

  return (
    <View style={{ marginBottom: px(tokens.space.md), padding: px(tokens.space.md), border: `2px solid ${tokens.color.primary}`, borderRadius: px(tokens.radius), backgroundColor: tokens.color.surface }}>
      <Text style={{ display: 'block', fontSize: px(tokens.font.title), fontWeight: 'bold', marginBottom: px(tokens.space.sm) }}>{t('activities.signUp.title')}</Text>
      {props.justSignedIn ? <Text style={{ display: 'block', marginBottom: px(tokens.space.sm) }}>{`✓ ${t('activities.signUp.ready')}`}</Text> : null}
      <PartyStepper value={size} maxPartySize={activity.maxPartySize} onChange={setPartySize} />
      <AnswerFields questions={activity.questions} form={form} errors={errors} onChange={update} />
      {outlook ? (
        <View role="note" style={{ marginBottom: px(tokens.space.sm) }}>
          <Text style={{ fontWeight: 'bold' }}>{`ⓘ ${outlook}`}</Text>
        </View>
      ) : null}
      <TapButton block disabled={loading || blocked} onTap={() => void submit()}>
        {loading ? t('activities.signUp.sending') : t('activities.signUp.submit')}
      </TapButton>
    </View>
  )
}
