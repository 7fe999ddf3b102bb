import { useMutation } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { RegisterOnBehalfDocument } from '@/features/activities/activities.generated'
import { t } from '../i18n'
import { TapButton, px, useTokens } from '@/ui'
import { Field } from '@/ui/Field'
import { answerErrors, answersToForm, formToAnswers, type AnswerForm, type SignUpQuestionView } from '../answers'
import { clampPartySize } from '../places'
import { registrationStatusText } from '../vocabulary'
import { AnswerFields } from './AnswerFields'
import { PartyStepper } from './PartyStepper'

/** 代居民报名: staff sign up a resident who asks in person, by the account id shown in the resident's 我的 page. */
export function OnBehalfForm(props: { activityId: string; maxPartySize: number; questions: ReadonlyArray<SignUpQuestionView>; onDone(): void }) {
  const tokens = useTokens()
  const [open, setOpen] = useState(false)
  const [accountId, setAccountId] = useState('')
  const [partySize, setPartySize] = useState(1)
  const [form, setForm] = useState<AnswerForm>(() => answersToForm(props.questions, {}))
  const [tried, setTried] = useState(false)
  const [register, { loading }] = useMutation(RegisterOnBehalfDocument)
  const errors = tried ? answerErrors(props.questions, form) : {}
  const accountError = tried && !accountId.trim() ? t('activities.onBehalf.accountRequired') : undefined

  const send = async () => {
    setTried(true)
    if (loading || !accountId.trim() || Object.keys(answerErrors(props.questions, form)).length) return
    const result = await register({
      variables: { activityId: props.activityId, accountId: accountId.trim(), partySize: clampPartySize(partySize, props.maxPartySize), answers: formToAnswers(props.questions, form) },
    }).catch(() => null)
    const registration = result?.data?.registerOnBehalf
    if (!registration) return
    void Taro.showToast({ title: t('activities.signUp.done', { status: registrationStatusText(registration) }), icon: 'none', duration: 3000 })
    setOpen(false)
    setAccountId('')
    setForm(answersToForm(props.questions, {}))
    setTried(false)
    props.onDone()
  }

  if (!open) {
    return (
      <TapButton variant="secondary" onTap={() => setOpen(true)}>
        {t('activities.onBehalf.action')}
      </TapButton>
    )
  }
  return (
    <View style={{ width: '100%', padding: px(tokens.space.md), border: `2px solid ${tokens.color.primary}`, borderRadius: px(tokens.radius), backgroundColor: tokens.color.surface }}>
      <Text style={{ display: 'block', marginBottom: px(tokens.space.sm) }}>{t('activities.onBehalf.body')}</Text>
      <Field label={t('activities.onBehalf.account')} placeholder={t('activities.onBehalf.accountPlaceholder')} value={accountId} error={accountError} onChange={setAccountId} />
      <PartyStepper value={partySize} maxPartySize={props.maxPartySize} onChange={setPartySize} />
      <AnswerFields questions={props.questions} form={form} errors={errors} onChange={(q, v) => setForm((f) => ({ ...f, [q]: v }))} />
      <View style={{ display: 'flex', flexWrap: 'wrap', gap: px(tokens.space.sm) }}>
        <TapButton disabled={loading} onTap={() => send()}>
          {t('activities.onBehalf.submit')}
        </TapButton>
        <TapButton variant="secondary" onTap={() => setOpen(false)}>
          {t('activities.cancel.keep')}
        </TapButton>
      </View>
    </View>
  )
}
