import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { IssueDetail_IssueFragment } from '@/graphql/generated/graphql'
import { maskedPhone } from '@/features/activities/answers'
import { t } from '../i18n'
import { TapButton, px, useTokens } from '@/ui'

/**
 * For the staff handling it: who reported it and where they live, with 拨打电话 that dials the
 * reporter in one tap (the number shown masked; the gateway gives it to staff in scope only).
 */
export function ReporterCard(props: { issue: Pick<IssueDetail_IssueFragment, 'reporter' | 'reporterRoom' | 'raisedOnBehalf' | 'onBehalfName'> }) {
  const tokens = useTokens()
  const { issue } = props
  const name = issue.raisedOnBehalf ? issue.onBehalfName : (issue.reporter.realName ?? issue.reporter.displayName)
  // Raised on behalf, the reporter is the staff member who wrote it down: not the one to call.
  const phone = issue.raisedOnBehalf ? null : issue.reporter.phone
  return (
    <View style={{ marginBottom: px(tokens.space.md) }}>
      <Text style={{ display: 'block', fontWeight: 'bold' }}>{t('issues.detail.reporterTitle')}</Text>
      <View style={{ display: 'flex', flexDirection: tokens.columns === 1 ? 'column' : 'row', justifyContent: 'space-between', alignItems: tokens.columns === 1 ? 'stretch' : 'center', gap: px(tokens.space.sm) }}>
        <View>
          <Text style={{ display: 'block' }}>{[name, issue.reporterRoom].filter(Boolean).join(' · ')}</Text>
          {phone ? <Text style={{ display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>{maskedPhone(phone)}</Text> : null}
        </View>
        {phone ? (
          <TapButton variant="secondary" onTap={() => Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)}>
            {t('issues.detail.callReporter')}
          </TapButton>
        ) : null}
      </View>
    </View>
  )
}
