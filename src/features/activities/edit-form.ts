import type { ActivityEdit_ActivityFragment, ActivityKind, CreateActivityInput, Eligibility, QuestionType, SignUpQuestionInput, UpdateActivityInput } from '@/graphql/generated/graphql'
import { t } from './i18n'
import { fromLocalDateTime, toLocalDateTime, type LocalDateTime } from './dates'
import { textLength } from '@/ui/text-length'

// The staff's 发布活动 form: what it holds, what is wrong with it, and the gateway's input from it.

export interface MaterialLine {
  name: string
  /** As typed; a whole number of 1 or more. */
  perParticipant: string
  unit: string
}

/** One sign-up question as staff write it; a CHOICE's options as typed, separated by 、 or commas. */
export interface QuestionLine {
  text: string
  type: QuestionType
  options: string
}

export interface ActivityForm {
  kind: ActivityKind | null
  title: string
  description: string
  venue: string
  starts: LocalDateTime
  ends: LocalDateTime
  deadline: LocalDateTime
  /** As typed in the number fields. */
  capacity: string
  maxPartySize: string
  eligibility: Eligibility
  waitlist: boolean
  needsApproval: boolean
  questions: QuestionLine[]
  materials: MaterialLine[]
  partners: string[]
  cover: { id: string; preview: string } | null
}

export const TITLE_MAX = 40
export const DESCRIPTION_MAX = 2000
export const VENUE_MAX = 60
export const LINE_MAX = 40
export const CAPACITY_MAX = 10000
export const PARTY_MAX = 10

const empty = (): LocalDateTime => ({ date: '', time: '' })

/** A new activity: the usual questions (姓名, 联系电话) and room for a parent and a child. */
export function emptyActivityForm(): ActivityForm {
  return {
    kind: null,
    title: '',
    description: '',
    venue: '',
    starts: empty(),
    ends: empty(),
    deadline: empty(),
    capacity: '',
    maxPartySize: '2',
    eligibility: 'RESIDENTS',
    waitlist: true,
    needsApproval: false,
    questions: [
      { text: t('activities.edit.defaultQuestion.name'), type: 'NAME', options: '' },
      { text: t('activities.edit.defaultQuestion.phone'), type: 'PHONE', options: '' },
    ],
    materials: [],
    partners: [],
    cover: null,
  }
}

/** An existing activity as the form edits it. */
export function activityToForm(activity: ActivityEdit_ActivityFragment): ActivityForm {
  return {
    kind: activity.kind,
    title: activity.title,
    description: activity.description,
    venue: activity.venue,
    starts: toLocalDateTime(activity.startsAt),
    ends: toLocalDateTime(activity.endsAt),
    deadline: toLocalDateTime(activity.signUpDeadline),
    capacity: String(activity.capacity),
    maxPartySize: String(activity.maxPartySize),
    eligibility: activity.eligibility,
    waitlist: activity.waitlist,
    needsApproval: activity.needsApproval,
    questions: activity.questions.map((q) => ({ text: q.text, type: q.type, options: q.options.join('、') })),
    materials: activity.materials.map((m) => ({ name: m.name, perParticipant: String(m.perParticipant), unit: m.unit })),
    partners: [...activity.partners],
    cover: activity.cover ? { id: activity.cover.id, preview: activity.cover.url ?? '' } : null,
  }
}

export type ActivityFormField = 'kind' | 'title' | 'description' | 'venue' | 'starts' | 'ends' | 'deadline' | 'capacity' | 'maxPartySize' | 'questions' | 'materials'
export type ActivityFormErrors = Partial<Record<ActivityFormField, string>>

/** A whole number typed in a field, or null. */
export function parseWholeNumber(text: string): number | null {
  const trimmed = text.trim()
  if (!/^\d+$/.test(trimmed)) return null
  return Number(trimmed)
}

