import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { useTokens } from './elder-mode'
import { PrivacyConsentSheet } from './PrivacyConsentSheet'
import { PageTitleBar } from './chrome'
import { px } from './tokens'

/**
 * A page's outer frame: background, padding and base type from the tokens; in H5 a sub-page's title
 * bar with back (WeChat draws its own); WeChat's privacy consent sheet when asked.
 */
export function Page(props: { children: ReactNode }) {
  const tokens = useTokens()
  return (
    <View
      style={{
        boxSizing: 'border-box',
        minHeight: '100vh',
        padding: px(tokens.space.lg),
        backgroundColor: tokens.color.background,
        color: tokens.color.text,
        fontSize: px(tokens.font.body),
        lineHeight: tokens.lineHeight,
      }}
    >
      {process.env.TARO_ENV === 'h5' ? <PageTitleBar /> : null}
      {props.children}
      <PrivacyConsentSheet />
    </View>
  )
}
