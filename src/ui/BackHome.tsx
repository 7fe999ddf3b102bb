import { View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { t } from '../i18n'
import { useTokens } from './elder-mode'
import { TapButton } from './TapButton'
import { px } from './tokens'

const HOME_TAB = '/pages/home/index'

/**
 * 返回首页, on an item page opened straight from a share card, a QR code or a message — the only
 * page in the stack, so WeChat shows no back arrow and the resident would be stuck.
 */
export function BackHome() {
  const tokens = useTokens()
  const [onlyPage, setOnlyPage] = useState(false)
  useDidShow(() => setOnlyPage(Taro.getCurrentPages().length === 1))
  if (!onlyPage) return null
  return (
    <View style={{ marginBottom: px(tokens.space.md) }}>
      <TapButton variant="secondary" onTap={() => void Taro.switchTab({ url: HOME_TAB })}>
        {t('common.backHome')}
      </TapButton>
    </View>
  )
}
