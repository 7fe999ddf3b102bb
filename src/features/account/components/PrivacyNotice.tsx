import { useQuery } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import { PersonalDataKeptDocument } from '@/features/account/account.generated'
import { t, type MessageKey } from '../i18n'
import { Card, Skeleton, px, useTokens } from '@/ui'

const before: ReadonlyArray<{ title: MessageKey; body: MessageKey }> = [
  { title: 'account.privacy.collect.title', body: 'account.privacy.collect.body' },
  { title: 'account.privacy.why.title', body: 'account.privacy.why.body' },
]
const after: ReadonlyArray<{ title: MessageKey; body: MessageKey }> = [
  { title: 'account.privacy.export.title', body: 'account.privacy.export.body' },
  { title: 'account.privacy.delete.title', body: 'account.privacy.delete.body' },
]

/**
 * The privacy notice (PIPL): what is collected, why, how long; what stays after deleting the account
 * comes from the gateway, the same list its erasure is written from, so the page cannot drift from it.
 */
export function PrivacyNotice() {
  const tokens = useTokens()
  const kept = useQuery(PersonalDataKeptDocument)
  const heading = (key: MessageKey) => (
    <Text style={{ display: 'block', fontSize: px(tokens.font.title), fontWeight: 'bold', marginBottom: px(tokens.space.sm) }}>{t(key)}</Text>
  )
  const section = (s: { title: MessageKey; body: MessageKey }) => (
    <Card key={s.title}>
      {heading(s.title)}
      <Text style={{ display: 'block', whiteSpace: 'pre-wrap' }}>{t(s.body)}</Text>
    </Card>
  )
  const items = kept.data?.personalDataKeptAfterDeletion ?? []
  return (
    <View>
      <Card>
        <Text>{t('account.privacy.intro')}</Text>
      </Card>
      {before.map(section)}
      <Card>
        {heading('account.privacy.keep.title')}
        <Text style={{ display: 'block', marginBottom: px(tokens.space.sm) }}>{t('account.privacy.keep.body')}</Text>
        {kept.loading ? <Skeleton rows={3} /> : null}
        {kept.error && !items.length ? <Text style={{ display: 'block', color: tokens.color.textMuted }}>{t('account.privacy.keep.unavailable')}</Text> : null}
        {items.map((item, index) => (
          <View key={item.what} style={{ marginBottom: px(tokens.space.sm) }}>
            <Text style={{ display: 'block', fontWeight: 'bold' }}>{`${index + 1}. ${item.what}`}</Text>
            <Text style={{ display: 'block', color: tokens.color.textMuted }}>{t('account.privacy.keep.why', { why: item.why })}</Text>
          </View>
        ))}
      </Card>
      {after.map(section)}
      <Text style={{ display: 'block', color: tokens.color.textMuted, fontSize: px(tokens.font.small) }}>{t('account.privacy.contact')}</Text>
    </View>
  )
}
