import { Text, View } from '@tarojs/components'
import type { ViewerRegistration_RegistrationFragment } from '@/graphql/generated/graphql'
import { t } from '../i18n'
import { px, useTokens } from '@/ui'
import { registrationStatusHint, registrationStatusText } from '../vocabulary'
import { CheckInQr } from './CheckInQr'

/** My registration: its status in words, what it means, the party size; when confirmed, the 签到码 and its QR code. */
export function RegistrationStatusCard(props: { registration: ViewerRegistration_RegistrationFragment }) {
  const tokens = useTokens()
  const { registration } = props
  const showCode = (registration.status === 'CONFIRMED' || registration.status === 'ATTENDED') && registration.checkInCode
  return (
    <View
      style={{
        marginBottom: px(tokens.space.md),
        padding: px(tokens.space.md),
        border: `2px solid ${tokens.color.primary}`,
        borderRadius: px(tokens.radius),
        backgroundColor: tokens.color.surface,
      }}
    >
      <Text style={{ display: 'block', color: tokens.color.textMuted }}>{t('activities.registration.title')}</Text>
      <Text style={{ display: 'block', fontSize: px(tokens.font.heading), fontWeight: 'bold', color: tokens.color.primary }}>{registrationStatusText(registration)}</Text>
      <Text style={{ display: 'block', marginBottom: px(tokens.space.xs) }}>{registrationStatusHint(registration.status)}</Text>
      <Text style={{ display: 'block', color: tokens.color.textMuted }}>{t('activities.registration.party', { count: registration.partySize })}</Text>
      {showCode && registration.status === 'CONFIRMED' ? (
        <View style={{ marginTop: px(tokens.space.sm), textAlign: 'center' }}>
          <Text style={{ display: 'block', fontSize: px(tokens.font.title) }}>
            <Text>{t('activities.registration.codeLabel')}</Text>
            <Text aria-label={t('activities.registration.codeLabel')} style={{ marginLeft: px(tokens.space.xs), fontWeight: 'bold', letterSpacing: '2px' }}>
              {registration.checkInCode}
            </Text>
          </Text>
          <CheckInQr code={registration.checkInCode ?? ''} />
          <Text style={{ display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>{t('activities.registration.codeHint')}</Text>
        </View>
      ) : null}
    </View>
  )
}
