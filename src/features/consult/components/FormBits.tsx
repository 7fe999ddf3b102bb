import { Picker, Text, Textarea, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { t } from '@/i18n'
import { px, useTokens } from '@/ui'
import type { LocalDateTime } from '../dates'

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

/** A bold label over its content, with the error under it. */
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

/** A multi-line text with a live character count. */
export function LongText(props: { label: string; placeholder: string; value: string; max: number; onChange(v: string): void; error?: string }) {
  const tokens = useTokens()
  return (
    <FormGroup label={props.label} error={props.error}>
      <Textarea
        value={props.value}
        placeholder={props.placeholder}
        maxlength={props.max}
        autoHeight
        onInput={(e) => props.onChange(e.detail.value)}
        style={{
          boxSizing: 'border-box',
          width: '100%',
          minHeight: px(tokens.tapTarget * 2),
          padding: px(tokens.space.md),
          fontSize: px(tokens.font.body),
          lineHeight: tokens.lineHeight,
          borderRadius: px(tokens.radius),
          border: `${props.error ? 2 : 1}px solid ${props.error ? tokens.color.danger : tokens.color.border}`,
          backgroundColor: tokens.color.surface,
          color: tokens.color.text,
        }}
      />
      <Text style={{ display: 'block', textAlign: 'right', fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>{`${props.value.length}/${props.max}`}</Text>
    </FormGroup>
  )
}

/** A date and a time picker side by side (Beijing time). */
export function DateTimeField(props: { label: string; value: LocalDateTime; onChange(v: LocalDateTime): void; error?: string }) {
  const tokens = useTokens()
  const box = {
    boxSizing: 'border-box',
    minHeight: px(tokens.tapTarget),
    display: 'flex',
    alignItems: 'center',
    padding: `0 ${px(tokens.space.md)}`,
    borderRadius: px(tokens.radius),
    border: `1px solid ${tokens.color.border}`,
    backgroundColor: tokens.color.surface,
  } as const
  return (
    <FormGroup label={props.label} error={props.error}>
      <View style={{ display: 'flex', gap: px(tokens.space.sm), flexDirection: tokens.columns === 1 ? 'column' : 'row' }}>
        <Picker mode="date" value={props.value.date} onChange={(e) => props.onChange({ ...props.value, date: String(e.detail.value) })}>
          <View style={{ ...box, minWidth: px(150) }}>
            <Text>{props.value.date || t('consult.form.pickDate')}</Text>
          </View>
        </Picker>
        <Picker mode="time" value={props.value.time} onChange={(e) => props.onChange({ ...props.value, time: String(e.detail.value) })}>
          <View style={{ ...box, minWidth: px(110) }}>
            <Text>{props.value.time || t('consult.form.pickTime')}</Text>
          </View>
        </Picker>
      </View>
    </FormGroup>
  )
}
