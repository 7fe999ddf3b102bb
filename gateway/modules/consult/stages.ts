// The consultation's stages (提 → 议 → 决 → 做) as one pure state machine.

export type ProposalStage = 'DRAFT' | 'COSIGNING' | 'DISCUSSION' | 'VOTING' | 'PASSED' | 'REJECTED' | 'ACTING' | 'DONE' | 'WITHDRAWN'

export type StageEvent =
  | 'SUBMIT' // the author submits the draft for co-signing
  | 'COSIGNED' // enough households co-signed in time
  | 'OPEN_DISCUSSION' // the committee opens discussion at once
  | 'COSIGN_EXPIRED' // the co-signing time ran out
  | 'WITHDRAW' // the author withdraws a draft or a proposal still collecting co-signs
  | 'OPEN_VOTING' // the committee opens voting
  | 'CLOSE_PASSED'
  | 'CLOSE_REJECTED'
  | 'START_ACTING' // the first task of the action plan
  | 'ACCEPTED' // households accept the work as done

const MACHINE: Record<StageEvent, Partial<Record<ProposalStage, ProposalStage>>> = {
  SUBMIT: { DRAFT: 'COSIGNING' },
  COSIGNED: { COSIGNING: 'DISCUSSION' },
  OPEN_DISCUSSION: { COSIGNING: 'DISCUSSION' },
  COSIGN_EXPIRED: { COSIGNING: 'WITHDRAWN' },
  WITHDRAW: { DRAFT: 'WITHDRAWN', COSIGNING: 'WITHDRAWN' },
  OPEN_VOTING: { DISCUSSION: 'VOTING' },
  CLOSE_PASSED: { VOTING: 'PASSED' },
  CLOSE_REJECTED: { VOTING: 'REJECTED' },
  START_ACTING: { PASSED: 'ACTING' },
  ACCEPTED: { ACTING: 'DONE' },
}

/** The stage an event leads to, or null when it is out of order (CONFLICT). */
export function nextStage(current: ProposalStage, event: StageEvent): ProposalStage | null {
  return MACHINE[event][current] ?? null
}

export const MATTERS_278 = [
  'RULES_OF_PROCEDURE', 'MANAGEMENT_COVENANT', 'ELECT_COMMITTEE', 'PROPERTY_SERVICE', 'USE_MAINTENANCE_FUND',
  'RAISE_MAINTENANCE_FUND', 'REBUILD', 'CHANGE_COMMON_USE', 'OTHER_MAJOR',
] as const

/** Civil Code art. 278 (6)–(8): raising the fund, rebuilding, changing the use of common parts need 3/4. */
export const SUPERMAJORITY_MATTERS: readonly string[] = ['RAISE_MAINTENANCE_FUND', 'REBUILD', 'CHANGE_COMMON_USE']

export function isArticle278(matter: string): boolean {
  return matter !== 'ADVISORY'
}