/** Everything wrong with the form, in words, by field; a new activity may not start in the past (before `now`). */
export function validateActivityForm(form: ActivityForm, options: { now?: Date; isNew?: boolean } = {}): ActivityFormErrors {
  const now = options.now ?? new Date()
  const errors: ActivityFormErrors = {}
  if (!form.kind) errors.kind = t('activities.edit.error.kind')
  if (!form.title.trim()) errors.title = t('activities.edit.error.title')
  else if (textLength(form.title.trim()) > TITLE_MAX) errors.title = t('activities.edit.error.tooLong', { max: TITLE_MAX })
  if (!form.description.trim()) errors.description = t('activities.edit.error.description')
  if (!form.venue.trim()) errors.venue = t('activities.edit.error.venue')
  const starts = fromLocalDateTime(form.starts)
  const ends = fromLocalDateTime(form.ends)
  const deadline = fromLocalDateTime(form.deadline)
  if (!starts) errors.starts = t('activities.edit.error.when')
  else if (options.isNew !== false && Date.parse(starts) <= now.getTime()) errors.starts = t('activities.edit.error.past')
  if (!ends) errors.ends = t('activities.edit.error.when')
  else if (starts && Date.parse(ends) <= Date.parse(starts)) errors.ends = t('activities.edit.error.endsBeforeStart')
  if (!deadline) errors.deadline = t('activities.edit.error.when')
  else if (starts && Date.parse(deadline) > Date.parse(starts)) errors.deadline = t('activities.edit.error.deadlineAfterStart')
  const capacity = parseWholeNumber(form.capacity)
  if (capacity === null || capacity < 1 || capacity > CAPACITY_MAX) errors.capacity = t('activities.edit.error.capacity', { max: CAPACITY_MAX })
  const party = parseWholeNumber(form.maxPartySize)
  if (party === null || party < 1 || party > PARTY_MAX) errors.maxPartySize = t('activities.edit.error.party', { max: PARTY_MAX })
  else if (capacity !== null && party > capacity) errors.maxPartySize = t('activities.edit.error.partyOverCapacity')
  const asked = form.questions.filter((q) => q.text.trim())
  if (asked.some((q) => q.type === 'CHOICE' && optionsOf(q.options).length < 2)) errors.questions = t('activities.edit.error.choiceOptions')
  else if (new Set(asked.map((q) => q.text.trim())).size !== asked.length) errors.questions = t('activities.edit.error.questionTwice')
  const badMaterial = form.materials.some((m) => m.name.trim() && (parseWholeNumber(m.perParticipant) ?? 0) < 1)
  if (badMaterial) errors.materials = t('activities.edit.error.material')
  return errors
}

export const hasFormErrors = (errors: ActivityFormErrors): boolean => Object.keys(errors).length > 0

const lines = (values: ReadonlyArray<string>) => values.map((v) => v.trim()).filter(Boolean)

/** A CHOICE's options from what staff typed: split on 、 , ， ; ； or a new line, blanks and repeats dropped. */
export function optionsOf(typed: string): string[] {
  return [...new Set(lines(typed.split(/[、,，;；\n]/)))]
}

function toQuestions(questions: ReadonlyArray<QuestionLine>): SignUpQuestionInput[] {
  return questions
    .filter((q) => q.text.trim())
    .map((q) => ({ text: q.text.trim(), type: q.type, ...(q.type === 'CHOICE' ? { options: optionsOf(q.options) } : {}) }))
}

export type ActivityFields = Omit<CreateActivityInput, 'communityId'>

/** The fields both create and update send; null when the form is not valid yet. */
export function toActivityFields(form: ActivityForm): ActivityFields | null {
  const startsAt = fromLocalDateTime(form.starts)
  const endsAt = fromLocalDateTime(form.ends)
  const signUpDeadline = fromLocalDateTime(form.deadline)
  const capacity = parseWholeNumber(form.capacity)
  const maxPartySize = parseWholeNumber(form.maxPartySize)
  if (!form.kind || !startsAt || !endsAt || !signUpDeadline || capacity === null || maxPartySize === null) return null
  return {
    kind: form.kind,
    title: form.title.trim(),
    description: form.description.trim(),
    venue: form.venue.trim(),
    startsAt,
    endsAt,
    signUpDeadline,
    capacity,
    maxPartySize,
    eligibility: form.eligibility,
    waitlist: form.waitlist,
    needsApproval: form.needsApproval,
    questions: toQuestions(form.questions),
    partners: lines(form.partners),
    materials: form.materials
      .filter((m) => m.name.trim())
      .map((m) => ({ name: m.name.trim(), perParticipant: parseWholeNumber(m.perParticipant) ?? 1, unit: m.unit.trim() || t('activities.edit.defaultUnit') })),
    // Left out when there is none: the gateway keeps what it has.
    ...(form.cover ? { coverId: form.cover.id } : {}),
  }
}

/** A new draft in the community; null when the form is not valid yet. */
export function toCreateInput(form: ActivityForm, communityId: string): CreateActivityInput | null {
  const fields = toActivityFields(form)
  return fields ? { ...fields, communityId } : null
}

/** The changes to an existing activity; null when the form is not valid yet. */
export function toUpdateInput(form: ActivityForm): UpdateActivityInput | null {
  return toActivityFields(form)
}
