import type { Role, ScopeKind } from '@/graphql/generated/graphql'

// Who may publish where, as the gateway decides it (gateway/modules/notices/service.ts): admins
// for their whole community or any compound of it; stewards and the committee for their compound.
// The app uses it only to offer the right buttons — the gateway still checks every request.

export interface PublisherRole {
  role: Role
  scopeKind: ScopeKind
  scopeId: string
  community: { id: string; name: string }
}

const PUBLISHING_ROLES: readonly Role[] = ['ADMIN', 'STEWARD', 'COMMITTEE']

/** Whether any of the viewer's roles lets them publish notices somewhere. */
export function canPublishNotices(roles: readonly PublisherRole[]): boolean {
  return roles.some((r) => PUBLISHING_ROLES.includes(r.role))
}

export interface PublishScope {
  communityId: string
  communityName: string
  /** May address the whole community (admins). */
  wholeCommunity: boolean
  /** Compounds the viewer may address; null means every compound of the community. */
  compoundIds: string[] | null
}

/** Where the viewer may publish in one community (the preferred one when given), or null. */
export function publishScope(roles: readonly PublisherRole[], preferredCommunityId?: string): PublishScope | null {
  const publishing = roles.filter((r) => PUBLISHING_ROLES.includes(r.role))
  const chosen = publishing.find((r) => r.community.id === preferredCommunityId) ?? publishing[0]
  if (!chosen) return null
  const inCommunity = publishing.filter((r) => r.community.id === chosen.community.id)
  const admin = inCommunity.some((r) => r.role === 'ADMIN' && r.scopeKind === 'COMMUNITY')
  return {
    communityId: chosen.community.id,
    communityName: chosen.community.name,
    wholeCommunity: admin,
    compoundIds: admin ? null : inCommunity.filter((r) => r.scopeKind === 'COMPOUND').map((r) => r.scopeId),
  }
}
