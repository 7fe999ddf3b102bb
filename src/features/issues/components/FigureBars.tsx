import { Text, View } from '@tarojs/components'
import { px, useTokens } from '@/ui'
import type { Bar } from '../figures'

/** A bar chart made of Views (its heading is the caller's; `title` names it for screen readers): label, a bar whose width is its share of the largest, and the number written beside it. */
export function FigureBars(props: { title: string; bars: ReadonlyArray<Bar> }) {
  const tokens = useTokens()
  if (props.bars.length === 0) return null
  const stacked = tokens.columns === 1
  return (
    <View role="list" aria-label={props.title} style={{ marginBottom: px(tokens.space.lg) }}>
      {props.bars.map((bar) => (
        <View
          key={bar.key}
          role="listitem"
          aria-label={`${bar.label} ${bar.valueText}`}
          style={{ display: 'flex', flexDirection: stacked ? 'column' : 'row', alignItems: stacked ? 'stretch' : 'center', marginBottom: px(tokens.space.sm) }}
        >
          <Text style={{ width: stacked ? 'auto' : px(tokens.font.body * 5.5), flexShrink: 0 }}>{bar.label}</Text>
          <View style={{ flex: 1, display: 'flex', alignItems: 'center', gap: px(tokens.space.sm) }}>
            <View style={{ flex: 1, height: px(tokens.font.body), backgroundColor: tokens.color.background, borderRadius: px(4) }}>
              <View style={{ width: `${bar.percent}%`, height: '100%', backgroundColor: tokens.color.primary, borderRadius: px(4) }} />
            </View>
            <Text style={{ minWidth: px(tokens.font.body * 4), textAlign: 'right', fontWeight: 'bold' }}>{bar.valueText}</Text>
          </View>
        </View>
      ))}
    </View>
  )
}
