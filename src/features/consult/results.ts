import type { BallotKind } from '@/graphql/generated/graphql'

// Counts and shares per option once voting has closed.

export interface OptionTally {
  id: string
  label: string
  votes: number
  /** 0..1 of the households that voted (多选: a household can back several, so shares add past 1). */
  share: number
  winner: boolean
}

/** Each option's votes and share; `votedHouseholds` is the base when known, else the votes cast. */
export function tallyOptions(
  options: ReadonlyArray<{ id: string; label: string; votes?: number | null }>,
  kind: BallotKind,
  winningOptionIds: ReadonlyArray<string>,
  votedHouseholds?: number | null,
): OptionTally[] {
  const cast = options.reduce((sum, o) => sum + (o.votes ?? 0), 0)
  const base = kind === 'MULTIPLE' ? votedHouseholds || cast : cast
  return options.map((o) => {
    const votes = o.votes ?? 0
    return { id: o.id, label: o.label, votes, share: base > 0 ? votes / base : 0, winner: winningOptionIds.includes(o.id) }
  })
}
