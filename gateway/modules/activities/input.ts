import type { ActivityRow } from '../../db/tables'
import { errors } from '../../lib/errors'
import { textLength } from '../../lib/input-text'

// What staff and residents type, checked and cleaned before anything is written. Messages are shown as-is.

export interface Material { name: string; perParticipant: number; unit: string }

/** What a sign-up question asks for: it decides the check, the keyboard and the masking, never its wording. */
export const QUESTION_TYPES = ['TEXT', 'PHONE', 'NAME', 'NUMBER', 'CHOICE'] as const
export type QuestionType = (typeof QUESTION_TYPES)[number]
export interface Question { text: string; type: QuestionType; options: string[] }
/** An answer as sent. */
export interface AnswerValue { question: string; value: string }
/** An answer as stored: with the question's type at the time, so masking never depends on later edits. */
export interface StoredAnswer extends AnswerValue { type: QuestionType }

export interface ActivityFields {
  kind: string; title: string; description: string; venue: string
  startsAt: string; endsAt: string; signUpDeadline: string
  capacity: number; maxPartySize: number; eligibility: string; waitlist: boolean; needsApproval: boolean
  questions: Question[]; partners: string[]; materials: Material[]
}

export const MAX_CAPACITY = 10_000
export const MAX_PARTY = 10

function text(value: string, field: string, label: string, max: number): string {
  const v = value.trim()
  if (!v) throw errors.badInput(`请填写${label}`, field)
  if (textLength(v) > max) throw errors.badInput(`${label}不能超过 ${max} 个字`, field)
  return v
}

function time(value: string, field: string, label: string): string {
  const ms = Date.parse(value)
  if (!Number.isFinite(ms)) throw errors.badInput(`${label}格式不正确`, field)
  return new Date(ms).toISOString()
}

function whole(value: number, field: string, label: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw errors.badInput(`${label}应为 ${min} 到 ${max} 之间的整数`, field)
  return value
}

function list(values: readonly string[], field: string, label: string, maxItems: number, maxLength: number): string[] {
  if (values.length > maxItems) throw errors.badInput(`${label}最多 ${maxItems} 项`, field)
  const cleaned = values.map((v) => text(v, field, label, maxLength))
  if (new Set(cleaned).size !== cleaned.length) throw errors.badInput(`${label}有重复`, field)
  return cleaned
}

function questionList(values: readonly Question[]): Question[] {
  if (values.length > 10) throw errors.badInput('报名问题最多 10 项', 'questions')
  const cleaned = values.map((q) => {
    if (!QUESTION_TYPES.includes(q.type)) throw errors.badInput('报名问题的类型不正确', 'questions')
    const text = questionText(q.text)
    if (q.type !== 'CHOICE') return { text, type: q.type, options: [] }
    const options = list(q.options, 'questions', `「${text}」的选项`, 10, 20)
    if (options.length < 2) throw errors.badInput(`「${text}」是选择题,请至少填写 2 个选项`, 'questions')
    return { text, type: q.type, options }
  })
  if (new Set(cleaned.map((q) => q.text)).size !== cleaned.length) throw errors.badInput('报名问题有重复', 'questions')
  return cleaned
}

const questionText = (value: string) => text(value, 'questions', '报名问题', 20)

/** The activity as it will be stored, or BAD_USER_INPUT naming the first field that is wrong. */
export function checkActivity(f: ActivityFields): ActivityFields {
  const startsAt = time(f.startsAt, 'startsAt', '开始时间')
  const endsAt = time(f.endsAt, 'endsAt', '结束时间')
  const signUpDeadline = time(f.signUpDeadline, 'signUpDeadline', '报名截止时间')
  if (endsAt <= startsAt) throw errors.badInput('结束时间应晚于开始时间', 'endsAt')
  if (signUpDeadline > startsAt) throw errors.badInput('报名截止时间不能晚于活动开始时间', 'signUpDeadline')
  const capacity = whole(f.capacity, 'capacity', '名额', 1, MAX_CAPACITY)
  const maxPartySize = whole(f.maxPartySize, 'maxPartySize', '每份报名人数上限', 1, MAX_PARTY)
  if (maxPartySize > capacity) throw errors.badInput('每份报名人数上限不能超过名额', 'maxPartySize')
  const materials = f.materials.map((m) => ({
    name: text(m.name, 'materials', '材料名称', 20),
    perParticipant: whole(m.perParticipant, 'materials', '每人材料数量', 1, 100),
    unit: text(m.unit, 'materials', '材料单位', 6),
  }))
  if (materials.length > 10) throw errors.badInput('材料最多 10 项', 'materials')
  return {
    kind: f.kind,
    title: text(f.title, 'title', '活动名称', 40),
    description: text(f.description, 'description', '活动介绍', 2000),
    venue: text(f.venue, 'venue', '活动地点', 60),
    startsAt, endsAt, signUpDeadline, capacity, maxPartySize,
    eligibility: f.eligibility,
    waitlist: f.waitlist,
    needsApproval: f.needsApproval,
    questions: questionList(f.questions),
    partners: list(f.partners, 'partners', '合办单位', 5, 40),
    materials,
  }
}

