import { Input, Picker, Text, Textarea, View } from '@tarojs/components'
import type { NoticeCategory } from '@/graphql/generated/graphql'
import { t } from '../i18n'
import { TapButton, px, spokenLabel, textBoxStyle, tapLabel, useTokens } from '@/ui'
import { NOTICE_CATEGORIES, categoryLabel } from '../categories'
import { toPickerDate, endOfBeijingDay, todayInBeijing } from '@/lib/beijing-time'
import type { NoticeDraft } from '../draft'
import { CoverPicker } from './CoverPicker'
import { ChoiceRow, FormField, SwitchRow, type Choice } from './FormParts'

export interface NoticeFormProps {
  draft: NoticeDraft
  onChange: (patch: Partial<NoticeDraft>) => void
  /** Who the notice may be addressed to; null once published (the audience cannot change). */
  audienceChoices: ReadonlyArray<Choice<string | null>> | null
  /** Shown instead of the choices when the audience is fixed. */
  fixedAudience?: string
  onUploadingChange: (uploading: boolean) => void
}

const categoryChoices: ReadonlyArray<Choice<NoticeCategory>> = NOTICE_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c) }))

/** The fields of a notice being written or edited. */
export function NoticeForm(props: NoticeFormProps) {
  const tokens = useTokens()
  const { draft, onChange } = props
  const box = {
    boxSizing: 'border-box' as const,
    width: '100%',
    padding: px(tokens.space.md),
    borderRadius: px(tokens.radius),
    border: `1px solid ${tokens.color.border}`,
    backgroundColor: tokens.color.surface,
    color: tokens.color.text,
    fontSize: px(tokens.font.body),
    lineHeight: tokens.lineHeight,
  }

  return (
    <View>
      <FormField label={t('notices.edit.field.title')}>
        <Input
          value={draft.title}
          maxlength={80}
          placeholder={t('notices.edit.field.titlePlaceholder')}
          {...spokenLabel(t('notices.edit.field.title'))}
          onInput={(e) => onChange({ title: e.detail.value })}
          style={textBoxStyle(tokens)}
        />
      </FormField>

      <FormField label={t('notices.edit.field.category')}>
        <ChoiceRow choices={categoryChoices} selected={draft.category} onSelect={(category) => onChange({ category })} />
      </FormField>

      <FormField label={t('notices.edit.field.audience')} hint={props.audienceChoices ? undefined : t('notices.edit.audience.fixed')}>
        {props.audienceChoices ? (
          <ChoiceRow choices={props.audienceChoices} selected={draft.compoundId} onSelect={(compoundId) => onChange({ compoundId })} />
        ) : (
          <Text style={{ fontSize: px(tokens.font.body), color: tokens.color.text }}>{props.fixedAudience ?? ''}</Text>
        )}
      </FormField>

      <FormField label={t('notices.edit.field.body')} hint={t('notices.edit.field.bodyPlaceholder')}>
        <Textarea
          value={draft.paragraphs}
          maxlength={20000}
          autoHeight
          {...spokenLabel(t('notices.edit.field.body'))}
          onInput={(e) => onChange({ paragraphs: e.detail.value })}
          style={{ ...box, minHeight: px(tokens.font.body * 10) }}
        />
      </FormField>

      <SwitchRow
        label={t('notices.edit.field.pinned')}
        hint={t('notices.edit.field.pinnedHint')}
        checked={draft.pinned}
        onChange={(pinned) => onChange({ pinned })}
      />
      <SwitchRow
        label={t('notices.edit.field.requiresAck')}
        hint={t('notices.edit.field.requiresAckHint')}
        checked={draft.requiresAck}
        onChange={(requiresAck) => onChange({ requiresAck })}
      />

      <FormField label={t('notices.edit.field.expiry')}>
        <Picker
          mode="date"
          value={draft.expiresAt ? toPickerDate(draft.expiresAt) : todayInBeijing()}
          start={todayInBeijing()}
          {...tapLabel(`${t('notices.edit.field.expiry')} ${draft.expiresAt ? t('notices.edit.expiry.until', { date: toPickerDate(draft.expiresAt) }) : t('notices.edit.expiry.none')}`)}
          onChange={(e) => onChange({ expiresAt: endOfBeijingDay(String(e.detail.value)) })}
        >
          <View style={{ ...box, minHeight: px(tokens.tapTarget) }}>
            <Text>
              {draft.expiresAt
                ? t('notices.edit.expiry.until', { date: toPickerDate(draft.expiresAt) })
                : t('notices.edit.expiry.none')}
            </Text>
          </View>
        </Picker>
        {draft.expiresAt ? (
          <View style={{ marginTop: px(tokens.space.sm) }}>
            <TapButton variant="secondary" onTap={() => onChange({ expiresAt: null })}>
              {t('notices.edit.expiry.clear')}
            </TapButton>
          </View>
        ) : null}
      </FormField>

      <FormField label={t('notices.edit.field.cover')}>
        <CoverPicker
          preview={draft.coverPreview}
          onUploaded={(cover) => onChange(cover)}
          onUploadingChange={props.onUploadingChange}
        />
      </FormField>
    </View>
  )
}
