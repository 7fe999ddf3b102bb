import { Text, View } from '@tarojs/components'
import { useTokens } from './elder-mode'
import { Icon } from './Icon'
import type { IconPaths } from './icons/svg'
import { px } from './tokens'

/** A category or stage at the head of a card: its icon in a soft disc, and its name in words beside it. */
export function CategoryMark(props: { icon: IconPaths; label: string }) {
  const tokens = useTokens()
  const disc = tokens.font.body + 13
  return (
    <View style={{ display: 'inline-flex', alignItems: 'center', gap: px(tokens.space.xs), marginRight: px(tokens.space.sm) }}>
      <View style={{ display: 'flex', alignItems: 'center', justifyContent: 'center', width: px(disc), height: px(disc), borderRadius: px(disc / 2), backgroundColor: tokens.color.primarySoft }}>
        <Icon paths={props.icon} color={tokens.color.primary} size={tokens.font.body + 1} />
      </View>
      <Text style={{ fontSize: px(tokens.font.small), color: tokens.color.primary, fontWeight: 'bold' }}>{props.label}</Text>
    </View>
  )
}
