import Taro from '@tarojs/taro'
import type { AnswerInput } from '@/graphql/generated/graphql'
import { t } from './i18n'

// The organiser's questions (姓名, 联系电话, 年龄段…) as form fields. What a resident answered is
// remembered on the phone by question, so the next sign-up, for any activity, is already filled in.

export type AnswerForm = Record<string, string>

export const REMEMBERED_ANSWERS_KEY = 'linli.activityAnswers'
export const ANSWER_MAX = 60

/** One field per question: what is remembered for it, else empty. Only the asked questions are kept. */
export function answersToForm(questions: ReadonlyArray<string>, remembered: AnswerForm): AnswerForm {
  const form: AnswerForm = {}
  for (const question of questions) form[question] = remembered[question] ?? ''
  return form
}

/** The form as the gateway's answers, in the organiser's order, trimmed. */
export function formToAnswers(questions: ReadonlyArray<string>, form: AnswerForm): AnswerInput[] {
  return questions.map((question) => ({ question, value: (form[question] ?? '').trim() }))
}

/** Answers the gateway gave back (a registration) as a form, e.g. to show or sign up again. */
export function answersFromRegistration(answers: ReadonlyArray<{ question: string; value: string }>): AnswerForm {
  const form: AnswerForm = {}
  for (const a of answers) form[a.question] = a.value
  return form
}

const looksLikePhoneQuestion = (question: string) => /电话|手机|联系方式/.test(question)

/** The problem with one answer in words, or null: every question must be answered; a phone is 11 digits. */
export function answerError(question: string, value: string): string | null {
  const text = value.trim()
  if (!text) return t('activities.answers.required', { question })
  if (text.length > ANSWER_MAX) return t('activities.answers.tooLong', { max: ANSWER_MAX })
  if (looksLikePhoneQuestion(question) && !/^1\d{10}$/.test(text.replace(/[\s-]/g, ''))) return t('activities.answers.phone')
  return null
}

/** Errors by question, only for questions that have one. */
export function answerErrors(questions: ReadonlyArray<string>, form: AnswerForm): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const question of questions) {
    const problem = answerError(question, form[question] ?? '')
    if (problem) errors[question] = problem
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
