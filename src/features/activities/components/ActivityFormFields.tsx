import { View } from '@tarojs/components'
import { t } from '../i18n'
import { ChoiceChips } from '@/ui/ChoiceChips'
import { Field } from '@/ui/Field'
import { CAPACITY_MAX, DESCRIPTION_MAX, LINE_MAX, PARTY_MAX, TITLE_MAX, VENUE_MAX, pickerFallbacks, type ActivityForm, type ActivityFormErrors } from '../edit-form'
import { ACTIVITY_KINDS, ELIGIBILITIES, eligibilityLabel, kindLabel, parseEligibility, parseKind } from '../vocabulary'
import { CoverField } from './CoverField'
import { DateTimeField } from '@/ui/DateTimeField'
import { LinesField, LongText, SwitchRow } from './FormParts'
import { MaterialsField } from './MaterialsField'
import { QuestionsField } from './QuestionsField'

export interface ActivityFormFieldsProps {
  form: ActivityForm
  errors: ActivityFormErrors
  update(patch: Partial<ActivityForm>): void
  onUploadingChange(uploading: boolean): void
}

/** Every field of 发布活动, in the order an organiser thinks of them. */
export function ActivityFormFields(props: ActivityFormFieldsProps) {
  const { form, errors, update } = props
  const fallback = pickerFallbacks(form)
  return (
    <View>
      <ChoiceChips
        label={t('activities.edit.kind')}
        choices={ACTIVITY_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
        selected={form.kind ?? ''}
        onSelect={(value) => update({ kind: parseKind(value) })}
        error={errors.kind}
      />
      <Field label={t('activities.edit.title')} placeholder={t('activities.edit.titlePlaceholder')} value={form.title} maxlength={TITLE_MAX} error={errors.title} onChange={(title) => update({ title })} />
      <LongText label={t('activities.edit.description')} placeholder={t('activities.edit.descriptionPlaceholder')} value={form.description} max={DESCRIPTION_MAX} error={errors.description} onChange={(description) => update({ description })} />
      <Field label={t('activities.edit.venue')} placeholder={t('activities.edit.venuePlaceholder')} value={form.venue} maxlength={VENUE_MAX} error={errors.venue} onChange={(venue) => update({ venue })} />
      <DateTimeField label={t('activities.edit.starts')} value={form.starts} fallback={fallback.starts} error={errors.starts} onChange={(starts) => update({ starts })} />
      <DateTimeField label={t('activities.edit.ends')} value={form.ends} fallback={fallback.ends} error={errors.ends} onChange={(ends) => update({ ends })} />
      <DateTimeField label={t('activities.edit.deadline')} value={form.deadline} fallback={fallback.deadline} error={errors.deadline} onChange={(deadline) => update({ deadline })} />
      <Field label={t('activities.edit.capacity', { max: CAPACITY_MAX })} type="number" maxlength={5} value={form.capacity} error={errors.capacity} onChange={(capacity) => update({ capacity })} />
      <Field label={t('activities.edit.maxPartySize', { max: PARTY_MAX })} type="number" maxlength={2} value={form.maxPartySize} error={errors.maxPartySize} onChange={(maxPartySize) => update({ maxPartySize })} />
      <ChoiceChips
        label={t('activities.edit.eligibility')}
        choices={ELIGIBILITIES.map((e) => ({ value: e, label: eligibilityLabel(e) }))}
        selected={form.eligibility}
        onSelect={(value) => update({ eligibility: parseEligibility(value) ?? form.eligibility })}
      />
      <SwitchRow label={t('activities.edit.waitlist')} on={t('activities.edit.waitlistOn')} off={t('activities.edit.waitlistOff')} checked={form.waitlist} onChange={(waitlist) => update({ waitlist })} />
      <SwitchRow label={t('activities.edit.needsApproval')} on={t('activities.edit.needsApprovalOn')} off={t('activities.edit.needsApprovalOff')} checked={form.needsApproval} onChange={(needsApproval) => update({ needsApproval })} />
      <QuestionsField values={form.questions} max={8} error={errors.questions} onChange={(questions) => update({ questions })} />
      <MaterialsField values={form.materials} error={errors.materials} onChange={(materials) => update({ materials })} />
      <LinesField
        label={t('activities.edit.partners')}
        hint={t('activities.edit.partnersHint')}
        placeholder={t('activities.edit.partnerPlaceholder')}
        addLabel={t('activities.edit.addPartner')}
        values={form.partners}
        max={6}
        onChange={(partners) => update({ partners: partners.map((p) => p.slice(0, LINE_MAX)) })}
      />
      <CoverField cover={form.cover} onChange={(cover) => update({ cover })} onUploadingChange={props.onUploadingChange} />
    </View>
  )
}
