import { useMutation } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { SignInPrompt } from '@/features/account/components/SignInPrompt'
import { useSignedIn } from '@/features/account/session-state'
import { errorCode, errorToastText, type OperationErrorLike } from '@/graphql/error-toast'
import type { CheckInRegistrationMutation } from '@/graphql/generated/graphql'
import { CheckInRegistrationDocument } from '@/features/activities/activities.generated'
import { t } from '../../i18n'
import { Page, TapButton, px, useTokens } from '@/ui'
import { typedName } from '../../answers'
import { normaliseCheckInCode } from '../../check-in-code'
import { LineInput } from '../../components/FormParts'
import { isWeapp } from '../../platform'
import { CHECK_IN_PAGE } from '../../routes'

/** A refused check-in in words: a wrong code and someone else's activity get their own, the rest the app's usual text. */
function refusalText(error: OperationErrorLike): string {
  const code = errorCode(error)
  if (code === 'NOT_FOUND') return t('activities.checkIn.notFound')
  if (code === 'FORBIDDEN') return t('activities.checkIn.forbidden')
  return errorToastText(error)
}

type Outcome = { ok: true; registration: CheckInRegistrationMutation['checkIn'] } | { ok: false; message: string }

function OutcomeCard(props: { outcome: Outcome }) {
  const tokens = useTokens()
  const { outcome } = props
  // Green for a welcome, red for a refusal: staff at a busy door see which at a glance.
  const colour = outcome.ok ? tokens.color.success : tokens.color.danger
  return (
    <View
      role="alert"
      aria-label={outcome.ok ? t('activities.checkIn.success') : t('activities.checkIn.failed')}
      data-outcome={outcome.ok ? 'success' : 'failure'}
      style={{ marginTop: px(tokens.space.lg), padding: px(tokens.space.md), border: `3px solid ${colour}`, borderRadius: px(tokens.radius), backgroundColor: outcome.ok ? '#eef7f0' : '#fbeeee' }}
    >
      {outcome.ok ? (
        <View>
          <Text style={{ display: 'block', fontSize: px(tokens.font.heading), fontWeight: 'bold', color: colour }}>{`✓ ${t('activities.checkIn.success')}`}</Text>
          <Text style={{ display: 'block', fontSize: px(tokens.font.title) }}>{typedName(outcome.registration.answers) ?? outcome.registration.person.realName ?? outcome.registration.person.displayName}</Text>
          <Text style={{ display: 'block', fontSize: px(tokens.font.title), fontWeight: 'bold' }}>{t('activities.registration.party', { count: outcome.registration.partySize })}</Text>
          <Text style={{ display: 'block', color: tokens.color.textMuted }}>{outcome.registration.activity.title}</Text>
        </View>
      ) : (
        <View>
          <Text style={{ display: 'block', fontSize: px(tokens.font.title), fontWeight: 'bold', color: colour }}>{`⚠ ${t('activities.checkIn.failed')}`}</Text>
          <Text style={{ display: 'block' }}>{outcome.message}</Text>
        </View>
      )}
    </View>
  )
}

// 现场签到 (staff): scan the resident's QR code in WeChat, or type the code in the browser; the
// result says who it is and how many came, or what is wrong, in words.
export default function CheckInPage() {
  const tokens = useTokens()
  const signedIn = useSignedIn()
  const [code, setCode] = useState('')
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [checkIn, { loading }] = useMutation(CheckInRegistrationDocument, { context: { silentErrors: true } })

  if (!signedIn) return <Page>{<SignInPrompt redirect={CHECK_IN_PAGE} />}</Page>

  const send = async (raw: string) => {
    const normalised = normaliseCheckInCode(raw)
    if (!normalised) {
      setOutcome({ ok: false, message: t('activities.checkIn.empty') })
      return
    }
    setOutcome(null)
    try {
      const result = await checkIn({ variables: { code: normalised } })
      if (result.data) {
        setOutcome({ ok: true, registration: result.data.checkIn })
        setCode('')
      }
    } catch (error) {
      // Apollo's error carries graphQLErrors and networkError, the shape error-toast reads.
      setOutcome({ ok: false, message: refusalText(error as OperationErrorLike) })
    }
  }

  const scan = async () => {
    try {
      const scanned = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
      await send(scanned.result)
    } catch {
      // Cancelled: nothing to do.
    }
  }

  return (
    <Page>
      <Text style={{ display: 'block', marginBottom: px(tokens.space.md) }}>{isWeapp() ? t('activities.checkIn.scanHint') : t('activities.checkIn.typeHint')}</Text>
      {isWeapp() ? (
        <View style={{ marginBottom: px(tokens.space.md) }}>
          <TapButton block disabled={loading} onTap={() => scan()}>
            {t('activities.checkIn.scan')}
          </TapButton>
        </View>
      ) : null}
      <LineInput value={code} placeholder={t('activities.checkIn.placeholder')} ariaLabel={t('activities.checkIn.placeholder')} maxlength={20} onChange={setCode} />
      <View style={{ marginTop: px(tokens.space.sm) }}>
        <TapButton block={!isWeapp()} variant={isWeapp() ? 'secondary' : 'primary'} disabled={loading} onTap={() => send(code)}>
          {t('activities.checkIn.submit')}
        </TapButton>
      </View>
      {outcome ? <OutcomeCard outcome={outcome} /> : null}
    </Page>
  )
}
