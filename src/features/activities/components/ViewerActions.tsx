import { useApolloClient, useMutation } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { RegistrationStatus } from '@/graphql/generated/graphql'
import { ActivityIcsDocument, CancelRegistrationDocument, RequestActivityReminderDocument } from '@/features/activities/activities.generated'
import { t } from '../i18n'
import { TapButton, px, useTokens } from '@/ui'
import { useSubscribeConsent } from '@/features/account/subscribe'
import { downloadTextFile, isH5, isWeapp } from '../platform'
import { isCancellable } from '../vocabulary'

export interface ViewerActionsProps {
  activityId: string
  title: string
  registration: { id: string; status: RegistrationStatus } | null
  signUpOpen: boolean
  hasReminder: boolean
  signedIn: boolean
}

const toast = (title: string, icon: 'none' | 'success' = 'none') => void Taro.showToast({ title, icon, duration: 3000 })

/** 提醒我 (WeChat) or 下载日历 (browser), 分享给邻居, and 取消报名 before the deadline, with a confirm. */
export function ViewerActions(props: ViewerActionsProps) {
  const tokens = useTokens()
  const client = useApolloClient()
  const [cancel, cancelling] = useMutation(CancelRegistrationDocument)
  const [remind, reminding] = useMutation(RequestActivityReminderDocument, { update: (cache) => cache.modify({ id: cache.identify({ __typename: 'Activity', id: props.activityId }), fields: { viewerHasReminder: () => true } }) })
  const askConsent = useSubscribeConsent(['ACTIVITY_REMINDER'])
  const canCancel = props.registration !== null && isCancellable(props.registration.status) && props.signUpOpen

  const askReminder = async () => {
    // WeChat only lets a page ask for a subscription inside the tap itself: ask first, then tell the gateway.
    const accepted = (await askConsent()).length > 0
    const done = await remind({ variables: { activityId: props.activityId } }).catch(() => null)
    if (done?.data) toast(accepted ? t('activities.remind.done') : t('activities.remind.inboxOnly'), accepted ? 'success' : 'none')
  }

  const downloadCalendar = async () => {
    const result = await client.query({ query: ActivityIcsDocument, variables: { id: props.activityId }, fetchPolicy: 'network-only' }).catch(() => null)
    const ics = result?.data?.activityIcs
    if (!ics) return
    const saved = downloadTextFile(`${props.title}.ics`, 'text/calendar', ics)
    toast(saved ? t('activities.calendar.done') : t('activities.calendar.failed'))
  }

  const confirmCancel = async () => {
    if (!props.registration) return
    const answer = await Taro.showModal({ title: t('activities.cancel.confirmTitle'), content: t('activities.cancel.confirmBody'), confirmText: t('activities.cancel.confirm'), cancelText: t('activities.cancel.keep'), confirmColor: tokens.color.danger })
    if (!answer.confirm) return
    const done = await cancel({ variables: { id: props.registration.id } }).catch(() => null)
    if (done?.data) toast(t('activities.cancel.done'))
  }

  const row = { display: 'flex', flexDirection: tokens.columns === 1 ? ('column' as const) : ('row' as const), flexWrap: 'wrap' as const, gap: px(tokens.space.sm), marginBottom: px(tokens.space.md) }
  return (
    <View>
      <View style={row}>
        {isWeapp() && props.signedIn ? (
          props.hasReminder ? (
            <Text style={{ alignSelf: 'center' }}>{`✓ ${t('activities.remind.already')}`}</Text>
          ) : (
            <TapButton variant="secondary" disabled={reminding.loading} onTap={() => void askReminder()}>
              {t('activities.remind.action')}
            </TapButton>
          )
        ) : null}
        {isH5() ? (
          <TapButton variant="secondary" onTap={() => void downloadCalendar()}>
            {t('activities.calendar.action')}
          </TapButton>
        ) : null}
        {isWeapp() ? (
          <TapButton variant="secondary" openType="share">
            {t('activities.share.action')}
          </TapButton>
        ) : null}
      </View>
      {canCancel ? (
        <TapButton variant="danger" block disabled={cancelling.loading} onTap={() => void confirmCancel()}>
          {t('activities.cancel.action')}
        </TapButton>
      ) : null}
    </View>
  )
}
