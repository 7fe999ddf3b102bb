import { View } from '@tarojs/components'
import type { QuestionType } from '@/graphql/generated/graphql'
import { t } from '../i18n'
import { TapButton, px, useTokens } from '@/ui'
import { ChoiceChips } from '@/ui/ChoiceChips'
import { LINE_MAX, type QuestionLine } from '../edit-form'
import { FormGroup, LineInput } from './FormParts'

const TYPES: QuestionType[] = ['TEXT', 'PHONE', 'NAME', 'NUMBER', 'CHOICE']
const isType = (value: string): value is QuestionType => (TYPES as string[]).includes(value)

/** 报名要填的信息: each question with what it asks for (the type decides the keyboard and the masking), options for 选一项. */
export function QuestionsField(props: { values: ReadonlyArray<QuestionLine>; max: number; error?: string; onChange(values: QuestionLine[]): void }) {
  const tokens = useTokens()
  const set = (index: number, patch: Partial<QuestionLine>) => props.onChange(props.values.map((q, i) => (i === index ? { ...q, ...patch } : q)))
  const remove = (index: number) => props.onChange(props.values.filter((_, i) => i !== index))
  return (
    <FormGroup label={t('activities.edit.questions')} hint={t('activities.edit.questionsHint')} error={props.error}>
      {props.values.map((q, index) => (
        <View key={index} style={{ marginBottom: px(tokens.space.md), paddingBottom: px(tokens.space.sm), borderBottom: `1px solid ${tokens.color.border}` }}>
          <View style={{ display: 'flex', alignItems: 'center', gap: px(tokens.space.sm), marginBottom: px(tokens.space.xs) }}>
            <View style={{ flex: 1 }}>
              <LineInput value={q.text} placeholder={t('activities.edit.questionPlaceholder')} ariaLabel={`${t('activities.edit.questions')} ${index + 1}`} maxlength={20} onChange={(text) => set(index, { text })} />
            </View>
            <TapButton variant="secondary" onTap={() => remove(index)}>
              {t('activities.edit.removeLine')}
            </TapButton>
          </View>
          <ChoiceChips
            label={t('activities.edit.questionType')}
            choices={TYPES.map((type) => ({ value: type, label: t(`activities.edit.questionType.${type}`) }))}
            selected={q.type}
            onSelect={(value) => set(index, { type: isType(value) ? value : q.type })}
          />
          {q.type === 'CHOICE' ? (
            <LineInput value={q.options} placeholder={t('activities.edit.questionOptions')} ariaLabel={`${q.text} ${t('activities.edit.questionType.CHOICE')}`} maxlength={LINE_MAX * 5} onChange={(options) => set(index, { options })} />
          ) : null}
        </View>
      ))}
      {props.values.length < props.max ? (
        <TapButton variant="secondary" onTap={() => props.onChange([...props.values, { text: '', type: 'TEXT', options: '' }])}>
          {`＋ ${t('activities.edit.addQuestion')}`}
        </TapButton>
      ) : null}
    </FormGroup>
  )
}
