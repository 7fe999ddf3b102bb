import { View } from '@tarojs/components'
import { t } from '../i18n'
import { ChoiceChips } from '@/ui/ChoiceChips'
import { Field, type FieldProps } from '@/ui/Field'
import { ANSWER_MAX, type AnswerForm, type SignUpQuestionView } from '../answers'

/** The keyboard each type brings up: digits for a phone, digits and a point for a number. */
const KEYBOARD: Partial<Record<SignUpQuestionView['type'], FieldProps['type']>> = { PHONE: 'number', NUMBER: 'digit' }

/** The organiser's questions as labelled fields by type (options as one-tap chips), each with its error in words. */
export function AnswerFields(props: { questions: ReadonlyArray<SignUpQuestionView>; form: AnswerForm; errors: Record<string, string>; onChange(question: string, value: string): void }) {
  return (
    <View>
      {props.questions.map((q) =>
        q.type === 'CHOICE' ? (
          <ChoiceChips
            key={q.text}
            label={q.text}
            choices={q.options.map((o) => ({ value: o, label: o }))}
            selected={props.form[q.text] ?? ''}
            error={props.errors[q.text]}
            onSelect={(value) => props.onChange(q.text, value)}
          />
        ) : (
          <Field
            key={q.text}
            label={q.text}
            value={props.form[q.text] ?? ''}
            placeholder={t('activities.answers.placeholder', { question: q.text })}
            type={KEYBOARD[q.type] ?? 'text'}
            maxlength={q.type === 'PHONE' ? 13 : q.type === 'NAME' ? 20 : ANSWER_MAX}
            error={props.errors[q.text]}
            onChange={(value) => props.onChange(q.text, value)}
          />
        ),
      )}
    </View>
  )
}
