import { Text, View } from '@tarojs/components'
import { t } from '../i18n'
import { TapButton, px, useTokens } from '@/ui'
import type { MaterialLine } from '../edit-form'
import { FormGroup, LineInput } from './FormParts'

const MATERIALS_MAX = 10

/** 每人材料: name, how many per participant, unit — e.g. 艾草包 1 份; the totals follow the confirmed seats. */
export function MaterialsField(props: { values: ReadonlyArray<MaterialLine>; error?: string; onChange(values: MaterialLine[]): void }) {
  const tokens = useTokens()
  const set = (index: number, patch: Partial<MaterialLine>) => props.onChange(props.values.map((m, i) => (i === index ? { ...m, ...patch } : m)))
  return (
    <FormGroup label={t('activities.edit.materials')} hint={t('activities.edit.materialsHint')} error={props.error}>
      {props.values.map((m, index) => (
        <View key={index} style={{ marginBottom: px(tokens.space.sm), padding: px(tokens.space.sm), border: `1px solid ${tokens.color.border}`, borderRadius: px(tokens.radius) }}>
          <LineInput value={m.name} placeholder={t('activities.edit.materialName')} ariaLabel={t('activities.edit.materialName')} onChange={(name) => set(index, { name })} />
          <View style={{ display: 'flex', alignItems: 'center', gap: px(tokens.space.sm), marginTop: px(tokens.space.xs) }}>
            <Text>{t('activities.edit.materialPer')}</Text>
            <View style={{ width: px(80) }}>
              <LineInput type="number" maxlength={3} value={m.perParticipant} ariaLabel={t('activities.edit.materialPer')} onChange={(perParticipant) => set(index, { perParticipant })} />
            </View>
            <View style={{ width: px(80) }}>
              <LineInput value={m.unit} maxlength={6} placeholder={t('activities.edit.defaultUnit')} ariaLabel={t('activities.edit.materialUnit')} onChange={(unit) => set(index, { unit })} />
            </View>
          </View>
          <View style={{ marginTop: px(tokens.space.xs) }}>
            <TapButton variant="secondary" onTap={() => props.onChange(props.values.filter((_, i) => i !== index))}>
              {t('activities.edit.removeLine')}
            </TapButton>
          </View>
        </View>
      ))}
      {props.values.length < MATERIALS_MAX ? (
        <TapButton variant="secondary" onTap={() => props.onChange([...props.values, { name: '', perParticipant: '1', unit: '' }])}>
          {`＋ ${t('activities.edit.addMaterial')}`}
        </TapButton>
      ) : null}
    </FormGroup>
  )
}
