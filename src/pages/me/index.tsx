import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { t, type MessageKey } from '@/i18n'
import { Card, Page, TapButton, px, useElderMode } from '@/ui'

const links: ReadonlyArray<{ label: MessageKey; url: string }> = [
  { label: 'me.links.signIn', url: '/features/account/pages/sign-in/index' },
  { label: 'me.links.inbox', url: '/features/account/pages/inbox/index' },
  { label: 'me.links.claim', url: '/features/account/pages/claim/index' },
  { label: 'me.links.privacy', url: '/features/account/pages/privacy/index' },
  // Shown to everyone for now; the account journey limits it to staff.
  { label: 'me.links.workbench', url: '/features/workbench/pages/index/index' },
]

// 我的: the elder-mode switch and the way to the account pages.
export default function MePage() {
  const { elder, chosen, tokens, setElder } = useElderMode()
  return (
    <Page>
      <Card>
        <Text style={{ fontSize: px(tokens.font.title), fontWeight: 'bold' }}>
          {`${t('me.elderMode.title')}：${t(elder ? 'me.elderMode.on' : 'me.elderMode.off')}`}
        </Text>
        <View>
          <Text style={{ color: tokens.color.textMuted }}>{t('me.elderMode.description')}</Text>
        </View>
        {chosen ? null : (
          <View>
            <Text style={{ color: tokens.color.textMuted }}>{t('me.elderMode.auto')}</Text>
          </View>
        )}
        <View style={{ marginTop: px(tokens.space.md) }}>
          <TapButton variant={elder ? 'secondary' : 'primary'} onTap={() => setElder(!elder)}>
            {t(elder ? 'me.elderMode.turnOff' : 'me.elderMode.turnOn')}
          </TapButton>
        </View>
      </Card>
      {links.map((link) => (
        <Card key={link.url} onTap={() => void Taro.navigateTo({ url: link.url })}>
          <Text>{`${t(link.label)} ›`}</Text>
        </Card>
      ))}
    </Page>
  )
}
