import { useMutation, useQuery } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { NotificationSettingsDocument, UpdateNotificationSettingsDocument } from '@/features/account/account.generated'
import { useFragment } from '@/graphql/generated/fragment-masking'
import type { NotificationSettingsInput, NotifyMode } from '@/graphql/generated/graphql'
import { EmptyState, Page, Skeleton, px, useTokens } from '@/ui'
import { ChoiceChips } from '@/ui/ChoiceChips'
import { t } from '../../i18n'
import { SignInPrompt } from '../../components/SignInPrompt'
import { useSignedIn } from '../../session-state'
import { useSubscribeConsent } from '../../subscribe'
import { NotificationSettingsPage_SettingsFragmentDoc } from './settings.generated'

const TOPICS = [
  ['MY_ISSUES', 'myIssues'],
  ['PROPOSALS', 'proposals'],
  ['ACTIVITIES', 'activities'],
  ['NOTICES', 'notices'],
  ['WORK', 'work'],
] as const
const MODES: NotifyMode[] = ['AT_ONCE', 'DIGEST', 'OFF']
const DIGEST_TIMES = ['07:30', '12:00', '18:00', '20:00', '21:00']

// 消息设置: per kind at once / daily digest / off, the digest time, quiet hours. Each tap saves.
export default function NotificationSettingsPage() {
  const tokens = useTokens()
  const signedIn = useSignedIn()
  const { data, error, refetch } = useQuery(NotificationSettingsDocument, { skip: !signedIn })
  const [save] = useMutation(UpdateNotificationSettingsDocument)
  const askNoticeConsent = useSubscribeConsent(['NOTICE_PUBLISHED'])
  const settings = useFragment(NotificationSettingsPage_SettingsFragmentDoc, data?.viewer?.notificationSettings)

  const change = async (input: NotificationSettingsInput) => {
    try {
      await save({ variables: { input }, refetchQueries: [NotificationSettingsDocument] })
      void Taro.showToast({ title: t('account.notifications.saved'), icon: 'success' })
    } catch {
      void Taro.showToast({ title: t('account.notifications.error'), icon: 'none' })
    }
  }

  if (!signedIn) return <Page>{<SignInPrompt />}</Page>
  if (!settings) {
    return <Page>{error ? <EmptyState title={t('account.notifications.error')} body={t('account.inbox.error.body')} action={{ label: t('common.retry'), onTap: () => void refetch() }} /> : <Skeleton rows={5} />}</Page>
  }
  return (
    <Page>
      <Text style={{ display: 'block', marginBottom: px(tokens.space.md) }}>{t('account.notifications.intro')}</Text>
      {TOPICS.map(([topic, field]) => (
        <View key={topic} style={{ marginBottom: px(tokens.space.md) }}>
          <ChoiceChips
            label={t(`account.notifications.${topic}`)}
            choices={MODES.map((m) => ({ value: m, label: t(`account.notifications.${m}`) }))}
            selected={settings[field]}
            onSelect={(value) => {
              // 公告 at once: WeChat's subscribe message comes only to those who accept it, asked inside this tap.
              if (topic === 'NOTICES' && value === 'AT_ONCE') void askNoticeConsent()
              void change({ [field]: value as NotifyMode })
            }}
          />
        </View>
      ))}
      <View style={{ marginBottom: px(tokens.space.md) }}>
        <ChoiceChips
          label={t('account.notifications.digestAt')}
          choices={[...new Set([...DIGEST_TIMES, settings.digestAt])].sort().map((time) => ({ value: time, label: time }))}
          selected={settings.digestAt}
          onSelect={(digestAt) => void change({ digestAt })}
        />
      </View>
      <ChoiceChips
        label={t('account.notifications.quiet')}
        choices={[
          { value: 'on', label: settings.quietFrom ? `${settings.quietFrom}–${settings.quietTo}` : t('account.notifications.quietOn') },
          { value: 'off', label: t('account.notifications.quietOff') },
        ]}
        selected={settings.quietFrom ? 'on' : 'off'}
        onSelect={(value) => void change(value === 'on' ? { quietHours: true, quietFrom: '22:00', quietTo: '07:00' } : { quietHours: false })}
      />
    </Page>
  )
}
