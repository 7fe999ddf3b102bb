import { Text, View } from '@tarojs/components'
import { Toggle } from '@/ui/Toggle'
import type { ReactNode } from 'react'
import { t } from '../i18n'
import { px, tapLabel, useTokens } from '@/ui'

/** A labelled block of the edit form, with an optional hint under the label. */
export function FormField(props: { label: string; hint?: string; children: ReactNode }) {
  const tokens = useTokens()
  return (
    <View style={{ marginBottom: px(tokens.space.lg) }}>
      <View style={{ marginBottom: px(tokens.space.xs) }}>
        <Text style={{ fontSize: px(tokens.font.body), fontWeight: 'bold', color: tokens.color.text, lineHeight: tokens.lineHeight }}>
          {props.label}
        </Text>
      </View>
      {props.hint ? (
        <View style={{ marginBottom: px(tokens.space.xs) }}>
          <Text style={{ fontSize: px(tokens.font.small), color: tokens.color.textMuted, lineHeight: tokens.lineHeight }}>{props.hint}</Text>
        </View>
      ) : null}
      {props.children}
    </View>
  )
}

export interface Choice<T> {
  value: T
  label: string
}

/** One of several choices as tap targets; the chosen one is filled, bold and marked ✓. */
export function ChoiceRow<T>(props: { choices: ReadonlyArray<Choice<T>>; selected: T; onSelect: (value: T) => void }) {
  const tokens = useTokens()
  return (
    <View role="radiogroup" style={{ display: 'flex', flexWrap: 'wrap', gap: px(tokens.space.sm) }}>
      {props.choices.map((choice) => {
        const chosen = choice.value === props.selected
        return (
          <View
            key={choice.label}
            {...tapLabel(choice.label, 'radio')}
            aria-checked={chosen}
            onClick={() => props.onSelect(choice.value)}
            style={{
              display: 'flex',
              alignItems: 'center',
              boxSizing: 'border-box',
              minHeight: px(tokens.tapTarget),
              minWidth: px(tokens.tapTarget),
              padding: `0 ${px(tokens.space.md)}`,
              borderRadius: px(tokens.radius),
              border: `1px solid ${chosen ? tokens.color.primary : tokens.color.border}`,
              backgroundColor: chosen ? tokens.color.primary : tokens.color.surface,
            }}
          >
            <Text
              style={{
                fontSize: px(tokens.font.body),
                fontWeight: chosen ? 'bold' : 'normal',
                color: chosen ? tokens.color.onPrimary : tokens.color.text,
                lineHeight: tokens.lineHeight,
              }}
            >
              {chosen ? `✓ ${choice.label}` : choice.label}
            </Text>
          </View>
        )
      })}
    </View>
  )
}

/** A yes/no setting: the switch, and its state in words beside it. */
export function SwitchRow(props: { label: string; hint: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const tokens = useTokens()
  return (
    <FormField label={props.label} hint={props.hint}>
      <View style={{ display: 'flex', alignItems: 'center', gap: px(tokens.space.md), minHeight: px(tokens.tapTarget) }}>
        <Toggle checked={props.checked} label={props.label} onChange={props.onChange} />
        <Text
          style={{ display: 'inline-flex', alignItems: 'center', minHeight: px(tokens.tapTarget), minWidth: px(tokens.tapTarget), fontSize: px(tokens.font.body), color: tokens.color.text }}
          {...tapLabel(`${props.label} ${props.checked ? t('notices.edit.switch.on') : t('notices.edit.switch.off')}`, 'switch')}
          onClick={() => props.onChange(!props.checked)}
        >
          {props.checked ? t('notices.edit.switch.on') : t('notices.edit.switch.off')}
        </Text>
      </View>
    </FormField>
  )
}
