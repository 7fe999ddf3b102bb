import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ActivityStatus } from '@/graphql/generated/graphql'
import { t } from '../i18n'
import { TapButton, px, useTokens } from '@/ui'
import { CHECK_IN_PAGE, activityEditPath, registrationsPath } from '../routes'

/** Staff in scope, on the activity's page: edit it, see who signed up, check people in. */
export function StaffTools(props: { activityId: string; status: ActivityStatus; pendingCount: number }) {
  const tokens = useTokens()
  const go = (url: string) => void Taro.navigateTo({ url })
  return (
    <View style={{ marginBottom: px(tokens.space.md), padding: px(tokens.space.md), border: `1px dashed ${tokens.color.primary}`, borderRadius: px(tokens.radius), backgroundColor: tokens.color.surface }}>
      <Text style={{ display: 'block', fontWeight: 'bold', marginBottom: px(tokens.space.xs) }}>{t('activities.staff.title')}</Text>
      {props.status === 'DRAFT' ? <Text style={{ display: 'block', marginBottom: px(tokens.space.xs) }}>{t('activities.staff.draftHint')}</Text> : null}
      {props.pendingCount > 0 ? <Text style={{ display: 'block', fontWeight: 'bold', marginBottom: px(tokens.space.xs) }}>{t('activities.staff.pending', { count: props.pendingCount })}</Text> : null}
      <View style={{ display: 'flex', flexDirection: tokens.columns === 1 ? 'column' : 'row', flexWrap: 'wrap', gap: px(tokens.space.sm) }}>
        {props.status !== 'CANCELLED' ? <TapButton onTap={() => go(activityEditPath(props.activityId))}>{t('activities.staff.edit')}</TapButton> : null}
        <TapButton variant="secondary" onTap={() => go(registrationsPath(props.activityId))}>
          {t('activities.staff.registrations')}
        </TapButton>
        {props.status === 'PUBLISHED' ? (
          <TapButton variant="secondary" onTap={() => go(CHECK_IN_PAGE)}>
            {t('activities.staff.checkIn')}
          </TapButton>
        ) : null}
        {props.status === 'PUBLISHED' ? (
          <TapButton variant="secondary" onTap={() => go(`/features/open/pages/poster/index?kind=ACTIVITY&id=${encodeURIComponent(props.activityId)}`)}>
            {t('activities.staff.poster')}
          </TapButton>
        ) : null}
      </View>
    </View>
  )
}
