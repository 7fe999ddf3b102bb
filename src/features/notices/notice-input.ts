import type { NoticeCategory, PublishNoticeInput, UpdateNoticeInput } from '@/graphql/generated/graphql'
import type { MessageKey } from './i18n'
import { htmlToParagraphs, paragraphsOf, paragraphsToHtml } from './body-format'
import { emptyDraft, type NoticeDraft } from './draft'
import { textLength } from '@/ui/text-length'

// Between the edit form's draft and the gateway's inputs, as plain functions.

/** The notice being edited, as the form's starting point. Its cover stays as it is unless replaced. */
export function draftFromNotice(notice: {
  title: string
  category: NoticeCategory
  body: string
  pinned: boolean
  requiresAck: boolean
  expiresAt?: string | null
  compound?: { id: string } | null
  cover?: { url?: string | null } | null
}): NoticeDraft {
  return {
    ...emptyDraft(notice.category),
    title: notice.title,
    compoundId: notice.compound?.id ?? null,
    paragraphs: htmlToParagraphs(notice.body),
    pinned: notice.pinned,
    requiresAck: notice.requiresAck,
    expiresAt: notice.expiresAt ?? null,
    coverPreview: notice.cover?.url ?? null,
  }
}

/** What is missing before the draft can go to the gateway (which checks again), or null. */
export function draftProblem(draft: NoticeDraft, uploading: boolean): MessageKey | null {
  const title = draft.title.trim()
  if (textLength(title) < 2 || textLength(title) > 80) return 'notices.edit.invalid.title'
  if (paragraphsOf(draft.paragraphs).length === 0) return 'notices.edit.invalid.body'
  if (uploading) return 'notices.edit.invalid.uploading'
  return null
}

export function publishInput(draft: NoticeDraft, communityId: string): PublishNoticeInput {
  return {
    communityId,
    compoundId: draft.compoundId,
    category: draft.category,
    title: draft.title.trim(),
    body: paragraphsToHtml(draft.paragraphs),
    coverId: draft.coverId,
    pinned: draft.pinned,
    requiresAck: draft.requiresAck,
    expiresAt: draft.expiresAt,
  }
}

/** The changes to send; a cover only when a new one was uploaded (the old one stays otherwise). */
export function updateInput(draft: NoticeDraft): UpdateNoticeInput {
  const input: UpdateNoticeInput = {
    category: draft.category,
    title: draft.title.trim(),
    body: paragraphsToHtml(draft.paragraphs),
    pinned: draft.pinned,
    requiresAck: draft.requiresAck,
    expiresAt: draft.expiresAt,
  }
  if (draft.coverId) input.coverId = draft.coverId
  return input
}
