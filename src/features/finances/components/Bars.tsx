import { Text, View } from '@tarojs/components'
import { px, tapLabel, useTokens } from '@/ui'
import { barValue, formatFen } from '../money'

// Charts drawn with plain views (no chart library in the bundle): each bar's length is its share of
// the longest, and its amount is written beside it, so the figure never depends on reading a bar.

export interface Bar { key: string; label: string; fen: string; tone: 'income' | 'spending' | 'fund' }

export function BarRow(props: { bar: Bar; max: number; onTap?: () => void }) {
  const tokens = useTokens()
  const { bar } = props
  const share = props.max > 0 ? Math.min(1, barValue(bar.fen) / props.max) : 0
  const colour = bar.tone === 'income' ? tokens.color.primary : bar.tone === 'fund' ? '#6b4f00' : tokens.color.textMuted
  return (
    <View className='finance-bar' onClick={props.onTap} {...(props.onTap ? tapLabel(`${bar.label} ${formatFen(bar.fen)}`) : {})} style={{ display: 'flex', alignItems: 'center', minHeight: px(Math.max(28, tokens.font.body + 10)), marginBottom: px(tokens.space.xs) }}>
      <Text style={{ width: px(tokens.font.body * 5), flexShrink: 0, fontSize: px(tokens.font.small) }}>{bar.label}</Text>
      <View style={{ flex: 1, height: px(12), borderRadius: px(4), backgroundColor: tokens.color.skeleton, marginRight: px(tokens.space.sm) }}>
        <View style={{ width: `${Math.round(share * 100)}%`, height: '100%', borderRadius: px(4), backgroundColor: colour }} />
      </View>
      <Text className='bar-amount' style={{ minWidth: px(tokens.font.small * 6), textAlign: 'right', fontSize: px(tokens.font.small), fontVariantNumeric: 'tabular-nums' }}>{formatFen(bar.fen)}</Text>
    </View>
  )
}

/** Bars sharing one scale (the longest is full width). */
export function Bars(props: { bars: Bar[]; onTap?: (key: string) => void }) {
  const max = Math.max(0, ...props.bars.map((b) => barValue(b.fen)))
  return (
    <View>
      {props.bars.map((bar) => (
        <BarRow key={`${bar.key}-${bar.tone}`} bar={bar} max={max} onTap={props.onTap ? () => props.onTap?.(bar.key) : undefined} />
      ))}
    </View>
  )
}
