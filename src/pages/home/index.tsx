import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { t } from '@/i18n'
import { Card, Page, px, useTokens } from '@/ui'

// Home: a welcome and the way into the notices. Pinned notices and the unread count come with
// the notices journey.
export default function HomePage() {
  const tokens = useTokens()
  return (
    <Page>
      <View style={{ marginBottom: px(tokens.space.lg) }}>
        <Text style={{ fontSize: px(tokens.font.heading), fontWeight: 'bold', lineHeight: tokens.lineHeight }}>
          {t('home.greeting')}
        </Text>
        <View>
          <Text style={{ color: tokens.color.textMuted, lineHeight: tokens.lineHeight }}>{t('home.intro')}</Text>
        </View>
      </View>
      <Card onTap={() => void Taro.navigateTo({ url: '/features/notices/pages/list/index' })}>
        <Text style={{ fontSize: px(tokens.font.title), fontWeight: 'bold' }}>{t('home.notices.title')}</Text>
        <View>
          <Text style={{ color: tokens.color.primary }}>{`${t('home.notices.action')} ›`}</Text>
        </View>
      </Card>
    </Page>
  )
}
