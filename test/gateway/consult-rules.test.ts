import { describe, expect, it } from 'vitest'
import { nextStage, type ProposalStage, type StageEvent } from '../../gateway/modules/consult/stages'
import { tally, type Voter } from '../../gateway/modules/consult/tally'

const YNA = ['yes', 'no', 'abstain']
const v = (choice: string | null, areaM2 = 100, households = 1): Voter => ({ households, areaM2, choice: choice ? [choice] : null })
const matter = (m: string, voters: Voter[]) => tally({ matter: m, ballotKind: 'YES_NO_ABSTAIN', optionIds: YNA, voters })

describe('article 278 tally', () => {
  it('is valid at exactly 2/3 participation by owners and by area, invalid just below either', () => {
    expect(matter('PROPERTY_SERVICE', [v('yes'), v('yes'), v(null)]).valid).toBe(true)
    const below = matter('PROPERTY_SERVICE', [v('yes', 100), v('yes', 100), v(null, 100.03)])
    expect(below.valid).toBe(false) // 2 of 3 owners, but 200 of 300.03 m² is just under 2/3
    expect(below.passed).toBe(false)
    expect(below.reason).toMatch(/未达到三分之二/)
    expect(matter('PROPERTY_SERVICE', [v('yes', 300), v(null), v(null)]).valid).toBe(false) // area 3/5, owners 1/3
  })

  it('needs more than half of participating area and owners for ordinary matters: exactly half fails', () => {
    expect(matter('ELECT_COMMITTEE', [v('yes'), v('no'), v('yes'), v('abstain')]).passed).toBe(false) // 2 of 4 owners
    expect(matter('ELECT_COMMITTEE', [v('yes'), v('no'), v('yes'), v('yes')]).passed).toBe(true)
    // More than half of the owners but not of the area: abstaining counts as taking part.
    expect(matter('USE_MAINTENANCE_FUND', [v('yes', 50), v('yes', 50), v('no', 150)]).passed).toBe(false)
  })

  it('needs at least 3/4 for raising the fund, rebuilding and changing common use: exactly 3/4 passes', () => {
    const threeQuarters = [v('yes'), v('yes'), v('yes'), v('no')]
    for (const m of ['RAISE_MAINTENANCE_FUND', 'REBUILD', 'CHANGE_COMMON_USE']) {
      expect(matter(m, threeQuarters).passed).toBe(true)
      expect(matter(m, [v('yes'), v('yes'), v('no'), v('abstain')]).passed).toBe(false)
    }
    expect(matter('REBUILD', [v('yes', 74.99), v('yes', 100), v('yes', 100), v('no', 100)]).passed).toBe(false) // area 74.99…% < 3/4
  })

  it('counts one owner of three units as one owner with the areas added', () => {
    // One owner holding three units (300 m²) and two owners with one unit each.
    const result = matter('PROPERTY_SERVICE', [v('yes', 300, 3), v('no'), v('no')])
    expect(result).toMatchObject({ eligibleOwners: 3, participatingOwners: 3, valid: true, passed: false })
    expect(result.votes).toEqual({ yes: 3, no: 2, abstain: 0 })
    expect(result.participationHouseholds).toBe(1)
  })
})

describe('advisory tally', () => {
  const single = (voters: Voter[]) => tally({ matter: 'ADVISORY', ballotKind: 'SINGLE', optionIds: ['a', 'b', 'c'], voters })
  it('picks the option with most household votes and reports ties as ties', () => {
    expect(single([v('a'), v('a'), v('b'), v(null)])).toMatchObject({ passed: true, tie: false, winningOptionIds: ['a'], participationHouseholds: 0.75 })
    expect(single([v('a'), v('b')])).toMatchObject({ passed: false, tie: true, winningOptionIds: ['a', 'b'] })
    expect(single([v(null)])).toMatchObject({ passed: false, tie: false, winningOptionIds: [] })
  })
  it('counts every choice of a multiple-choice ballot, and a yes/no ballot passes only on yes', () => {
    const multiple = tally({ matter: 'ADVISORY', ballotKind: 'MULTIPLE', optionIds: ['a', 'b', 'c'], voters: [{ households: 1, areaM2: 1, choice: ['a', 'b'] }, { households: 1, areaM2: 1, choice: ['b'] }] })
    expect(multiple).toMatchObject({ votes: { a: 1, b: 2, c: 0 }, winningOptionIds: ['b'], passed: true })
    expect(tally({ matter: 'ADVISORY', ballotKind: 'YES_NO_ABSTAIN', optionIds: YNA, voters: [v('no'), v('no'), v('yes')] })).toMatchObject({ passed: false, winningOptionIds: ['no'] })
  })
})

describe('proposal stages', () => {
  it('allows only the ordered stage changes', () => {
    const stages: ProposalStage[] = ['DRAFT', 'COSIGNING', 'DISCUSSION', 'VOTING', 'PASSED', 'REJECTED', 'ACTING', 'DONE', 'WITHDRAWN']
    const events: StageEvent[] = ['SUBMIT', 'COSIGNED', 'OPEN_DISCUSSION', 'COSIGN_EXPIRED', 'WITHDRAW', 'OPEN_VOTING', 'CLOSE_PASSED', 'CLOSE_REJECTED', 'START_ACTING', 'ACCEPTED']
    const allowed: string[] = []
    for (const s of stages) for (const e of events) if (nextStage(s, e)) allowed.push(`${s}:${e}:${nextStage(s, e)}`)
    expect(allowed.sort()).toEqual([
      'ACTING:ACCEPTED:DONE', 'COSIGNING:COSIGNED:DISCUSSION', 'COSIGNING:COSIGN_EXPIRED:WITHDRAWN', 'COSIGNING:OPEN_DISCUSSION:DISCUSSION',
      'COSIGNING:WITHDRAW:WITHDRAWN', 'DISCUSSION:OPEN_VOTING:VOTING', 'DRAFT:SUBMIT:COSIGNING', 'DRAFT:WITHDRAW:WITHDRAWN',
      'PASSED:START_ACTING:ACTING', 'VOTING:CLOSE_PASSED:PASSED', 'VOTING:CLOSE_REJECTED:REJECTED',
    ])
  })
})
