import type { CreateProposalInput } from '@/graphql/generated/graphql'
import { t } from './i18n'
import type { ProposeDraft } from './draft'
import { ballotKindFor } from './vocabulary'

// What the propose form checks before the gateway sees it, and the input it sends.

export const TITLE_MAX = 40
export const TEXT_MAX = 1000
export const QUESTION_MAX = 200
export const OPTION_MAX = 30
export const OPTIONS_MAX = 12

export interface ProposeErrors {
  compound?: string
  title?: string
  background?: string
  question?: string
  options?: string
  maxChoices?: string
}

/** True when the options are the resident's to write (not the gateway's 同意/反对/弃权). */
export const hasOwnOptions = (draft: Pick<ProposeDraft, 'matter' | 'ballotKind'>): boolean => ballotKindFor(draft.matter, draft.ballotKind) !== 'YES_NO_ABSTAIN'

export function validateProposeForm(draft: ProposeDraft): ProposeErrors {
  const errors: ProposeErrors = {}
  if (!draft.compoundId) errors.compound = t('consult.propose.error.compound')
  if (!draft.title.trim()) errors.title = t('consult.propose.error.title')
  if (!draft.background.trim()) errors.background = t('consult.propose.error.background')
  if (!draft.question.trim()) errors.question = t('consult.propose.error.question')
  if (hasOwnOptions(draft)) {
    const labels = draft.options.map((o) => o.label.trim())
    if (labels.filter(Boolean).length < 2) errors.options = t('consult.propose.error.optionsTwo')
    else if (labels.some((l) => !l)) errors.options = t('consult.propose.error.optionEmpty')
    else if (new Set(labels).size !== labels.length) errors.options = t('consult.propose.error.optionSame')
    const kind = ballotKindFor(draft.matter, draft.ballotKind)
    if (kind === 'MULTIPLE' && (draft.maxChoices < 2 || draft.maxChoices > labels.length)) {
      errors.maxChoices = t('consult.propose.error.maxChoices', { count: labels.length })
    }
  }
  return errors
}

export const hasErrors = (errors: ProposeErrors): boolean => Object.values(errors).some(Boolean)

/** The createProposal input for a valid draft; null when the compound is missing. */
export function toCreateInput(draft: ProposeDraft): CreateProposalInput | null {
  if (!draft.compoundId) return null
  const ballotKind = ballotKindFor(draft.matter, draft.ballotKind)
  const own = ballotKind !== 'YES_NO_ABSTAIN'
  return {
    compoundId: draft.compoundId,
    buildingId: draft.buildingId,
    title: draft.title.trim(),
    background: draft.background.trim(),
    question: draft.question.trim(),
    matter: draft.matter,
    ballotKind,
    maxChoices: ballotKind === 'MULTIPLE' ? draft.maxChoices : null,
    options: own ? draft.options.map((o) => ({ label: o.label.trim(), pinX: o.pinX, pinY: o.pinY })) : null,
  }
}
