import { Text, View } from '@tarojs/components'
import { useTokens } from './elder-mode'
import { px } from './tokens'
import { tapLabel } from './a11y'

export interface Choice {
  value: string
  label: string
  /** A second line, e.g. the handle under a role name. */
  hint?: string
}

export interface ChoiceChipsProps {
  label?: string
  choices: ReadonlyArray<Choice>
  selected: string
  onSelect(value: string): void
  /** Shown under the choices in words; the chosen one carries a ✓, not colour alone. */
  error?: string
}

/** One-tap choices laid out as large chips: easier than a picker wheel for older residents. */
export function ChoiceChips(props: ChoiceChipsProps) {
  const tokens = useTokens()
  return (
    <View style={{ marginBottom: px(tokens.space.md) }}>
      {props.label ? (
        <Text style={{ display: 'block', fontWeight: 'bold', marginBottom: px(tokens.space.xs) }}>{props.label}</Text>
      ) : null}
      <View style={{ display: 'flex', flexDirection: tokens.columns === 1 ? 'column' : 'row', flexWrap: 'wrap', gap: px(tokens.space.sm) }}>
        {props.choices.map((choice) => {
          const on = choice.value === props.selected
          return (
            <View
              key={choice.value}
              {...tapLabel(choice.label, 'radio')}
              aria-checked={on}
              hoverClass="linli-pressed"
              onClick={() => props.onSelect(choice.value)}
              style={{
                boxSizing: 'border-box',
                display: 'flex',
                flexDirection: 'column',
                justifyContent: 'center',
                minWidth: px(tokens.tapTarget),
                minHeight: px(tokens.tapTarget),
                padding: `${px(tokens.space.xs)} ${px(tokens.space.md)}`,
                borderRadius: px(tokens.radius),
                border: `${on ? 2 : 1}px solid ${on ? tokens.color.primary : tokens.color.border}`,
                backgroundColor: tokens.color.surface,
                color: on ? tokens.color.primary : tokens.color.text,
                fontSize: px(tokens.font.body),
                fontWeight: on ? 'bold' : 'normal',
              }}
            >
              <View style={{ display: 'flex', alignItems: 'center', gap: px(tokens.space.xs) }}>
                {on ? <Text aria-hidden>✓</Text> : null}
                <Text>{choice.label}</Text>
              </View>
              {choice.hint ? <Text style={{ fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>{choice.hint}</Text> : null}
            </View>
          )
        })}
      </View>
      {props.error ? (
        <View role="alert" style={{ marginTop: px(tokens.space.xs) }}>
          <Text style={{ color: tokens.color.danger, fontSize: px(tokens.font.small) }}>{`⚠ ${props.error}`}</Text>
        </View>
      ) : null}
    </View>
  )
}
