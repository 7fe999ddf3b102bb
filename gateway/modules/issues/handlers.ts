import { loader, type GatewayContext } from '../../context'
import type { AccountRow, IssueRow, RoleAssignmentRow } from '../../db/tables'
import { covers, type StaffRole } from '../accounts/policies'
import { scopeName } from '../accounts/roles'
import { accountById } from '../accounts/service'
import { ISSUE_HANDLERS, placeOfIssue } from './policies'

/** Someone handling an issue, with the role that puts it in their hands (网格员 · 第二网格). */
export interface IssueHandlerModel { account: AccountRow; role: RoleAssignmentRow; scopeName: string }

const rolesOfAccount = (ctx: GatewayContext) =>
  loader<string, RoleAssignmentRow[]>(ctx, 'rolesOfAccount', async (ids) => {
    const rows = await ctx.db.selectFrom('role_assignments').selectAll().where('account_id', 'in', ids).orderBy('created_at').execute()
    return ids.map((id) => rows.filter((r) => r.account_id === id))
  })

/** The role by which `accountId` handles the issue (the narrowest scope first), or null. */
export async function handlingRole(ctx: GatewayContext, accountId: string, issue: IssueRow): Promise<RoleAssignmentRow | null> {
  const roles = await rolesOfAccount(ctx).load(accountId)
  const order: StaffRole[] = ['GRID_WORKER', 'STEWARD', 'ADMIN']
  for (const role of order) {
    const match = roles.find((r) => r.role === role && covers([r], placeOfIssue(issue), ISSUE_HANDLERS))
    if (match) return match
  }
  return null
}

export async function handlerOf(ctx: GatewayContext, accountId: string, issue: IssueRow): Promise<IssueHandlerModel | null> {
  const [account, role] = await Promise.all([accountById(ctx).load(accountId), handlingRole(ctx, accountId, issue)])
  if (!account || !role) return null
  return { account, role, scopeName: await scopeName(ctx, role) }
}

/** Everyone who could take the issue over. */
export async function possibleHandlers(ctx: GatewayContext, issue: IssueRow): Promise<IssueHandlerModel[]> {
  const place = placeOfIssue(issue)
  const roles = await ctx.db
    .selectFrom('role_assignments')
    .selectAll()
    .where('role', 'in', ISSUE_HANDLERS)
    .where('scope_id', 'in', [place.gridId, place.compoundId, place.communityId])
    .orderBy('created_at')
    .execute()
  const handlers = await Promise.all(roles.map((r) => handlerOf(ctx, r.account_id, issue)))
  const seen = new Set<string>()
  return handlers.filter((h): h is IssueHandlerModel => h !== null && !seen.has(h.account.id) && Boolean(seen.add(h.account.id)))
}
