import Taro from '@tarojs/taro'
import type { NoticeCategory } from '@/graphql/generated/graphql'
import { NOTICE_CATEGORIES } from './categories'

// The edit form is kept in Taro storage on every change, so leaving the page, a crash or a
// dropped network loses nothing; it is cleared once the gateway has the notice.

export interface NoticeDraft {
  title: string
  category: NoticeCategory
  /** null: the whole community. */
  compoundId: string | null
  /** Plain paragraphs, one per line (body-format.ts turns them into HTML). */
  paragraphs: string
  pinned: boolean
  requiresAck: boolean
  /** ISO instant, or null for no expiry. */
  expiresAt: string | null
  coverId: string | null
  /** A local or signed URL to preview the cover with. */
  coverPreview: string | null
}

export function emptyDraft(category: NoticeCategory = 'ANNOUNCEMENT'): NoticeDraft {
  return { title: '', category, compoundId: null, paragraphs: '', pinned: false, requiresAck: false, expiresAt: null, coverId: null, coverPreview: null }
}

/** The storage key: one draft per notice being edited, and one for a new notice. */
export function draftKey(noticeId: string | undefined): string {
  return `linli.noticeDraft.${noticeId ?? 'new'}`
}

const str = (v: unknown): v is string => typeof v === 'string'
const strOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string'

/** A stored value back as a draft, or null when it is missing or not one (an older shape). */
export function parseDraft(value: unknown): NoticeDraft | null {
  if (!value || typeof value !== 'object') return null
  const d = value as Record<string, unknown>
  const category = NOTICE_CATEGORIES.find((c) => c === d.category)
  if (!category || !str(d.title) || !str(d.paragraphs) || typeof d.pinned !== 'boolean' || typeof d.requiresAck !== 'boolean') return null
  if (!strOrNull(d.compoundId) || !strOrNull(d.expiresAt) || !strOrNull(d.coverId) || !strOrNull(d.coverPreview)) return null
  return {
    title: d.title,
    category,
    compoundId: d.compoundId,
    paragraphs: d.paragraphs,
    pinned: d.pinned,
    requiresAck: d.requiresAck,
    expiresAt: d.expiresAt,
    coverId: d.coverId,
    coverPreview: d.coverPreview,
  }
}

export function loadDraft(noticeId: string | undefined): NoticeDraft | null {
  try {
    return parseDraft(Taro.getStorageSync(draftKey(noticeId)))
  } catch {
    return null
  }
}

export function saveDraft(noticeId: string | undefined, draft: NoticeDraft): void {
  try {
    Taro.setStorageSync(draftKey(noticeId), draft)
  } catch {
    // Storage full or unavailable: the form still works, it just is not kept.
  }
}

export function clearDraft(noticeId: string | undefined): void {
  try {
    Taro.removeStorageSync(draftKey(noticeId))
  } catch {
    // Nothing to clear.
  }
}
