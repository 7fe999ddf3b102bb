import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { useTokens } from './elder-mode'
import { px } from './tokens'

/** A heading above a group of cards, with an optional action at its right (below in elder mode). */
export function SectionTitle(props: { children: string; action?: ReactNode }) {
  const tokens = useTokens()
  return (
    <View
      style={{
        display: 'flex',
        flexDirection: tokens.columns === 1 ? 'column' : 'row',
        justifyContent: 'space-between',
        alignItems: tokens.columns === 1 ? 'stretch' : 'center',
        gap: px(tokens.space.sm),
        margin: `${px(tokens.space.lg)} 0 ${px(tokens.space.sm)}`,
      }}
    >
      <Text style={{ fontSize: px(tokens.font.title), fontWeight: 'bold', color: tokens.color.text }}>{props.children}</Text>
      {props.action}
    </View>
  )
}
