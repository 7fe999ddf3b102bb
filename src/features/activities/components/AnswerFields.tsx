import { View } from '@tarojs/components'
import { t } from '../i18n'
import { Field } from '@/ui/Field'
import { ANSWER_MAX, type AnswerForm } from '../answers'

const isPhoneQuestion = (question: string) => /电话|手机/.test(question)

/** The organiser's questions as labelled fields, each with its error in words. */
export function AnswerFields(props: { questions: ReadonlyArray<string>; form: AnswerForm; errors: Record<string, string>; onChange(question: string, value: string): void }) {
  return (
    <View>
      {props.questions.map((question) => (
        <Field
          key={question}
          label={question}
          value={props.form[question] ?? ''}
          placeholder={t('activities.answers.placeholder', { question })}
          type={isPhoneQuestion(question) ? 'number' : 'text'}
          maxlength={ANSWER_MAX}
          error={props.errors[question]}
          onChange={(value) => props.onChange(question, value)}
        />
      ))}
    </View>
  )
}
