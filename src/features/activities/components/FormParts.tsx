import { Input, Text, View, type InputProps } from '@tarojs/components'
import { Toggle } from '@/ui/Toggle'
import { t } from '../i18n'
import { TapButton, px, spokenLabel, textBoxStyle, useTokens } from '@/ui'
import { FormGroup } from '@/ui/FormGroup'

export { ErrorLine, FormGroup, LongText } from '@/ui/FormGroup'

export function useBoxStyle(error?: boolean) {
  const tokens = useTokens()
  return {
    boxSizing: 'border-box' as const,
    display: 'flex',
    alignItems: 'center',
    minHeight: px(tokens.tapTarget),
    padding: `0 ${px(tokens.space.md)}`,
    borderRadius: px(tokens.radius),
    border: `${error ? 2 : 1}px solid ${error ? tokens.color.danger : tokens.color.border}`,
    backgroundColor: tokens.color.surface,
    color: tokens.color.text,
  }
}

/** A switch with what on and off mean said in words beside it. */
export function SwitchRow(props: { label: string; on: string; off: string; checked: boolean; onChange(v: boolean): void }) {
  const tokens = useTokens()
  return (
    <View style={{ marginBottom: px(tokens.space.md) }}>
      <View style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', minHeight: px(tokens.tapTarget) }}>
        <Text style={{ fontWeight: 'bold' }}>{props.label}</Text>
        <Toggle checked={props.checked} label={props.label} onChange={props.onChange} />
      </View>
      <Text style={{ display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>{props.checked ? props.on : props.off}</Text>
    </View>
  )
}

/** A list of short lines (questions, partners): each with 删除, and 添加一行 at the end. */
export function LinesField(props: { label: string; hint: string; placeholder: string; addLabel: string; values: ReadonlyArray<string>; max: number; onChange(values: string[]): void }) {
  const tokens = useTokens()
  const set = (index: number, value: string) => props.onChange(props.values.map((v, i) => (i === index ? value : v)))
  const remove = (index: number) => props.onChange(props.values.filter((_, i) => i !== index))
  return (
    <FormGroup label={props.label} hint={props.hint}>
      {props.values.map((value, index) => (
        <View key={index} style={{ display: 'flex', alignItems: 'center', gap: px(tokens.space.sm), marginBottom: px(tokens.space.xs) }}>
          <View style={{ flex: 1 }}>
            <LineInput value={value} placeholder={props.placeholder} ariaLabel={`${props.label} ${index + 1}`} onChange={(v) => set(index, v)} />
          </View>
          <TapButton variant="secondary" onTap={() => remove(index)}>
            {t('activities.edit.removeLine')}
          </TapButton>
        </View>
      ))}
      {props.values.length < props.max ? (
        <TapButton variant="secondary" onTap={() => props.onChange([...props.values, ''])}>
          {`＋ ${props.addLabel}`}
        </TapButton>
      ) : null}
    </FormGroup>
  )
}

/** A bare one-line input sized from the tokens, for rows that carry their own label. */
export function LineInput(props: { value: string; placeholder?: string; ariaLabel?: string; type?: InputProps['type']; maxlength?: number; error?: boolean; onChange(v: string): void }) {
  const tokens = useTokens()
  return (
    <Input
      value={props.value}
      placeholder={props.placeholder}
      {...spokenLabel(props.ariaLabel ?? props.placeholder ?? '')}
      type={props.type ?? 'text'}
      maxlength={props.maxlength ?? 40}
      onInput={(e) => props.onChange(e.detail.value)}
      style={{ ...textBoxStyle(tokens, { error: props.error }), display: 'flex', alignItems: 'center' }}
    />
  )
}