/** The stored row's fields in the input's shape, so an update can start from them. */
export function fieldsOf(a: ActivityRow): ActivityFields {
  return {
    kind: a.kind, title: a.title, description: a.description, venue: a.venue, startsAt: a.starts_at, endsAt: a.ends_at,
    signUpDeadline: a.sign_up_deadline, capacity: a.capacity, maxPartySize: a.max_party_size, eligibility: a.eligibility,
    waitlist: a.waitlist === 1, needsApproval: a.needs_approval === 1, questions: questionsOf(a), partners: partnersOf(a), materials: materialsOf(a),
  }
}

export function toColumns(f: ActivityFields) {
  return {
    kind: f.kind, title: f.title, description: f.description, venue: f.venue, starts_at: f.startsAt, ends_at: f.endsAt,
    sign_up_deadline: f.signUpDeadline, capacity: f.capacity, max_party_size: f.maxPartySize, eligibility: f.eligibility,
    waitlist: f.waitlist ? 1 : 0, needs_approval: f.needsApproval ? 1 : 0,
    questions: JSON.stringify(f.questions), partners: JSON.stringify(f.partners), materials: JSON.stringify(f.materials),
  }
}

function strings(json: string): string[] {
  const value: unknown = JSON.parse(json)
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

const isType = (v: unknown): v is QuestionType => typeof v === 'string' && (QUESTION_TYPES as readonly string[]).includes(v)

/** The stored questions (written by toColumns; the 2026_12_01_0010 migration typed the older plain strings). */
export function questionsOf(a: Pick<ActivityRow, 'questions'>): Question[] {
  const value: unknown = JSON.parse(a.questions)
  if (!Array.isArray(value)) return []
  return value.flatMap((q: unknown): Question[] => {
    if (!q || typeof q !== 'object') return []
    const { text: t, type, options } = q as Record<string, unknown>
    if (typeof t !== 'string') return []
    return [{ text: t, type: isType(type) ? type : 'TEXT', options: Array.isArray(options) ? options.filter((o): o is string => typeof o === 'string') : [] }]
  })
}
export const partnersOf = (a: Pick<ActivityRow, 'partners'>) => strings(a.partners)
export function materialsOf(a: Pick<ActivityRow, 'materials'>): Material[] {
  const value: unknown = JSON.parse(a.materials)
  return Array.isArray(value) ? (value as Material[]) : [] // written by toColumns only
}
export function answersOf(json: string): StoredAnswer[] {
  const value: unknown = JSON.parse(json)
  if (!Array.isArray(value)) return []
  // Written by checkAnswers (typed since the 2026_12_01_0010 migration); a missing type reads as TEXT.
  return (value as Partial<StoredAnswer>[]).map((a) => ({ question: String(a.question ?? ''), value: String(a.value ?? ''), type: isType(a.type) ? a.type : 'TEXT' }))
}

/** Party size within 1..maxPartySize (BAD_USER_INPUT otherwise). */
export function checkPartySize(partySize: number, maxPartySize: number): number {
  if (!Number.isInteger(partySize) || partySize < 1 || partySize > maxPartySize) {
    throw errors.badInput(maxPartySize === 1 ? '本活动每份报名限 1 人' : `报名人数应为 1 到 ${maxPartySize} 人`, 'partySize')
  }
  return partySize
}

/** One answer checked by its question's type; the cleaned value (a phone without spaces or dashes). */
function checkAnswer(q: Question, raw: string): string {
  const value = raw.trim()
  if (!value) throw errors.badInput(`请填写「${q.text}」`, 'answers')
  switch (q.type) {
    case 'PHONE': {
      const phone = value.replace(/[\s-]+/g, '')
      if (!/^(1\d{10}|0\d{9,11})$/.test(phone)) throw errors.badInput(`「${q.text}」请填写 11 位手机号或带区号的座机号`, 'answers')
      return phone
    }
    case 'NUMBER':
      if (!/^\d{1,6}(\.\d{1,2})?$/.test(value)) throw errors.badInput(`「${q.text}」请填写数字`, 'answers')
      return value
    case 'NAME':
      if (textLength(value) > 20) throw errors.badInput(`「${q.text}」不能超过 20 个字`, 'answers')
      return value
    case 'CHOICE':
      if (!q.options.includes(value)) throw errors.badInput(`「${q.text}」请从选项中选择`, 'answers')
      return value
    case 'TEXT':
      if (textLength(value) > 100) throw errors.badInput(`「${q.text}」不能超过 100 个字`, 'answers')
      return value
  }
}

/** Answers covering every question the organiser asked, in the organiser's order, each checked by its type; BAD_USER_INPUT names the wrong one. */
export function checkAnswers(questions: readonly Question[], answers: readonly AnswerValue[] | null | undefined): StoredAnswer[] {
  const given = new Map<string, string>()
  for (const a of answers ?? []) {
    if (!questions.some((q) => q.text === a.question)) throw errors.badInput(`本活动没有「${a.question}」这个问题`, 'answers')
    given.set(a.question, a.value)
  }
  return questions.map((q) => ({ question: q.text, type: q.type, value: checkAnswer(q, given.get(q.text) ?? '') }))
}
