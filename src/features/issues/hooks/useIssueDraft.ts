import { useCallback, useEffect, useRef, useState } from 'react'
import { clearIssueDraft, draftHasContent, emptyIssueDraft, loadIssueDraft, saveIssueDraft, type IssueDraft } from '../draft'

/**
 * The raise form's state, restored from storage and kept there after every change the resident
 * makes, so leaving half-way loses nothing.
 */
export function useIssueDraft() {
  const [initial] = useState(() => {
    const stored = loadIssueDraft()
    return { draft: stored ?? emptyIssueDraft(), restored: stored !== null && draftHasContent(stored) }
  })
  const [draft, setDraft] = useState<IssueDraft>(initial.draft)
  const restored = initial.restored
  // Only the resident's own changes are worth keeping; an untouched form is not a draft.
  const changed = useRef(false)

  useEffect(() => {
    if (changed.current) saveIssueDraft(draft)
  }, [draft])

  const update = useCallback((patch: Partial<IssueDraft> | ((current: IssueDraft) => Partial<IssueDraft>)) => {
    changed.current = true
    setDraft((current) => ({ ...current, ...(typeof patch === 'function' ? patch(current) : patch) }))
  }, [])

  /** Sets a default (e.g. the household's building) without counting as the resident's change. */
  const fillDefault = useCallback((patch: Partial<IssueDraft>) => {
    setDraft((current) => ({ ...current, ...patch }))
  }, [])

  const discard = useCallback(() => {
    changed.current = false
    clearIssueDraft()
    setDraft(emptyIssueDraft())
  }, [])

  /** The gateway has it: nothing left to keep. */
  const finish = useCallback(() => {
    changed.current = false
    clearIssueDraft()
  }, [])

  return { draft, restored, update, fillDefault, discard, finish }
}
