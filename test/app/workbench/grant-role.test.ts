import { describe, expect, it } from 'vitest'
import { adminCommunityIds, scopeChoices, scopeKindForRole } from '@/features/workbench/grant-role'

const community = {
  id: 'c1',
  name: '东营盘社区',
  grids: [
    { id: 'g1', name: '第一网格' },
    { id: 'g2', name: '第二网格' },
  ],
  compounds: [{ id: 'cp1', name: '众望小区' }],
}

describe('granting a role: which place it covers', () => {
  it('网格员 → a grid, 管家/物管会/顾问团 → a compound, 社区管理员 → the community', () => {
    expect(scopeKindForRole('GRID_WORKER')).toBe('GRID')
    for (const role of ['STEWARD', 'COMMITTEE', 'ADVISOR'] as const) expect(scopeKindForRole(role)).toBe('COMPOUND')
    expect(scopeKindForRole('ADMIN')).toBe('COMMUNITY')
    expect(scopeKindForRole('RESIDENT')).toBeNull()
  })

  it('offers the community places of that kind', () => {
    expect(scopeChoices(community, 'GRID_WORKER').map((s) => s.name)).toEqual(['第一网格', '第二网格'])
    expect(scopeChoices(community, 'STEWARD').map((s) => s.id)).toEqual(['cp1'])
    expect(scopeChoices(community, 'ADMIN')).toEqual([{ id: 'c1', name: '东营盘社区' }])
    expect(scopeChoices(community, 'RESIDENT')).toEqual([])
  })

  it('only ADMIN roles make someone an administrator of a community', () => {
    const roles = [
      { role: 'GRID_WORKER', community: { id: 'c1' } },
      { role: 'ADMIN', community: { id: 'c2' } },
      { role: 'ADMIN', community: { id: 'c2' } },
    ] as const
    expect(adminCommunityIds(roles)).toEqual(['c2'])
    expect(adminCommunityIds([roles[0]])).toEqual([])
  })
})
