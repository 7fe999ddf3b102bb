import { useMutation } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { SignInDevDocument } from '@/features/account/account.generated'
import { t } from '../../i18n'
import { Card, EmptyState, Page, TapButton, px, useTokens } from '@/ui'
import { ChoiceChips } from '@/ui/ChoiceChips'
import { Field } from '@/ui/Field'
import { SectionTitle } from '@/ui/SectionTitle'
import { errorToastText, type OperationErrorLike } from '@/graphql/error-toast'
import { DEMO_RESIDENTS, DEMO_STAFF, normaliseHandle, type DemoHandle } from '../../demo-handles'
import { navigate } from '../../navigate'
import { completeSignIn, wechatSession } from '../../session-state'
import { routeAfterSignIn } from '../../sign-in-route'
import { textLength } from '@/ui/text-length'

function previousRoute(): string | undefined {
  const pages = Taro.getCurrentPages()
  return pages.length > 1 ? pages[pages.length - 2]?.route : undefined
}

function WeChatSignIn(props: { onDone(): void }) {
  const [busy, setBusy] = useState(false)
  return (
    <EmptyState
      title={t('account.signIn.wechat.title')}
      body={t('account.signIn.wechat.body')}
      action={{
        label: t('account.signIn.wechat.action'),
        onTap: () => {
          if (busy) return
          setBusy(true)
          void wechatSession.renew().then((ok) => {
            setBusy(false)
            if (ok) props.onDone()
            else void Taro.showToast({ title: t('account.signIn.wechat.failed'), icon: 'none', duration: 3000 })
          })
        },
      }}
    />
  )
}

// Sign-in. In WeChat it is the WeChat identity; in a development browser build, a handle (with
// the demo accounts one tap away); in a release browser build, a note to open it in WeChat.
export default function SignInPage() {
  const tokens = useTokens()
  const { params } = useRouter()
  const [handle, setHandle] = useState('')
  const [nickname, setNickname] = useState('')
  const [fieldError, setFieldError] = useState<{ handle?: string; nickname?: string }>({})
  const [signInDev, { loading }] = useMutation(SignInDevDocument, { context: { silentErrors: true } })

  const done = () => {
    void Taro.showToast({ title: t('account.signIn.success'), icon: 'success' })
    navigate(routeAfterSignIn(params.redirect, previousRoute()))
  }

  if (process.env.TARO_ENV === 'weapp') {
    return (
      <Page>
        <WeChatSignIn onDone={done} />
      </Page>
    )
  }
  if (!LINLI_DEV_SIGNIN) {
    return (
      <Page>
        <EmptyState title={t('account.signIn.wechatOnly.title')} body={t('account.signIn.wechatOnly.body')} />
      </Page>
    )
  }

  const signIn = async (rawHandle: string, rawName: string) => {
    const normalised = normaliseHandle(rawHandle)
    const name = rawName.trim()
    const errors = {
      handle: normalised ? undefined : t('account.signIn.handleInvalid'),
      nickname: textLength(name) > 20 ? t('account.signIn.nicknameInvalid') : undefined,
    }
    setFieldError(errors)
    if (!normalised || errors.nickname || loading) return
    try {
      const result = await signInDev({ variables: { handle: normalised, name: name || null } })
      const token = result.data?.signInDev.token
      if (!token) return
      completeSignIn(token)
      done()
    } catch (error) {
      const failure = error as OperationErrorLike // Apollo rejects with an ApolloError, which has this shape
      setFieldError({ handle: errorToastText(failure) })
    }
  }

  const demoChoices = (list: ReadonlyArray<DemoHandle>) => list.map((d) => ({ value: d.handle, label: t(d.label), hint: d.handle }))

  return (
    <Page>
      <Card>
        <Text style={{ display: 'block', fontSize: px(tokens.font.heading), fontWeight: 'bold' }}>{t('account.signIn.title')}</Text>
        <Text style={{ display: 'block', color: tokens.color.textMuted, marginBottom: px(tokens.space.md) }}>
          {t('account.signIn.intro')}
        </Text>
        <Field
          label={t('account.signIn.handle')}
          placeholder={t('account.signIn.handlePlaceholder')}
          value={handle}
          maxlength={40}
          onChange={setHandle}
          error={fieldError.handle}
        />
        <Field
          label={t('account.signIn.nickname')}
          placeholder={t('account.signIn.nicknamePlaceholder')}
          value={nickname}
          maxlength={20}
          onChange={setNickname}
          error={fieldError.nickname}
        />
        <TapButton block loading={loading} disabled={loading} onTap={() => void signIn(handle, nickname)}>
          {t('account.signIn.submit')}
        </TapButton>
      </Card>
      <SectionTitle>{t('account.signIn.demoTitle')}</SectionTitle>
      <View style={{ marginBottom: px(tokens.space.sm) }}>
        <Text style={{ color: tokens.color.textMuted }}>{t('account.signIn.demoBody')}</Text>
      </View>
      <ChoiceChips
        label={t('account.signIn.demoStaff')}
        choices={demoChoices(DEMO_STAFF)}
        selected=""
        onSelect={(value) => void signIn(value, '')}
      />
      <ChoiceChips
        label={t('account.signIn.demoResidents')}
        choices={demoChoices(DEMO_RESIDENTS)}
        selected=""
        onSelect={(value) => void signIn(value, '')}
      />
    </Page>
  )
}
