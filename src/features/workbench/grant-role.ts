import type { Role, ScopeKind } from '@/graphql/generated/graphql'

// Which roles an admin can grant, and over which kind of place each one works.

export const GRANTABLE_ROLES: ReadonlyArray<Role> = ['GRID_WORKER', 'STEWARD', 'COMMITTEE', 'ADVISOR', 'ADMIN']

/** A grid for 网格员, a compound for 管家/物管会/顾问团, a community for 社区管理员 (as GrantRoleInput says). */
export function scopeKindForRole(role: Role): ScopeKind | null {
  switch (role) {
    case 'GRID_WORKER':
      return 'GRID'
    case 'STEWARD':
    case 'COMMITTEE':
    case 'ADVISOR':
      return 'COMPOUND'
    case 'ADMIN':
      return 'COMMUNITY'
    default:
      return null
  }
}

interface ScopeCommunity {
  id: string
  name: string
  grids: ReadonlyArray<{ id: string; name: string }>
  compounds: ReadonlyArray<{ id: string; name: string }>
}

/** The places a role can be granted over inside one community. */
export function scopeChoices(community: ScopeCommunity, role: Role): ReadonlyArray<{ id: string; name: string }> {
  switch (scopeKindForRole(role)) {
    case 'GRID':
      return community.grids
    case 'COMPOUND':
      return community.compounds
    case 'COMMUNITY':
      return [{ id: community.id, name: community.name }]
    default:
      return []
  }
}

/** The communities the viewer administers (their ADMIN roles' communities), without repeats. */
export function adminCommunityIds(roles: ReadonlyArray<{ role: Role; community: { id: string } }>): string[] {
  return [...new Set(roles.filter((r) => r.role === 'ADMIN').map((r) => r.community.id))]
}
