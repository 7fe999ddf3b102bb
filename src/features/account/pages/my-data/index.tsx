import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { Page, TapButton, px, useTokens } from '@/ui'
import { SignInPrompt } from '../../components/SignInPrompt'
import { t } from '../../i18n'
import { deleteMyAccount, exportMyData } from '../../my-data'
import { useSignedIn } from '../../session-state'

const MY_DATA_PAGE = '/features/account/pages/my-data/index'

// 我的 → 导出我的数据或注销账号: take a copy of everything held about me, or erase the account.
export default function MyDataPage() {
  const tokens = useTokens()
  const signedIn = useSignedIn()
  const [busy, setBusy] = useState<'export' | 'delete' | null>(null)

  const run = (kind: 'export' | 'delete', action: () => Promise<unknown>) => () => {
    if (busy) return
    setBusy(kind)
    // Failures are toasted by the error link; nothing else to do here.
    void action()
      .then((deleted) => {
        if (deleted === true) void Taro.switchTab({ url: '/pages/me/index' })
      })
      .catch(() => undefined)
      .finally(() => setBusy(null))
  }

  if (!signedIn)
    return (
      <Page>
        <SignInPrompt redirect={MY_DATA_PAGE} />
      </Page>
    )
  return (
    <Page>
      <View style={{ display: 'flex', flexDirection: 'column', gap: px(tokens.space.md) }}>
        <Text style={{ fontSize: px(tokens.font.body), color: tokens.color.textMuted }}>{t('me.data.intro')}</Text>
        <TapButton block variant="secondary" loading={busy === 'export'} onTap={run('export', exportMyData)}>
          {t('me.export')}
        </TapButton>
        <TapButton block variant="danger" loading={busy === 'delete'} onTap={run('delete', deleteMyAccount)}>
          {t('me.delete')}
        </TapButton>
      </View>
    </Page>
  )
}
