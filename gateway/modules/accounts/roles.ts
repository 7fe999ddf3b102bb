import type { GatewayContext } from '../../context'
import type { DB } from '../../db/database'
import type { RoleAssignmentRow } from '../../db/tables'
import { errors } from '../../lib/errors'
import { isId, newId, nowIso } from '../../lib/ids'
import { recordAudit } from '../audit/service'
import { communityById, compoundById, gridById } from '../community/service'
import { notify } from '../notify/service'
import { adminCommunityIds, isStaffRole, scopeKindOfRole } from './policies'
import { requireViewer } from './service'
import * as store from './store'

export const ROLE_LABEL: Record<string, string> = {
  RESIDENT: '居民', GRID_WORKER: '网格员', STEWARD: '管家', COMMITTEE: '物管会', ADVISOR: '顾问团', ADMIN: '社区管理员', STREET_OFFICE: '街道办',
}

/** The node a scope id names, with its community; null when there is no such node of that kind. Batched per request. */
async function scopeNode(ctx: GatewayContext, kind: 'grid' | 'compound' | 'community' | 'street', id: string): Promise<{ name: string; communityId: string } | null> {
  if (!isId(id)) return null
  // A street is above every community: no community's admin grants its role (the operator does).
  if (kind === 'street') {
    const row = await ctx.db.selectFrom('streets').select('name').where('id', '=', id).executeTakeFirst()
    return row ? { name: row.name, communityId: '' } : null
  }
  if (kind === 'community') {
    const row = await communityById(ctx).load(id)
    return row ? { name: row.name, communityId: row.id } : null
  }
  const row = await (kind === 'grid' ? gridById(ctx) : compoundById(ctx)).load(id)
  return row ? { name: row.name, communityId: row.community_id } : null
}

export async function scopeName(ctx: GatewayContext, role: RoleAssignmentRow): Promise<string> {
  return (await scopeNode(ctx, role.scope_kind, role.scope_id))?.name ?? ''
}

/** An admin grants a staff role on a node of their community; granting an existing role returns it. */
export async function grantRole(ctx: GatewayContext, input: { personId: string; role: string; scopeId: string }): Promise<RoleAssignmentRow> {
  const viewer = requireViewer(ctx)
  if (!isStaffRole(input.role)) throw errors.badInput('居民身份无需授予,请选择一个工作人员角色', 'role')
  const kind = scopeKindOfRole[input.role]
  const node = await scopeNode(ctx, kind, input.scopeId)
  if (!node) throw errors.notFound(kind === 'grid' ? '网格' : kind === 'compound' ? '小区' : '社区')
  if (!adminCommunityIds(viewer.roles).includes(node.communityId)) throw errors.forbidden('只有本社区管理员可以授予角色')
  const person = isId(input.personId) ? (await store.accountsByIds(ctx.db, [input.personId]))[0] : undefined
  if (!person || person.deleted_at) throw errors.notFound('用户')
  const granted = await ctx.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('role_assignments')
      .selectAll()
      .where('account_id', '=', person.id)
      .where('role', '=', input.role)
      .where('scope_id', '=', input.scopeId)
      .executeTakeFirst()
    if (existing) return existing
    const row: RoleAssignmentRow = {
      id: newId(), account_id: person.id, role: input.role, scope_kind: kind, scope_id: input.scopeId, community_id: node.communityId,
      granted_by: viewer.account.id, created_at: nowIso(),
    }
    await trx.insertInto('role_assignments').values(row).execute()
    await recordAudit(trx, { actorId: viewer.account.id, action: 'role.grant', subject: { type: 'RoleAssignment', id: row.id }, communityId: node.communityId, details: { personId: person.id, role: row.role, scopeId: row.scope_id } })
    await notify(trx, [{ accountId: person.id, kind: 'ROLE_GRANTED', title: '您获得了新的工作角色', body: `${node.name} · ${ROLE_LABEL[row.role]}。可在「我的」进入工作台。`, subject: { type: 'RoleAssignment', id: row.id } }])
    return row
  })
  // After the commit: a lookup before it would read (and keep) the old roles.
  await ctx.viewerCache.invalidate(person.id)
  return granted
}

/**
 * What a module does when a role is revoked, in the revoking transaction, after the role row is gone:
 * `remaining` are the person's roles left. The issues module hands their open issues back to the queue.
 */
export type RoleRevoked = (trx: DB, ctx: GatewayContext, revoked: RoleAssignmentRow, remaining: readonly RoleAssignmentRow[]) => Promise<void>
const onRevoke: RoleRevoked[] = []

export function onRoleRevoked(handler: RoleRevoked): void {
  onRevoke.push(handler)
}

/** Ends every role of a person (their account is being deleted), each with the revocation's consequences, in the caller's transaction. */
export async function releaseRoles(trx: DB, ctx: GatewayContext, accountId: string): Promise<void> {
  const roles = await store.rolesOf(trx, accountId)
  await trx.deleteFrom('role_assignments').where('account_id', '=', accountId).execute()
  for (const role of roles) for (const handler of onRevoke) await handler(trx, ctx, role, [])
}

/** An admin of the role's community revokes it; rights that came with it end in the same transaction. */
export async function revokeRole(ctx: GatewayContext, id: string): Promise<RoleAssignmentRow> {
  const viewer = requireViewer(ctx)
  const role = isId(id) ? await store.roleById(ctx.db, id) : undefined
  if (!role) throw errors.notFound('角色')
  if (!adminCommunityIds(viewer.roles).includes(role.community_id)) throw errors.forbidden('只有本社区管理员可以撤销角色')
  const name = await scopeName(ctx, role)
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('role_assignments').where('id', '=', role.id).execute()
    const remaining = await store.rolesOf(trx, role.account_id)
    for (const handler of onRevoke) await handler(trx, ctx, role, remaining)
    await recordAudit(trx, { actorId: viewer.account.id, action: 'role.revoke', subject: { type: 'RoleAssignment', id: role.id }, communityId: role.community_id, details: { personId: role.account_id, role: role.role, scopeId: role.scope_id } })
    await notify(trx, [{ accountId: role.account_id, kind: 'ROLE_REVOKED', title: '工作角色已撤销', body: `${name} · ${ROLE_LABEL[role.role]} 已撤销。`, subject: { type: 'RoleAssignment', id: role.id } }])
  })
  await ctx.viewerCache.invalidate(role.account_id)
  return role
}
