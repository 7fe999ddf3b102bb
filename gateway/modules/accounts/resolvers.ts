import type { GatewayContext, Viewer } from '../../context'
import type { Resolvers } from '../../generated/resolvers'
import { errors } from '../../lib/errors'
import { isId } from '../../lib/ids'
import { decodeCursor, pageSize, toConnection } from '../../lib/pagination'
import { buildingById, communityById, placeOfBuilding, required } from '../community/service'
import { claimHousehold, membershipsOfAccount, reviewHouseholdClaim, reviewScope, seesPersonalData } from './households'
import { adminCommunityIds, maskPhone, publicName } from './policies'
import { deleteMyAccount, exportMyData, keptAfterDeletion } from './privacy'
import { grantRole, revokeRole, scopeName } from './roles'
import * as accounts from './service'
import * as store from './store'
import './personal-data' // registers the module's part of exportMyData and deleteMyAccount

async function homeCommunity(ctx: GatewayContext, viewer: Viewer) {
  const [first] = await membershipsOfAccount(ctx).load(viewer.account.id)
  const place = first ? await placeOfBuilding(ctx).load(first.building_id) : null
  const communityId = place?.communityId ?? viewer.roles[0]?.community_id
  return communityId ? communityById(ctx).load(communityId) : null
}

export const accountsResolvers: Resolvers = {
  Query: {
    viewer: (_p, _a, ctx) => ctx.viewer,
    householdClaimsToReview: async (_p, { status, first, after }, ctx) => {
      const limit = pageSize(first)
      const scope = reviewScope(ctx)
      const cursor = decodeCursor(after, 1)
      const rows = await store.claimsToReview(ctx.db, scope, status ?? 'PENDING', cursor ? String(cursor[0]) : null, limit + 1)
      return toConnection(rows, limit, (r) => [r.id])
    },
    staffRoles: async (_p, { communityId, first, after }, ctx) => {
      const limit = pageSize(first, 50)
      const admin = adminCommunityIds(accounts.requireViewer(ctx).roles)
      if (communityId != null && !admin.includes(communityId)) throw errors.forbidden('只有本社区管理员可以查看工作人员')
      if (!admin.length) throw errors.forbidden('只有社区管理员可以查看工作人员')
      const cursor = decodeCursor(after, 1)
      const rows = await store.staffRolesPage(ctx.db, communityId ? [communityId] : admin, cursor ? String(cursor[0]) : null, limit + 1)
      return toConnection(rows, limit, (r) => [r.id])
    },
    peopleInScope: async (_p, { communityId, search, first }, ctx) => {
      const limit = pageSize(first)
      if (!isId(communityId) || !adminCommunityIds(accounts.requireViewer(ctx).roles).includes(communityId)) throw errors.forbidden('只有本社区管理员可以查找居民')
      return store.peopleInCommunity(ctx.db, communityId, search?.trim() || null, limit)
    },
    exportMyData: (_p, _a, ctx) => exportMyData(ctx),
    personalDataKeptAfterDeletion: () => keptAfterDeletion(),
  },
  Mutation: {
    signInDev: (_p, { handle, name }, ctx) => accounts.signInDev(ctx, handle, name),
    signInWithWeChat: (_p, { code }, ctx) => accounts.signInWithWeChat(ctx, code),
    signOut: (_p, _a, ctx) => accounts.signOut(ctx),
    updateProfile: (_p, { input }, ctx) => accounts.updateProfile(ctx, input),
    claimHousehold: (_p, { input }, ctx) => claimHousehold(ctx, input),
    reviewHouseholdClaim: (_p, { id, approve, note }, ctx) => reviewHouseholdClaim(ctx, id, approve, note),
    grantRole: (_p, { input }, ctx) => grantRole(ctx, input),
    revokeRole: (_p, { id }, ctx) => revokeRole(ctx, id),
    deleteMyAccount: (_p, _a, ctx) => deleteMyAccount(ctx),
  },
  Viewer: {
    id: (v) => v.account.id,
    displayName: (v) => publicName(v.account),
    phone: (v) => v.account.phone,
    realName: (v) => v.account.real_name,
    workPhone: (v) => v.account.work_phone,
    roles: (v) => v.roles,
    isStaff: (v) => v.roles.length > 0,
    households: (v, _a, ctx) => membershipsOfAccount(ctx).load(v.account.id),
    claims: (v, _a, ctx) => store.claimsOf(ctx.db, v.account.id),
    homeCommunity: (v, _a, ctx) => homeCommunity(ctx, v),
  },
  Person: {
    displayName: (p) => publicName(p),
    realName: async (p, _a, ctx) => ((await seesPersonalData(ctx, p.id)) ? p.real_name : null),
    phone: async (p, _a, ctx) => ((await seesPersonalData(ctx, p.id)) ? p.phone : maskPhone(p.phone)),
  },
  RoleAssignment: {
    scopeKind: (r) => (r.scope_kind === 'grid' ? 'GRID' : r.scope_kind === 'compound' ? 'COMPOUND' : r.scope_kind === 'street' ? 'STREET' : 'COMMUNITY'),
    scopeId: (r) => r.scope_id,
    scopeName: (r, _a, ctx) => scopeName(ctx, r),
    community: (r, _a, ctx) => required(communityById(ctx).load(r.community_id), 'community'),
    person: (r, _a, ctx) => required(accounts.accountById(ctx).load(r.account_id), 'account'),
    grantedAt: (r) => r.created_at,
  },
  Household: {
    building: (h, _a, ctx) => required(buildingById(ctx).load(h.building_id), 'building'),
    areaM2: (h) => h.area_m2,
    verifiedAt: (h) => h.verified_at,
  },
  HouseholdClaim: {
    building: (c, _a, ctx) => required(buildingById(ctx).load(c.building_id), 'building'),
    areaM2: (c) => c.area_m2,
    claimant: (c, _a, ctx) => (c.account_id ? accounts.accountById(ctx).load(c.account_id) : null),
    createdAt: (c) => c.created_at,
    reviewedAt: (c) => c.reviewed_at,
  },
}
