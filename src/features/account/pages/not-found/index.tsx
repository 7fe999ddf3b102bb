import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Icon, Page, TapButton, px, useTokens } from '@/ui'
import { serviceIcons } from '@/ui/icons/service'
import { t } from '../../i18n'

// Where an unknown address lands (an old link, a mistyped one): say so in plain words and give
// the way home, instead of a blank screen. The app sends every unknown route here
// (usePageNotFound in src/app.ts).
export default function NotFoundPage() {
  const tokens = useTokens()
  return (
    <Page>
      <View style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', textAlign: 'center', padding: `${px(tokens.space.lg * 2)} ${px(tokens.space.md)}` }}>
        <Icon paths={serviceIcons.home} color={tokens.color.textMuted} size={tokens.font.heading * 3} />
        <Text style={{ marginTop: px(tokens.space.lg), fontSize: px(tokens.font.heading), fontWeight: 'bold', color: tokens.color.text }}>{t('notFound.title')}</Text>
        <Text style={{ marginTop: px(tokens.space.md), fontSize: px(tokens.font.body), color: tokens.color.textMuted, lineHeight: tokens.lineHeight }}>{t('notFound.body')}</Text>
        <View style={{ marginTop: px(tokens.space.lg), width: tokens.columns === 1 ? '100%' : 'auto' }}>
          <TapButton onTap={() => void Taro.switchTab({ url: '/pages/home/index' })}>{t('common.backHome')}</TapButton>
        </View>
      </View>
    </Page>
  )
}
