import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { t } from '../i18n'
import { tapLabel } from './a11y'
import { useTokens } from './elder-mode'
import { PRIVACY_AGREE_BUTTON_ID, answerPrivacyConsent, usePrivacyConsentPending } from './privacy-consent'
import { TapButton, tapButtonStyle } from './TapButton'
import { px } from './tokens'

export const PRIVACY_NOTICE_PAGE = '/features/account/pages/privacy/index'

/** The consent sheet WeChat's privacy flow needs; renders nothing unless consent is pending. */
export function PrivacyConsentSheet(props: { visible?: boolean }) {
  const tokens = useTokens()
  const pending = usePrivacyConsentPending()
  if (!(props.visible ?? pending)) return null
  const weapp = process.env.TARO_ENV === 'weapp'
  return (
    <View
      style={{ position: 'fixed', left: 0, right: 0, top: 0, bottom: 0, zIndex: 1000, backgroundColor: 'rgba(0,0,0,0.45)' }}
    >
      <View
        role="dialog"
        aria-label={t('account.privacySheet.title')}
        style={{
          position: 'absolute',
          left: 0,
          right: 0,
          bottom: 0,
          boxSizing: 'border-box',
          padding: px(tokens.space.lg),
          borderTopLeftRadius: px(tokens.radius * 2),
          borderTopRightRadius: px(tokens.radius * 2),
          backgroundColor: tokens.color.surface,
          color: tokens.color.text,
          fontSize: px(tokens.font.body),
          lineHeight: tokens.lineHeight,
        }}
      >
        <Text style={{ display: 'block', fontSize: px(tokens.font.heading), fontWeight: 'bold' }}>
          {t('account.privacySheet.title')}
        </Text>
        <Text style={{ display: 'block', marginTop: px(tokens.space.md) }}>{t('account.privacySheet.body')}</Text>
        <View
          {...tapLabel(t('account.privacySheet.link'), 'link')}
          onClick={() => void Taro.navigateTo({ url: PRIVACY_NOTICE_PAGE })}
          style={{ minHeight: px(tokens.tapTarget), display: 'flex', alignItems: 'center' }}
        >
          <Text style={{ color: tokens.color.primary, textDecoration: 'underline' }}>{t('account.privacySheet.link')}</Text>
        </View>
        <View style={{ display: 'flex', flexDirection: tokens.columns === 1 ? 'column' : 'row', gap: px(tokens.space.md) }}>
          <Button
            id={PRIVACY_AGREE_BUTTON_ID}
            openType="agreePrivacyAuthorization"
            style={tapButtonStyle(tokens, 'primary', true)}
            // In WeChat the agree event carries the consent; in the browser a click stands in for it.
            onAgreePrivacyAuthorization={() => answerPrivacyConsent(true)}
            onClick={weapp ? undefined : () => answerPrivacyConsent(true)}
          >
            {t('account.privacySheet.agree')}
          </Button>
          <TapButton variant="secondary" block onTap={() => answerPrivacyConsent(false)}>
            {t('account.privacySheet.decline')}
          </TapButton>
        </View>
      </View>
    </View>
  )
}
