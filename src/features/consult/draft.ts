import Taro from '@tarojs/taro'
import type { BallotKind, MatterKind } from '@/graphql/generated/graphql'
import { parseBallotKind, parseMatter } from './vocabulary'

// The propose form is kept in Taro storage on every change, so leaving the page or losing the
// network loses nothing; `savedId` remembers the gateway's draft once 保存草稿 made one.

export interface DraftOption {
  label: string
  pinX: number | null
  pinY: number | null
}

export interface ProposeDraft {
  compoundId: string | null
  buildingId: string | null
  title: string
  background: string
  question: string
  matter: MatterKind
  ballotKind: BallotKind
  maxChoices: number
  options: DraftOption[]
  /** The gateway's draft made from this form, while the form has not changed since. */
  savedId: string | null
}

export const CONSULT_DRAFT_KEY = 'linli.consultDraft'

export function emptyProposeDraft(): ProposeDraft {
  return { compoundId: null, buildingId: null, title: '', background: '', question: '', matter: 'ADVISORY', ballotKind: 'SINGLE', maxChoices: 2, options: [], savedId: null }
}

export function draftHasContent(d: ProposeDraft): boolean {
  return Boolean(d.title.trim() || d.background.trim() || d.question.trim() || d.options.some((o) => o.label.trim() || o.pinX !== null))
}

const str = (v: unknown): v is string => typeof v === 'string'
const strOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string'
const fraction = (v: unknown): v is number | null => v === null || (typeof v === 'number' && v >= 0 && v <= 1)

function parseOptions(value: unknown): DraftOption[] | null {
  if (!Array.isArray(value)) return null
  const options: DraftOption[] = []
  for (const o of value as unknown[]) {
    if (!o || typeof o !== 'object') return null
    const { label, pinX, pinY } = o as Record<string, unknown>
    if (!str(label) || !fraction(pinX) || !fraction(pinY)) return null
    options.push({ label, pinX, pinY })
  }
  return options
}

/** A stored value back as a draft, or null when it is missing or not one (an older shape). */
export function parseProposeDraft(value: unknown): ProposeDraft | null {
  if (!value || typeof value !== 'object') return null
  const d = value as Record<string, unknown>
  const matter = parseMatter(typeof d.matter === 'string' ? d.matter : undefined)
  const ballotKind = parseBallotKind(typeof d.ballotKind === 'string' ? d.ballotKind : undefined)
  const options = parseOptions(d.options)
  if (!matter || !ballotKind || !options) return null
  if (!strOrNull(d.compoundId) || !strOrNull(d.buildingId) || !strOrNull(d.savedId) || !str(d.title) || !str(d.background) || !str(d.question)) return null
  const maxChoices = typeof d.maxChoices === 'number' && Number.isInteger(d.maxChoices) && d.maxChoices >= 1 ? d.maxChoices : 2
  return { compoundId: d.compoundId, buildingId: d.buildingId, title: d.title, background: d.background, question: d.question, matter, ballotKind, maxChoices, options, savedId: d.savedId }
}

export function loadProposeDraft(): ProposeDraft | null {
  try {
    return parseProposeDraft(Taro.getStorageSync(CONSULT_DRAFT_KEY))
  } catch {
    return null
  }
}

export function saveProposeDraft(draft: ProposeDraft): void {
  try {
    Taro.setStorageSync(CONSULT_DRAFT_KEY, draft)
  } catch {
    // Storage full or unavailable: the form still works, it just is not kept.
  }
}

export function clearProposeDraft(): void {
  try {
    Taro.removeStorageSync(CONSULT_DRAFT_KEY)
  } catch {
    // Nothing to clear.
  }
}
