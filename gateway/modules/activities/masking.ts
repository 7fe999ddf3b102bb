import { maskPhone } from '../accounts/policies'
import type { StoredAnswer } from './input'

// How a sign-up answer is shown, decided by the question's type (never its wording). `whole`: the
// viewer is the registrant or staff in scope of the registrant's household (as for Person.phone);
// files leaving the app (the CSV) are never whole.

/** Mobile numbers (11 digits from 1) and landlines with an area code, not inside longer digit runs. */
const PHONE_IN_TEXT = /(?<!\d)(1\d{10}|0\d{2,3}-?\d{7,8})(?!\d)/g

/** Free text with any phone number in it masked, e.g. "找王姐 13812341234" → "找王姐 138****1234". */
export function maskPhonesIn(text: string): string {
  return text.replace(PHONE_IN_TEXT, (phone) => maskPhone(phone.replace('-', '')) ?? '')
}

export function shownAnswer(answer: StoredAnswer, whole: boolean): string {
  if (whole) return answer.value
  if (answer.type === 'PHONE') return maskPhone(answer.value) ?? ''
  if (answer.type === 'TEXT') return maskPhonesIn(answer.value)
  return answer.value
}
