import { Text } from '@tarojs/components'
import { t, type MessageKey } from '../../i18n'
import { Card, Page, px, useTokens } from '@/ui'

const sections: ReadonlyArray<{ title: MessageKey; body: MessageKey }> = [
  { title: 'account.privacy.collect.title', body: 'account.privacy.collect.body' },
  { title: 'account.privacy.why.title', body: 'account.privacy.why.body' },
  { title: 'account.privacy.keep.title', body: 'account.privacy.keep.body' },
  { title: 'account.privacy.export.title', body: 'account.privacy.export.body' },
  { title: 'account.privacy.delete.title', body: 'account.privacy.delete.body' },
]

// The privacy notice (PIPL): what is collected, why, how long, how to export and delete it.
export default function PrivacyNoticePage() {
  const tokens = useTokens()
  return (
    <Page>
      <Card>
        <Text>{t('account.privacy.intro')}</Text>
      </Card>
      {sections.map((section) => (
        <Card key={section.title}>
          <Text style={{ display: 'block', fontSize: px(tokens.font.title), fontWeight: 'bold', marginBottom: px(tokens.space.sm) }}>
            {t(section.title)}
          </Text>
          <Text style={{ display: 'block', whiteSpace: 'pre-wrap' }}>{t(section.body)}</Text>
        </Card>
      ))}
      <Text style={{ display: 'block', color: tokens.color.textMuted, fontSize: px(tokens.font.small) }}>{t('account.privacy.contact')}</Text>
    </Page>
  )
}
