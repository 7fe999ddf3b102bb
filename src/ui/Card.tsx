import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { tapLabel, textOfChildren } from './a11y'
import { useTokens } from './elder-mode'
import { px } from './tokens'

/** A surface for one item. When tappable it is at least one tap target tall, and says what it opens (`label`, else its words). */
export function Card(props: { children: ReactNode; onTap?: () => void; label?: string }) {
  const tokens = useTokens()
  return (
    <View
      onClick={props.onTap}
      {...(props.onTap ? tapLabel(props.label || textOfChildren(props.children)) : {})}
      hoverClass={props.onTap ? 'linli-pressed' : 'none'}
      style={{
        boxSizing: 'border-box',
        minHeight: props.onTap ? px(tokens.tapTarget) : undefined,
        padding: px(tokens.space.lg),
        marginBottom: px(tokens.space.md),
        borderRadius: px(tokens.radius),
        border: `1px solid ${tokens.color.border}`,
        backgroundColor: tokens.color.surface,
        color: tokens.color.text,
        fontSize: px(tokens.font.body),
        lineHeight: tokens.lineHeight,
      }}
    >
      {props.children}
    </View>
  )
}
