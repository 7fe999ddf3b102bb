import { Text, View } from '@tarojs/components'
import { useTokens } from './elder-mode'
import { TapButton } from './TapButton'
import { px } from './tokens'

export interface EmptyStateProps {
  title: string
  /** What the resident can do now — an empty state always says what to do. */
  body: string
  action?: { label: string; onTap: () => void }
}

/** Shown when there is nothing (yet): what is missing, and what to do about it. */
export function EmptyState(props: EmptyStateProps) {
  const tokens = useTokens()
  return (
    <View
      style={{
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        padding: `${px(tokens.space.lg * 2)} ${px(tokens.space.lg)}`,
        textAlign: 'center',
      }}
    >
      <Text
        style={{ fontSize: px(tokens.font.heading), fontWeight: 'bold', color: tokens.color.text, lineHeight: tokens.lineHeight }}
      >
        {props.title}
      </Text>
      <Text
        style={{
          marginTop: px(tokens.space.md),
          fontSize: px(tokens.font.body),
          color: tokens.color.textMuted,
          lineHeight: tokens.lineHeight,
        }}
      >
        {props.body}
      </Text>
      {props.action ? (
        <View style={{ marginTop: px(tokens.space.lg), width: tokens.columns === 1 ? '100%' : 'auto' }}>
          <TapButton onTap={props.action.onTap}>{props.action.label}</TapButton>
        </View>
      ) : null}
    </View>
  )
}
