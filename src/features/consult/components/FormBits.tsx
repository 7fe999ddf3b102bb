import { Picker, Text, View } from '@tarojs/components'
import { t } from '../i18n'
import { px, useTokens } from '@/ui'
import type { PickerMoment } from '@/lib/beijing-time'
import { FormGroup } from '@/ui/FormGroup'

export { ErrorLine, FormGroup, LongText } from '@/ui/FormGroup'

/** A date and a time picker side by side (Beijing time). */
export function DateTimeField(props: { label: string; value: PickerMoment; onChange(v: PickerMoment): void; error?: string }) {
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
