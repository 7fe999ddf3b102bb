import { t } from './i18n'

// The committee's household list for paper ballots: find a household by what is written on the
// paper (building, unit, room), and say in words whether it has voted.

export interface ScopeHousehold {
  id: string
  label: string
  mayVote: boolean
  voted: boolean
  assisted: boolean
}

/** The words of a search: "3号楼 502", "3-2-502" or "3，502" are each two or three parts. */
export function searchWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[\s\-－—_/／·,，、.。]+/)
    .filter(Boolean)
}

/**
 * The households whose label holds every word of the query (in any order), in the gateway's
 * order (building, unit, room); with `pendingOnly`, only those that may vote and have not yet.
 * At most `limit` of them, with how many more matched.
 */
export function findHouseholds<H extends ScopeHousehold>(households: ReadonlyArray<H>, query: string, options: { pendingOnly?: boolean; limit?: number } = {}): { shown: H[]; more: number } {
  const words = searchWords(query)
  const matches = households.filter((h) => {
    if (options.pendingOnly && (h.voted || !h.mayVote)) return false
    const label = h.label.toLowerCase()
    return words.every((w) => label.includes(w))
  })
  const limit = options.limit ?? matches.length
  return { shown: matches.slice(0, limit), more: Math.max(0, matches.length - limit) }
}

/** 未投票 / 已投票 / 已投票（代录）/ 不能投票（无业主）: in words, never colour alone. */
export function householdStatus(h: Pick<ScopeHousehold, 'mayVote' | 'voted' | 'assisted'>): string {
  if (!h.mayVote) return t('consult.tools.assistedNoOwner')
  if (!h.voted) return t('consult.tools.assistedPending')
  return h.assisted ? t('consult.tools.assistedVotedPaper') : t('consult.tools.assistedVoted')
}

/** The pending and voted households of those who may vote, for the line above the list. */
export function votedCounts(households: ReadonlyArray<Pick<ScopeHousehold, 'mayVote' | 'voted'>>): { voted: number; pending: number } {
  const eligible = households.filter((h) => h.mayVote)
  const voted = eligible.filter((h) => h.voted).length
  return { voted, pending: eligible.length - voted }
}
