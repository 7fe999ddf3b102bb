import Taro from '@tarojs/taro'
import { emptyActivityForm, type ActivityForm, type MaterialLine, type QuestionLine } from './edit-form'
import { parseEligibility, parseKind } from './vocabulary'

// The 发布活动 form is kept in Taro storage on every change, one draft per activity ('new' for
// one not saved yet), so leaving the page, a crash or a dropped network loses nothing.

export const ACTIVITY_DRAFT_PREFIX = 'linli.activityDraft.'

export const activityDraftKey = (activityId: string | null): string => `${ACTIVITY_DRAFT_PREFIX}${activityId ?? 'new'}`

const str = (v: unknown): v is string => typeof v === 'string'
const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every(str)

function parseMoment(v: unknown): { date: string; time: string } | null {
  if (!v || typeof v !== 'object') return null
  const { date, time } = v as Record<string, unknown>
  return str(date) && str(time) ? { date, time } : null
}

function parseMaterials(v: unknown): MaterialLine[] | null {
  if (!Array.isArray(v)) return null
  const out: MaterialLine[] = []
  for (const m of v as unknown[]) {
    if (!m || typeof m !== 'object') return null
    const { name, perParticipant, unit } = m as Record<string, unknown>
    if (!str(name) || !str(perParticipant) || !str(unit)) return null
    out.push({ name, perParticipant, unit })
  }
  return out
}

const QUESTION_TYPES = new Set(['TEXT', 'PHONE', 'NAME', 'NUMBER', 'CHOICE'])

/** Typed question lines; null for anything else (a draft kept before questions had types). */
function parseQuestions(v: unknown): QuestionLine[] | null {
  if (!Array.isArray(v)) return null
  const out: QuestionLine[] = []
  for (const q of v as unknown[]) {
    if (!q || typeof q !== 'object') return null
    const { text, type, options } = q as Record<string, unknown>
    if (!str(text) || !str(type) || !QUESTION_TYPES.has(type) || !str(options)) return null
    out.push({ text, type: type as QuestionLine['type'], options }) // one of the five, checked on the line above
  }
  return out
}

function parseCover(v: unknown): ActivityForm['cover'] | undefined {
  if (v === null) return null
  if (!v || typeof v !== 'object') return undefined
  const { id, preview } = v as Record<string, unknown>
  return str(id) && str(preview) ? { id, preview } : undefined
}

/** A stored value back as a form, or null when it is missing or not one (an older shape). */
export function parseActivityDraft(value: unknown): ActivityForm | null {
  if (!value || typeof value !== 'object') return null
  const d = value as Record<string, unknown>
  const kind = d.kind === null ? null : parseKind(str(d.kind) ? d.kind : undefined)
  const eligibility = parseEligibility(str(d.eligibility) ? d.eligibility : undefined)
  const starts = parseMoment(d.starts)
  const ends = parseMoment(d.ends)
  const deadline = parseMoment(d.deadline)
  const materials = parseMaterials(d.materials)
  const questions = parseQuestions(d.questions)
  const cover = parseCover(d.cover)
  if (kind === undefined || !eligibility || !starts || !ends || !deadline || !materials || !questions || cover === undefined) return null
  if (!str(d.title) || !str(d.description) || !str(d.venue) || !str(d.capacity) || !str(d.maxPartySize)) return null
  if (typeof d.waitlist !== 'boolean' || typeof d.needsApproval !== 'boolean' || !strings(d.partners)) return null
  return {
    ...emptyActivityForm(),
    kind,
    title: d.title,
    description: d.description,
    venue: d.venue,
    starts,
    ends,
    deadline,
    capacity: d.capacity,
    maxPartySize: d.maxPartySize,
    eligibility,
    waitlist: d.waitlist,
    needsApproval: d.needsApproval,
    questions,
    materials,
    partners: d.partners,
    cover,
  }
}

export function loadActivityDraft(activityId: string | null): ActivityForm | null {
  try {
    return parseActivityDraft(Taro.getStorageSync(activityDraftKey(activityId)))
  } catch {
    return null
  }
}

export function saveActivityDraft(activityId: string | null, form: ActivityForm): void {
  try {
    Taro.setStorageSync(activityDraftKey(activityId), form)
  } catch {
    // Storage full or unavailable: the form still works, it just is not kept.
  }
}

export function clearActivityDraft(activityId: string | null): void {
  try {
    Taro.removeStorageSync(activityDraftKey(activityId))
  } catch {
    // Nothing to clear.
  }
}
