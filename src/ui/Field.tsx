import { Input, Text, View, type InputProps } from '@tarojs/components'
import { useTokens } from './elder-mode'
import { px } from './tokens'
import { spokenLabel, textBoxStyle } from './text-box'
import { t } from '@/i18n'
import { nativeCap, textLength } from './text-length'

export interface FieldProps {
  label: string
  value: string
  placeholder?: string
  onChange(value: string): void
  /** Shown under the input in words (never colour alone), and the field is outlined. */
  error?: string
  type?: InputProps['type']
  maxlength?: number
  disabled?: boolean
}

/** A labelled text input with its error beside it, sized from the tokens. */
export function Field(props: FieldProps) {
  const tokens = useTokens()
  // Text with a limit shows its count; past the limit it says so instead of being cut.
  const counted = props.maxlength !== undefined && (props.type ?? 'text') === 'text'
  const count = textLength(props.value)
  const error = props.error ?? (counted && props.maxlength !== undefined && count > props.maxlength ? t('common.tooLong', { max: props.maxlength, over: count - props.maxlength }) : undefined)
  return (
    <View style={{ marginBottom: px(tokens.space.md) }}>
      <Text style={{ display: 'block', fontSize: px(tokens.font.body), fontWeight: 'bold', marginBottom: px(tokens.space.xs) }}>
        {props.label}
      </Text>
      <Input
        value={props.value}
        placeholder={props.placeholder}
        type={props.type ?? 'text'}
        maxlength={counted && props.maxlength !== undefined ? nativeCap(props.maxlength) : (props.maxlength ?? 140)}
        disabled={props.disabled}
        onInput={(e) => props.onChange(e.detail.value)}
        {...spokenLabel(props.label)}
        // A fixed height (the native input does not grow), centred for H5's wrapped <input>.
        style={{ ...textBoxStyle(tokens, { error: !!error }), display: 'flex', alignItems: 'center' }}
      />
      {counted ? (
        <Text style={{ display: 'block', textAlign: 'right', fontSize: px(tokens.font.small), color: count > (props.maxlength ?? 0) ? tokens.color.danger : tokens.color.textMuted }}>
          {t('common.counter', { count, max: props.maxlength ?? 0 })}
        </Text>
      ) : null}
      {error ? (
        <View role="alert" style={{ marginTop: px(tokens.space.xs) }}>
          <Text style={{ color: tokens.color.danger, fontSize: px(tokens.font.small) }}>{`⚠ ${error}`}</Text>
        </View>
      ) : null}
    </View>
  )
}
