import Taro from '@tarojs/taro'
import type { AnswerInput, QuestionType } from '@/graphql/generated/graphql'
import { t } from './i18n'
import { textLength } from '@/ui/text-length'

// The organiser's questions (姓名, 联系电话, 年龄段…) as form fields. What a resident answered is
// remembered on the phone by question, so the next sign-up, for any activity, is already filled in.

export type AnswerForm = Record<string, string>

/** A question as the gateway gives it: its type decides the keyboard, the check and how it is shown. */
export interface SignUpQuestionView { text: string; type: QuestionType; options: ReadonlyArray<string> }

export const REMEMBERED_ANSWERS_KEY = 'linli.activityAnswers'
export const ANSWER_MAX = 60

/** One field per question: what is remembered for it, else empty. Only the asked questions are kept. */
export function answersToForm(questions: ReadonlyArray<SignUpQuestionView>, remembered: AnswerForm): AnswerForm {
  const form: AnswerForm = {}
  for (const q of questions) {
    const kept = remembered[q.text] ?? ''
    // A remembered answer that is not one of this question's options would only be refused.
    form[q.text] = q.type === 'CHOICE' && !q.options.includes(kept) ? '' : kept
  }
  return form
}

/** The form as the gateway's answers, in the organiser's order, trimmed. */
export function formToAnswers(questions: ReadonlyArray<SignUpQuestionView>, form: AnswerForm): AnswerInput[] {
  return questions.map((q) => ({ question: q.text, value: (form[q.text] ?? '').trim() }))
}

/** Answers the gateway gave back (a registration) as a form, e.g. to show or sign up again. */
export function answersFromRegistration(answers: ReadonlyArray<{ question: string; value: string }>): AnswerForm {
  const form: AnswerForm = {}
  for (const a of answers) form[a.question] = a.value
  return form
}

/** The viewer's own profile, as far as sign-up may use it. */
export interface SignUpProfile { realName?: string | null; phone?: string | null }

/**
 * What the profile can fill in: the 姓名 (NAME) and 联系电话 (PHONE) questions still empty, from
 * the real name and phone the person already gave us. Empty when there is nothing to offer.
 */
export function profileAnswers(questions: ReadonlyArray<SignUpQuestionView>, form: AnswerForm, profile: SignUpProfile | null | undefined): AnswerForm {
  const fill: AnswerForm = {}
  if (!profile) return fill
  for (const q of questions) {
    if ((form[q.text] ?? '').trim()) continue
    const value = q.type === 'NAME' ? profile.realName : q.type === 'PHONE' ? profile.phone : null
    if (value?.trim()) fill[q.text] = value.trim()
  }
  return fill
}

/** The name the registrant typed (the first 姓名 question), if the organiser asked for one. */
export function typedName(answers: ReadonlyArray<{ type: QuestionType; value: string }>): string | null {
  return answers.find((a) => a.type === 'NAME' && a.value.trim())?.value.trim() ?? null
}

/** A phone shown on screen before it is used: 138****5678. */
export function maskedPhone(phone: string): string {
  const digits = phone.replace(/[\s-]/g, '')
  return digits.length >= 7 ? `${digits.slice(0, 3)}****${digits.slice(-4)}` : digits
}

/** The problem with one answer in words, or null: every question answered, each as its type asks (the gateway checks the same). */
export function answerError(question: SignUpQuestionView, value: string): string | null {
  const text = value.trim()
  if (!text) return t('activities.answers.required', { question: question.text })
  if (textLength(text) > ANSWER_MAX) return t('activities.answers.tooLong', { max: ANSWER_MAX })
  switch (question.type) {
    case 'PHONE':
      return /^(1\d{10}|0\d{9,11})$/.test(text.replace(/[\s-]/g, '')) ? null : t('activities.answers.phone')
    case 'NUMBER':
      return /^\d{1,6}(\.\d{1,2})?$/.test(text) ? null : t('activities.answers.number')
    case 'NAME':
      return textLength(text) > 20 ? t('activities.answers.tooLong', { max: 20 }) : null
    case 'CHOICE':
      return question.options.includes(text) ? null : t('activities.answers.choice')
    default:
      return null
  }
}

/** Errors by question, only for questions that have one. */
export function answerErrors(questions: ReadonlyArray<SignUpQuestionView>, form: AnswerForm): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const q of questions) {
    const problem = answerError(q, form[q.text] ?? '')
    if (problem) errors[q.text] = problem
  }
  return errors
}

function parseRemembered(value: unknown): AnswerForm {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {}
  const form: AnswerForm = {}
  for (const [question, answer] of Object.entries(value as Record<string, unknown>)) {
    if (typeof answer === 'string') form[question] = answer
  }
  return form
}

export function loadRememberedAnswers(): AnswerForm {
  try {
    return parseRemembered(Taro.getStorageSync(REMEMBERED_ANSWERS_KEY))
  } catch {
    return {}
  }
}

/** Keeps these answers (merged over earlier ones) for the next sign-up. */
export function rememberAnswers(form: AnswerForm): void {
  try {
    Taro.setStorageSync(REMEMBERED_ANSWERS_KEY, { ...loadRememberedAnswers(), ...form })
  } catch {
    // Storage full or unavailable: signing up still works, it is just not remembered.
  }
}
