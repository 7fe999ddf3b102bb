import { useCallback, useEffect, useRef, useState } from 'react'
import { clearActivityDraft, loadActivityDraft, saveActivityDraft } from '../draft'
import { emptyActivityForm, type ActivityForm } from '../edit-form'

/**
 * The 发布活动 form's state, restored from storage and kept there after every change staff make,
 * so leaving half-way loses nothing. `activityId` null is a new activity.
 */
export function useActivityDraft(activityId: string | null) {
  const [initial] = useState(() => {
    const stored = loadActivityDraft(activityId)
    return { form: stored ?? emptyActivityForm(), restored: stored !== null }
  })
  const [form, setForm] = useState<ActivityForm>(initial.form)
  const [restored, setRestored] = useState(initial.restored)
  // A new activity's form is ready at once; an existing one's once `load` has had the gateway's
  // copy, so its fields open with their values rather than empty and filled a moment later.
  const [ready, setReady] = useState(activityId === null)
  // Only staff's own changes are worth keeping; the activity as loaded is not a draft.
  const changed = useRef(false)

  useEffect(() => {
    if (changed.current) saveActivityDraft(activityId, form)
  }, [activityId, form])

  const update = useCallback((patch: Partial<ActivityForm> | ((current: ActivityForm) => Partial<ActivityForm>)) => {
    changed.current = true
    setForm((current) => ({ ...current, ...(typeof patch === 'function' ? patch(current) : patch) }))
  }, [])

  /** Fills the form from the gateway's activity, unless a draft of staff's own changes was restored. */
  const load = useCallback((loaded: ActivityForm) => {
    setReady(true)
    if (changed.current || initial.restored) return
    setForm(loaded)
  }, [initial.restored])

  const discard = useCallback((fresh: ActivityForm) => {
    changed.current = false
    clearActivityDraft(activityId)
    setRestored(false)
    setForm(fresh)
  }, [activityId])

  /** The gateway has it: nothing left to keep. */
  const finish = useCallback(() => {
    changed.current = false
    clearActivityDraft(activityId)
    setRestored(false)
  }, [activityId])

  return { form, ready, restored, update, load, discard, finish }
}
