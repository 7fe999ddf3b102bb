import { SUPERMAJORITY_MATTERS, isArticle278 } from './stages'

// The tally: a pure function of who may vote and what they chose. Area is compared in whole
// hundredths of a square metre so the 2/3, 3/4 and 1/2 lines are exact.

/** One owner as the Supreme People's Court counts them: units of one owner merged, areas added. */
export interface Voter {
  /** Households (units) this voter stands for: one for most, several for one owner of several units. */
  households: number
  areaM2: number
  /** The same area in hundredths of m², exact (the roster's electorate gives it; households' areas are rounded to it). */
  areaCenti?: number
  /** The options chosen; null when this voter did not take part. */
  choice: readonly string[] | null
}

export interface TallyInput {
  matter: string
  ballotKind: 'SINGLE' | 'MULTIPLE' | 'YES_NO_ABSTAIN'
  /** Option ids in display order; for YES_NO_ABSTAIN exactly [yes, no, abstain]. */
  optionIds: readonly string[]
  voters: readonly Voter[]
}

export interface TallyResult {
  passed: boolean
  tie: boolean
  winningOptionIds: string[]
  /** Household votes per option id. */
  votes: Record<string, number>
  /** Area (m²) per option id, for article 278 matters. */
  votedArea: Record<string, number>
  participationHouseholds: number
  participationArea: number
  participatingOwners: number
  eligibleOwners: number
  valid: boolean
  /** Why, in one Chinese sentence. */
  reason: string
}

const centi = (m2: number) => Math.round(m2 * 100)
const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole)
const pct = (x: number) => `${Math.round(x * 1000) / 10}%`

export function tally(input: TallyInput): TallyResult {
  const votes: Record<string, number> = Object.fromEntries(input.optionIds.map((id) => [id, 0]))
  const votedArea: Record<string, number> = Object.fromEntries(input.optionIds.map((id) => [id, 0]))
  const ownersFor: Record<string, number> = Object.fromEntries(input.optionIds.map((id) => [id, 0]))
  const areaFor: Record<string, number> = Object.fromEntries(input.optionIds.map((id) => [id, 0]))
  let totalHouseholds = 0
  let votedHouseholds = 0
  let totalArea = 0
  let votedAreaTotal = 0
  let participatingOwners = 0
  for (const voter of input.voters) {
    const area = voter.areaCenti ?? centi(voter.areaM2)
    totalHouseholds += voter.households
    totalArea += area
    if (!voter.choice) continue
    votedHouseholds += voter.households
    votedAreaTotal += area
    participatingOwners += 1
    for (const id of voter.choice) {
      if (!(id in votes)) continue
      votes[id]! += voter.households
      votedArea[id]! += voter.areaM2
      ownersFor[id]! += 1
      areaFor[id]! += area
    }
  }
  const base = {
    votes,
    votedArea: Object.fromEntries(Object.entries(votedArea).map(([k, v]) => [k, Math.round(v * 100) / 100])),
    participationHouseholds: share(votedHouseholds, totalHouseholds),
    participationArea: share(votedAreaTotal, totalArea),
    participatingOwners,
    eligibleOwners: input.voters.length,
  }

  if (isArticle278(input.matter)) {
    const [yes] = input.optionIds
    const valid = votedAreaTotal * 3 >= totalArea * 2 && participatingOwners * 3 >= input.voters.length * 2 && input.voters.length > 0
    if (!valid) {
      return { ...base, valid, passed: false, tie: false, winningOptionIds: [], reason: `参与表决的业主人数(${pct(share(participatingOwners, input.voters.length))})或专有部分面积(${pct(base.participationArea)})未达到三分之二,表决无效。` }
    }
    const yesOwners = yes ? ownersFor[yes]! : 0
    const yesArea = yes ? areaFor[yes]! : 0
    const supermajority = SUPERMAJORITY_MATTERS.includes(input.matter)
    const passed = supermajority
      ? yesArea * 4 >= votedAreaTotal * 3 && yesOwners * 4 >= participatingOwners * 3
      : yesArea * 2 > votedAreaTotal && yesOwners * 2 > participatingOwners
    const line = supermajority ? '四分之三以上' : '过半数'
    const reason = passed
      ? `同意的业主占参与表决人数的${pct(share(yesOwners, participatingOwners))}、面积占${pct(share(yesArea, votedAreaTotal))},均达到${line},通过。`
      : `同意的业主占参与表决人数的${pct(share(yesOwners, participatingOwners))}、面积占${pct(share(yesArea, votedAreaTotal))},未同时达到${line},未通过。`
    return { ...base, valid, passed, tie: false, winningOptionIds: passed && yes ? [yes] : [], reason }
  }

  // Advisory (居民议事): the option with most household votes; a tie is reported as a tie.
  const max = Math.max(0, ...Object.values(votes))
  const leaders = max > 0 ? input.optionIds.filter((id) => votes[id] === max) : []
  const tie = leaders.length > 1
  const isYesNo = input.ballotKind === 'YES_NO_ABSTAIN'
  const passed = !tie && leaders.length === 1 && (!isYesNo || leaders[0] === input.optionIds[0])
  const reason = max === 0 ? '没有住户投票,未形成结果(咨询性表决)。' : tie ? `${leaders.length} 个选项票数相同(各 ${max} 户),结果为平局(咨询性表决)。` : passed ? `得票最多的选项获得 ${max} 户支持(咨询性表决)。` : `反对或弃权的票数最多(${max} 户),未通过(咨询性表决)。`
  return { ...base, valid: true, passed, tie, winningOptionIds: leaders, reason }
}
