import Taro from '@tarojs/taro'
import { emptyClaim, parseDraft, type ClaimValues } from './claim-form'

// The claim form's draft, in Taro storage: leaving the page or losing the network loses nothing.
export const CLAIM_DRAFT_KEY = 'linli.claimDraft'

export function loadClaimDraft(): ClaimValues {
  try {
    return parseDraft(Taro.getStorageSync(CLAIM_DRAFT_KEY)) ?? emptyClaim
  } catch {
    return emptyClaim
  }
}

export function saveClaimDraft(values: ClaimValues): void {
  try {
    Taro.setStorageSync(CLAIM_DRAFT_KEY, values)
  } catch {
    // Storage full: the form still works, only the draft is not kept.
  }
}

export function clearClaimDraft(): void {
  try {
    Taro.removeStorageSync(CLAIM_DRAFT_KEY)
  } catch {
    // Nothing stored.
  }
}
