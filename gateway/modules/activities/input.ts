import type { ActivityRow } from '../../db/tables'
import { errors } from '../../lib/errors'
import { textLength } from '../../lib/input-text'

// What staff and residents type, checked and cleaned before anything is written. Messages are shown as-is.

export interface Material { name: string; perParticipant: number; unit: string }
export interface AnswerValue { question: string; value: string }

export interface ActivityFields {
  kind: string; title: string; description: string; venue: string
  startsAt: string; endsAt: string; signUpDeadline: string
  capacity: number; maxPartySize: number; eligibility: string; waitlist: boolean; needsApproval: boolean
  questions: string[]; partners: string[]; materials: Material[]
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
    questions: list(f.questions, 'questions', '报名问题', 10, 20),
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

export const questionsOf = (a: Pick<ActivityRow, 'questions'>) => strings(a.questions)
export const partnersOf = (a: Pick<ActivityRow, 'partners'>) => strings(a.partners)
export function materialsOf(a: Pick<ActivityRow, 'materials'>): Material[] {
  const value: unknown = JSON.parse(a.materials)
  return Array.isArray(value) ? (value as Material[]) : [] // written by toColumns only
}
export function answersOf(json: string): AnswerValue[] {
  const value: unknown = JSON.parse(json)
  return Array.isArray(value) ? (value as AnswerValue[]) : [] // written by checkAnswers only
}

/** Party size within 1..maxPartySize (BAD_USER_INPUT otherwise). */
export function checkPartySize(partySize: number, maxPartySize: number): number {
  if (!Number.isInteger(partySize) || partySize < 1 || partySize > maxPartySize) {
    throw errors.badInput(maxPartySize === 1 ? '本活动每份报名限 1 人' : `报名人数应为 1 到 ${maxPartySize} 人`, 'partySize')
  }
  return partySize
}

/** Answers covering every question the organiser asked, in the organiser's order; BAD_USER_INPUT names the missing one. */
export function checkAnswers(questions: readonly string[], answers: readonly AnswerValue[] | null | undefined): AnswerValue[] {
  const given = new Map<string, string>()
  for (const a of answers ?? []) {
    if (!questions.includes(a.question)) throw errors.badInput(`本活动没有「${a.question}」这个问题`, 'answers')
    given.set(a.question, a.value.trim())
  }
  return questions.map((question) => {
    const value = given.get(question) ?? ''
    if (!value) throw errors.badInput(`请填写「${question}」`, 'answers')
    if (textLength(value) > 100) throw errors.badInput(`「${question}」不能超过 100 个字`, 'answers')
    return { question, value }
  })
}
