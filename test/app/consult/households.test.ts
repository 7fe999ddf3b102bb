import { describe, expect, it } from 'vitest'
import { findHouseholds, householdStatus, searchWords, votedCounts } from '@/features/consult/households'

const h = (label: string, state: { mayVote?: boolean; voted?: boolean; assisted?: boolean } = {}) => ({ id: label, label, mayVote: state.mayVote ?? true, voted: state.voted ?? false, assisted: state.assisted ?? false })

const LIST = [
  h('1号楼 1单元 101室', { voted: true }),
  h('3号楼 2单元 502室'),
  h('3号楼 2单元 602室', { voted: true, assisted: true }),
  h('3号楼 1单元 502室', { mayVote: false }),
  h('13号楼 2单元 502室'),
]

describe('finding a household for a paper ballot', () => {
  it('splits what is typed into words on spaces, dashes and commas', () => {
    expect(searchWords(' 3号楼  502 ')).toEqual(['3号楼', '502'])
    expect(searchWords('3-2-502')).toEqual(['3', '2', '502'])
    expect(searchWords('3号楼，502室')).toEqual(['3号楼', '502室'])
    expect(searchWords('   ')).toEqual([])
  })

  it('keeps the households whose label holds every word, in the list order', () => {
    expect(findHouseholds(LIST, '').shown).toHaveLength(5)
    expect(findHouseholds(LIST, '3号楼 502').shown.map((x) => x.label)).toEqual(['3号楼 2单元 502室', '3号楼 1单元 502室', '13号楼 2单元 502室'])
    expect(findHouseholds(LIST, '502 2单元 3号楼').shown.map((x) => x.label)).toEqual(['3号楼 2单元 502室', '13号楼 2单元 502室'])
    expect(findHouseholds(LIST, '9号楼').shown).toEqual([])
  })

  it('shows only those still to vote when asked, and says how many more matched past the limit', () => {
    expect(findHouseholds(LIST, '', { pendingOnly: true }).shown.map((x) => x.label)).toEqual(['3号楼 2单元 502室', '13号楼 2单元 502室'])
    expect(findHouseholds(LIST, '', { limit: 2 })).toMatchObject({ shown: [LIST[0], LIST[1]], more: 3 })
    expect(findHouseholds(LIST, '502', { limit: 5 }).more).toBe(0)
  })

  it('says in words whether each household has voted, and counts those who may vote', () => {
    expect(LIST.map(householdStatus)).toEqual(['已投票', '未投票', '已投票（代录）', '不能投票（没有认证业主）', '未投票'])
    expect(votedCounts(LIST)).toEqual({ voted: 2, pending: 2 })
  })
})
