import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { IssueDetail_IssueFragment } from '@/graphql/generated/graphql'
import { t } from '../i18n'
import { TapButton, px, useTokens } from '@/ui'
import { handlerLine } from '../vocabulary'

/**
 * Who is handling it, as 网格员 · 第一网格, with 拨打电话 for the resident when the handler has set
 * a work phone (staff call the reporter instead, from the ReporterCard).
 */
export function HandlerCard(props: { assignee: IssueDetail_IssueFragment['assignee']; canCall: boolean }) {
  const tokens = useTokens()
  const assignee = props.assignee
  return (
    <View style={{ marginBottom: px(tokens.space.md) }}>
      <Text style={{ display: 'block', fontWeight: 'bold' }}>{t('issues.detail.handler')}</Text>
      {assignee ? (
        <View style={{ display: 'flex', flexDirection: tokens.columns === 1 ? 'column' : 'row', justifyContent: 'space-between', alignItems: tokens.columns === 1 ? 'stretch' : 'center', gap: px(tokens.space.sm) }}>
          <View>
            <Text style={{ display: 'block' }}>{handlerLine(assignee)}</Text>
            <Text style={{ display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>{assignee.person.displayName}</Text>
          </View>
          {props.canCall && assignee.workPhone ? (
            <TapButton variant="secondary" onTap={() => Taro.makePhoneCall({ phoneNumber: assignee.workPhone ?? '' }).catch(() => undefined)}>
              {t('issues.detail.call')}
            </TapButton>
          ) : null}
        </View>
      ) : (
        <Text style={{ color: tokens.color.textMuted }}>{t('issues.detail.handlerNone')}</Text>
      )}
    </View>
  )
}
