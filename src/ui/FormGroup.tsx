import { Text, Textarea, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { t } from '@/i18n'
import { useTokens } from './elder-mode'
import { px } from './tokens'
import { spokenLabel, textBoxStyle } from './text-box'
import { nativeCap, textLength } from './text-length'

// Form pieces every feature's forms share: a field's error in words, a labelled group, long text.

/** Its error in words under a field (never colour alone). */
export function ErrorLine(props: { text?: string }) {
  const tokens = useTokens()
  if (!props.text) return null
  return (
    <View role="alert" style={{ marginTop: px(tokens.space.xs) }}>
      <Text style={{ color: tokens.color.danger, fontSize: px(tokens.font.small) }}>{`⚠ ${props.text}`}</Text>
    </View>
  )
}

/** A bold label over its content, an optional hint, and the error under it. */
export function FormGroup(props: { label: string; hint?: string; error?: string; children: ReactNode }) {
  const tokens = useTokens()
  return (
    <View style={{ marginBottom: px(tokens.space.md) }}>
      <Text style={{ display: 'block', fontWeight: 'bold', marginBottom: px(tokens.space.xs) }}>{props.label}</Text>
      {props.hint ? <Text style={{ display: 'block', marginBottom: px(tokens.space.xs), fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>{props.hint}</Text> : null}
      {props.children}
      <ErrorLine text={props.error} />
    </View>
  )
}

/** A multi-line text with a live count of what is left to write. */
export function LongText(props: { label: string; placeholder: string; value: string; max: number; error?: string; onChange(v: string): void }) {
  const tokens = useTokens()
  const count = textLength(props.value)
  const over = count > props.max
  const error = props.error ?? (over ? t('common.tooLong', { max: props.max, over: count - props.max }) : undefined)
  return (
    <FormGroup label={props.label} error={error}>
      <Textarea
        value={props.value}
        placeholder={props.placeholder}
        maxlength={nativeCap(props.max)}
        autoHeight
        onInput={(e) => props.onChange(e.detail.value)}
        {...spokenLabel(props.label)}
        style={textBoxStyle(tokens, { error: !!error, lines: 4 })}
      />
      <Text style={{ display: 'block', textAlign: 'right', fontSize: px(tokens.font.small), color: over ? tokens.color.danger : tokens.color.textMuted }}>
        {t('common.counter', { count, max: props.max })}
      </Text>
    </FormGroup>
  )
}
