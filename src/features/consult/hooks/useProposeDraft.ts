import { useCallback, useEffect, useRef, useState } from 'react'
import { clearProposeDraft, draftHasContent, emptyProposeDraft, loadProposeDraft, saveProposeDraft, type ProposeDraft } from '../draft'

type Patch = Partial<ProposeDraft> | ((current: ProposeDraft) => Partial<ProposeDraft>)

/**
 * The propose form's state, restored from storage and saved after every change. A change to what
 * the proposal says forgets `savedId`: the gateway's draft no longer matches the form.
 */
export function useProposeDraft() {
  const [initial] = useState(() => {
    const stored = loadProposeDraft()
    return { draft: stored ?? emptyProposeDraft(), restored: stored !== null && draftHasContent(stored) }
  })
  const [draft, setDraft] = useState<ProposeDraft>(initial.draft)
  const changed = useRef(false)

  useEffect(() => {
    if (changed.current) saveProposeDraft(draft)
  }, [draft])

  const update = useCallback((patch: Patch) => {
    changed.current = true
    setDraft((current) => ({ ...current, savedId: null, ...(typeof patch === 'function' ? patch(current) : patch) }))
  }, [])

  /** The gateway now holds the form as a draft. */
  const markSaved = useCallback((savedId: string) => {
    changed.current = true
    setDraft((current) => ({ ...current, savedId }))
  }, [])

  /** A default (the household's compound) that is not the resident's own change. */
  const fillDefault = useCallback((patch: Partial<ProposeDraft>) => {
    setDraft((current) => ({ ...current, ...patch }))
  }, [])

  const discard = useCallback(() => {
    changed.current = false
    clearProposeDraft()
    setDraft(emptyProposeDraft())
  }, [])

  const finish = useCallback(() => {
    changed.current = false
    clearProposeDraft()
  }, [])

  return { draft, restored: initial.restored, update, markSaved, fillDefault, discard, finish }
}
