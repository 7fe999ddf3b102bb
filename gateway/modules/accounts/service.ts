import { createHash, randomBytes } from 'node:crypto'
import { loaderById, type GatewayContext, type Viewer } from '../../context'
import type { AccountRow } from '../../db/tables'
import { errors } from '../../lib/errors'
import { newId, nowIso } from '../../lib/ids'
import { signInError } from '../../platform/wechat'
import { assertCleanText } from '../content-check/service'
import * as store from './store'
import { textLength } from '../../lib/input-text'

// Sign-in, sessions and the viewer. Households and roles are in households.ts and roles.ts.

export interface SignedIn { token: string; expiresAt: string; viewer: Viewer }

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export const accountById = (ctx: Pick<GatewayContext, 'db' | 'loaders'>) =>
  loaderById<AccountRow>(ctx, 'accountById', (ids) => store.accountsByIds(ctx.db, ids))

/**
 * The viewer behind an `Authorization: Bearer` header, or null (no header, unknown or expired token),
 * from the viewer cache when it was looked up in the last few seconds.
 */
export async function viewerFromAuthorization(ctx: Pick<GatewayContext, 'db' | 'viewerCache'>, header: string | null): Promise<Viewer | null> {
  const token = header?.match(/^Bearer\s+([A-Za-z0-9_-]{20,200})$/)?.[1]
  if (!token) return null
  const tokenHash = hashToken(token)
  return ctx.viewerCache.get(tokenHash, async () => {
    const row = await store.liveSession(ctx.db, tokenHash, nowIso())
    if (!row) return null
    const { session_id, session_expires_at, ...account } = row
    return { viewer: { account, roles: await store.rolesOf(ctx.db, account.id), sessionId: session_id, facts: new Map() }, sessionExpiresAt: session_expires_at }
  })
}

export function requireViewer(ctx: Pick<GatewayContext, 'viewer'>): Viewer {
  if (!ctx.viewer) throw errors.unauthenticated()
  return ctx.viewer
}

async function startSession(ctx: GatewayContext, account: AccountRow): Promise<SignedIn> {
  const token = randomBytes(32).toString('base64url')
  const now = new Date()
  const expiresAt = new Date(now.getTime() + ctx.config.sessionTtlHours * 3_600_000).toISOString()
  await store.insertSession(ctx.db, { id: newId(), account_id: account.id, token_hash: hashToken(token), created_at: now.toISOString(), expires_at: expiresAt })
  return { token, expiresAt, viewer: { account, roles: await store.rolesOf(ctx.db, account.id), sessionId: '', facts: new Map() } }
}

const HANDLE = /^[a-z0-9][a-z0-9_-]{1,39}$/

function checkNickname(name: string): string {
  const trimmed = name.trim()
  if (textLength(trimmed) < 1 || textLength(trimmed) > 20) throw errors.badInput('昵称需要 1 到 20 个字', 'name')
  return trimmed
}

/**
 * Development sign-in by handle (as anyone, staff included): creates the account when new. Always
 * refused in production; elsewhere only when LINLI_DEV_SIGNIN turns it on and, unless that says
 * `any`, only for a client on this machine, judged on the address after trusted proxies (never on
 * the interface the gateway listens on).
 */
export async function signInDev(ctx: GatewayContext, handle: string, name: string | null | undefined): Promise<SignedIn> {
  if (ctx.config.production) throw errors.forbidden('正式环境不支持开发登录,请在微信中打开')
  if (ctx.config.devSignIn === 'off') throw errors.forbidden('开发登录未开启(LINLI_DEV_SIGNIN),请在微信中打开')
  if (ctx.config.devSignIn === 'loopback' && !ctx.localClient) throw errors.forbidden('开发登录只接受本机访问,请在微信中打开')
  await ctx.limiter.consume(ctx.ip, 'signIn')
  const normalised = handle.trim().toLowerCase()
  if (!HANDLE.test(normalised)) throw errors.badInput('账号名只能包含小写字母、数字、- 和 _,长度 2 到 40', 'handle')
  const nickname = name == null ? null : checkNickname(name)
  if (nickname) await assertCleanText(ctx.contentChecker, nickname, 'name', { openid: null })
  let account = await store.accountByHandle(ctx.db, normalised)
  if (!account) {
    account = { id: newId(), handle: normalised, openid: null, nickname: nickname ?? normalised, real_name: null, phone: null, work_phone: null, created_at: nowIso(), deleted_at: null }
    await store.insertAccount(ctx.db, account)
  }
  return startSession(ctx, account)
}

/** WeChat sign-in: the wx.login code goes through code2Session; the openid finds or creates the account. */
export async function signInWithWeChat(ctx: GatewayContext, code: string): Promise<SignedIn> {
  await ctx.limiter.consume(ctx.ip, 'signIn')
  if (!/^[A-Za-z0-9_-]{8,128}$/.test(code)) throw errors.badInput('微信登录凭证格式不对,请重新打开小程序', 'code')
  const wechat = ctx.platform.wechat
  if (!wechat) throw errors.badInput('服务器尚未配置微信登录(WECHAT_APPID / WECHAT_SECRET)', 'code')
  let openid: string
  try {
    openid = (await wechat.code2Session(code)).openid
  } catch (error) {
    throw signInError(error)
  }
  let account = await store.accountByOpenid(ctx.db, openid)
  if (!account) {
    account = { id: newId(), handle: null, openid, nickname: null, real_name: null, phone: null, work_phone: null, created_at: nowIso(), deleted_at: null }
    await store.insertAccount(ctx.db, account)
  }
  return startSession(ctx, account)
}

export async function signOut(ctx: GatewayContext): Promise<boolean> {
  if (!ctx.viewer) return false
  await store.deleteSession(ctx.db, ctx.viewer.sessionId)
  await ctx.viewerCache.invalidate(ctx.viewer.account.id)
  return true
}

export async function updateProfile(
  ctx: GatewayContext,
  input: { nickname?: string | null; realName?: string | null; phone?: string | null; workPhone?: string | null },
): Promise<Viewer> {
  const viewer = requireViewer(ctx)
  const patch: Partial<AccountRow> = {}
  if (input.nickname != null) {
    patch.nickname = checkNickname(input.nickname)
    await assertCleanText(ctx.contentChecker, patch.nickname, 'nickname', { openid: viewer.account.openid })
  }
  if (input.realName != null) {
    const realName = input.realName.trim()
    if (textLength(realName) > 20) throw errors.badInput('姓名不能超过 20 个字', 'realName')
    patch.real_name = realName || null
  }
  if (input.phone != null) {
    const phone = input.phone.replace(/\s+/g, '')
    if (phone && !/^1\d{10}$/.test(phone)) throw errors.badInput('请填写 11 位手机号', 'phone')
    patch.phone = phone || null
  }
  if (input.workPhone != null) {
    if (!viewer.roles.length) throw errors.forbidden('只有工作人员可以设置工作电话')
    const workPhone = input.workPhone.replace(/[\s-]+/g, '')
    if (workPhone && !/^(1\d{10}|0\d{9,11})$/.test(workPhone)) throw errors.badInput('请填写手机号或带区号的座机号', 'workPhone')
    patch.work_phone = workPhone || null
  }
  if (Object.keys(patch).length) {
    await ctx.db.updateTable('accounts').set(patch).where('id', '=', viewer.account.id).execute()
    await ctx.viewerCache.invalidate(viewer.account.id)
  }
  return { ...viewer, account: { ...viewer.account, ...patch } }
}
