import { Picker, Text, View } from '@tarojs/components'
import { useMemo } from 'react'
import { t } from '@/i18n'
import { formatFull, fromPickerMoment, type PickerMoment } from '@/lib/beijing-time'
import { dateTimeWheel, pickedMoment } from './date-time-wheel'
import { tapLabel } from './a11y'
import { useTokens } from './elder-mode'
import { FormGroup } from './FormGroup'
import { px } from './tokens'

/**
 * A Beijing date and time in one picker (day, hour, minute wheels), shown in words. While nothing is
 * chosen the wheels open on `fallback` (a sensible time ahead, never 1970).
 */
export function DateTimeField(props: { label: string; value: PickerMoment; fallback: PickerMoment; error?: string; onChange(v: PickerMoment): void }) {
  const tokens = useTokens()
  const wheel = useMemo(() => dateTimeWheel(props.value, props.fallback), [props.value, props.fallback])
  const chosen = fromPickerMoment(props.value)
  return (
    <FormGroup label={props.label} error={props.error}>
      <Picker
        mode="multiSelector"
        range={wheel.range}
        value={wheel.index}
        {...tapLabel(`${props.label} ${chosen ? formatFull(chosen) : t('common.pickDateTime')}`)}
        onChange={(e) => props.onChange(pickedMoment(wheel, ([] as number[]).concat(e.detail.value).map(Number)))}
      >
        <View
          aria-label={props.label}
          style={{
            boxSizing: 'border-box',
            display: 'flex',
            alignItems: 'center',
            minHeight: px(tokens.tapTarget),
            padding: `0 ${px(tokens.space.md)}`,
            borderRadius: px(tokens.radius),
            border: `${props.error ? 2 : 1}px solid ${props.error ? tokens.color.danger : tokens.color.border}`,
            backgroundColor: tokens.color.surface,
            color: chosen ? tokens.color.text : tokens.color.textMuted,
          }}
        >
          <Text>{chosen ? formatFull(chosen) : t('common.pickDateTime')}</Text>
        </View>
      </Picker>
    </FormGroup>
  )
}
