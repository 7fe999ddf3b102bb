import { t } from './i18n'
import { COMMENT_MAX, NOTE_MAX } from './limits'
import { textLength } from '@/ui/text-length'

// The reporter's answers to a resolved issue, checked before they are sent.

export const STARS = [1, 2, 3, 4, 5] as const

/** Why a rating cannot be sent yet, or null when it can: 1–5 whole stars, a comment of at most 200 characters. */
export function ratingError(rating: number | null, comment: string): string | null {
  if (rating === null) return t('issues.confirm.error.rating')
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) return t('issues.confirm.error.rating')
  if (textLength(comment.trim()) > COMMENT_MAX) return t('issues.confirm.error.comment', { max: COMMENT_MAX })
  return null
}

/** Why a required note (a reopening reason, a resolution, a rejection) cannot be sent, or null. */
export function requiredNoteError(note: string, missingKey: 'issues.reopen.error.reason' | 'issues.handle.error.note' | 'issues.handle.error.reason'): string | null {
  const text = note.trim()
  if (!text) return t(missingKey)
  if (textLength(text) > NOTE_MAX) return t('issues.handle.error.tooLong', { max: NOTE_MAX })
  return null
}

/** 4星 (of 5) in words, so the choice never rests on the colour of the stars. */
export const starsLabel = (rating: number): string => t('issues.confirm.stars', { count: rating })
