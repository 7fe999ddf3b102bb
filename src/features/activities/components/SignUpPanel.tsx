import { useMutation, useQuery } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { RegisterForActivityDocument, SignUpProfileDocument } from '@/features/activities/activities.generated'
import { t } from '../i18n'
import { TapButton, px, useTokens } from '@/ui'
import { answerErrors, answersToForm, formToAnswers, loadRememberedAnswers, maskedPhone, profileAnswers, rememberAnswers, type AnswerForm, type SignUpQuestionView } from '../answers'
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

/** What the button says: 排队候补 when this party would wait, 已满 when no seat is left and there is no waitlist. */
function submitLabel(activity: SignUpActivity, partySize: number): string {
  if (activity.needsApproval || partyFits(activity.seatsLeft, partySize)) return t('activities.signUp.submit')
  if (activity.waitlist) return t('activities.signUp.submitWaitlist')
  return activity.seatsLeft > 0 ? t('activities.signUp.submit') : t('activities.signUp.full')
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
  const profile = useQuery(SignUpProfileDocument, { context: { silentErrors: true } })
  const offer = profileAnswers(activity.questions, form, profile.data?.viewer)
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

  const submit = async (answered: AnswerForm = form) => {
    if (loading || blocked) return
    setShowErrors(true)
    if (Object.keys(answerErrors(activity.questions, answered)).length) {
      void Taro.showToast({ title: t('activities.signUp.fixAnswers'), icon: 'none', duration: 3000 })
      return
    }
    // Inside the tap, before anything is awaited: WeChat shows its dialog only then.
    void askConsent()
    const answers = formToAnswers(activity.questions, answered)
    rememberAnswers(Object.fromEntries(answers.map((a) => [a.question, a.value])))
    const scene = currentScene()
    // The error link says what went wrong (已满, 已截止, 不符合报名条件…); the form stays as it is.
    const result = await register({ variables: { activityId: activity.id, partySize: size, answers, ...(scene ? { scene } : {}) } }).catch(() => null)
    const registration = result?.data?.register
    if (!registration) return
    void Taro.showToast({ title: t('activities.signUp.done', { status: registrationStatusText(registration) }), icon: 'none', duration: 3000 })
  }

  // The person agrees with this one tap: their registered name and phone fill the form and it is sent.
  const signUpWithProfile = () => {
    const answered = { ...form, ...offer }
    setForm(answered)
    return submit(answered)
  }
  const offered = Object.entries(offer)
    .map(([question, value]) => `${question}：${activity.questions.find((q) => q.text === question)?.type === 'PHONE' ? maskedPhone(value) : value}`)
    .join('　')

  return (
    <View style={{ marginBottom: px(tokens.space.md), padding: px(tokens.space.md), border: `2px solid ${tokens.color.primary}`, borderRadius: px(tokens.radius), backgroundColor: tokens.color.surface }}>
      <Text style={{ display: 'block', fontSize: px(tokens.font.title), fontWeight: 'bold', marginBottom: px(tokens.space.sm) }}>{t('activities.signUp.title')}</Text>
      {props.justSignedIn ? <Text style={{ display: 'block', marginBottom: px(tokens.space.sm) }}>{`✓ ${t('activities.signUp.ready')}`}</Text> : null}
      {offered ? (
        <View role="group" aria-label={t('activities.signUp.profileTitle')} style={{ marginBottom: px(tokens.space.md), padding: px(tokens.space.sm), borderRadius: px(tokens.radius), backgroundColor: tokens.color.background }}>
          <Text style={{ display: 'block', fontWeight: 'bold' }}>{t('activities.signUp.profileTitle')}</Text>
          <Text style={{ display: 'block', marginBottom: px(tokens.space.xs) }}>{offered}</Text>
          <Text style={{ display: 'block', marginBottom: px(tokens.space.sm), color: tokens.color.textMuted, fontSize: px(tokens.font.small) }}>{t('activities.signUp.profileConsent')}</Text>
          <TapButton block disabled={loading || blocked} onTap={signUpWithProfile}>
            {t('activities.signUp.profileSubmit', { action: submitLabel(activity, size) })}
          </TapButton>
        </View>
      ) : null}
      <PartyStepper value={size} maxPartySize={activity.maxPartySize} onChange={setPartySize} />
      <AnswerFields questions={activity.questions} form={form} errors={errors} onChange={update} />
      {outlook ? (
        <View role="note" style={{ marginBottom: px(tokens.space.sm) }}>
          <Text style={{ fontWeight: 'bold' }}>{`ⓘ ${outlook}`}</Text>
        </View>
      ) : null}
      <TapButton block disabled={loading || blocked} onTap={() => submit()}>
        {loading ? t('activities.signUp.sending') : submitLabel(activity, size)}
      </TapButton>
    </View>
  )
}
