import type { RoleAssignmentRow } from '../../db/tables'

// Who may do what, in one place. Pure functions of the viewer's roles and where a thing sits.

export type StaffRole = 'GRID_WORKER' | 'STEWARD' | 'COMMITTEE' | 'ADVISOR' | 'ADMIN' | 'STREET_OFFICE'
export type ScopeKind = 'grid' | 'compound' | 'community' | 'street'

/** The kind of node each staff role is scoped to. */
export const scopeKindOfRole: Record<StaffRole, ScopeKind> = {
  GRID_WORKER: 'grid',
  STEWARD: 'compound',
  COMMITTEE: 'compound',
  ADVISOR: 'compound',
  ADMIN: 'community',
  /** 街道办: sees the escalated issues and the figures of every community of its street (the row's community_id, a foreign key, names one community of the street: where its grant is audited). */
  STREET_OFFICE: 'street',
}

export function isStaffRole(role: string): role is StaffRole {
  return role in scopeKindOfRole
}

/** A place in the structure: any of its levels may be unknown (a community-wide notice has no grid). */
export interface Place { communityId: string; compoundId?: string | null; gridId?: string | null; streetId?: string | null }

/** Whether one of `roles` (limited to `allowed`) covers the place: admins their community, others their node. */
export function covers(roles: readonly Pick<RoleAssignmentRow, 'role' | 'scope_id'>[], place: Place, allowed: readonly StaffRole[]): boolean {
  return roles.some((r) => {
    if (!allowed.includes(r.role as StaffRole)) return false
    switch (scopeKindOfRole[r.role as StaffRole]) {
      case 'community':
        return r.scope_id === place.communityId
      case 'compound':
        return r.scope_id === place.compoundId
      case 'grid':
        return r.scope_id === place.gridId
      case 'street':
        return r.scope_id === place.streetId
    }
  })
}

/** Household claims are reviewed by the building's grid worker, its compound's steward, or the community's admin. */
export const CLAIM_REVIEWERS: readonly StaffRole[] = ['GRID_WORKER', 'STEWARD', 'ADMIN']
/** Staff who may see residents' real names and phones in their scope. */
export const PERSONAL_DATA_READERS: readonly StaffRole[] = ['GRID_WORKER', 'STEWARD', 'COMMITTEE', 'ADMIN']

export function adminCommunityIds(roles: readonly RoleAssignmentRow[]): string[] {
  return roles.filter((r) => r.role === 'ADMIN').map((r) => r.scope_id)
}

/** 13812341234 → 138****1234; shorter numbers keep only their last two digits. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return null
  const digits = phone.replace(/\s+/g, '')
  if (digits.length >= 7) return `${digits.slice(0, 3)}****${digits.slice(-4)}`
  return `${'*'.repeat(Math.max(0, digits.length - 2))}${digits.slice(-2)}`
}

/** The name other residents see: a nickname, never the real name. */
export function publicName(account: { id: string; nickname: string | null; deleted_at: string | null }): string {
  if (account.deleted_at) return '已注销用户'
  return account.nickname?.trim() || `居民${account.id.slice(-4)}`
}
