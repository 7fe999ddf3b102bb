import { useCallback, useEffect, useRef, useState } from 'react'
import { clearDraft, loadDraft, saveDraft, type NoticeDraft } from '../draft'

/**
 * The edit form's state, kept in storage after every change the author makes. `start` sets the
 * starting point (an empty form, or the notice being edited) unless a stored draft already won.
 */
export function useNoticeDraft(noticeId: string | undefined) {
  const [draft, setDraft] = useState<NoticeDraft | null>(() => loadDraft(noticeId))
  const [restored, setRestored] = useState(() => draft !== null)
  // Only the author's own changes are worth keeping; an untouched form is not a draft.
  const changed = useRef(false)

  useEffect(() => {
    if (draft && changed.current) saveDraft(noticeId, draft)
  }, [noticeId, draft])

  const start = useCallback((initial: NoticeDraft) => {
    setDraft((current) => current ?? initial)
  }, [])

  const update = useCallback((patch: Partial<NoticeDraft>) => {
    changed.current = true
    setDraft((current) => (current ? { ...current, ...patch } : current))
  }, [])

  /** Throw the stored draft away and start again from `initial`. */
  const discard = useCallback(
    (initial: NoticeDraft) => {
      changed.current = false
      clearDraft(noticeId)
      setRestored(false)
      setDraft(initial)
    },
    [noticeId],
  )

  /** The gateway has it: nothing left to keep. */
  const finish = useCallback(() => {
    changed.current = false
    clearDraft(noticeId)
  }, [noticeId])

  return { draft, restored, start, update, discard, finish }
}
