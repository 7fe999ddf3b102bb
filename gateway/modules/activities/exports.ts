import type { GatewayContext } from '../../context'
import type { AccountRow, ActivityRow, RegistrationRow } from '../../db/tables'
import { errors } from '../../lib/errors'
import { nowIso } from '../../lib/ids'
import { formatSheet, formatSpan } from '../../../src/lib/beijing-time'
import { maskPhone, publicName } from '../accounts/policies'
import { accountById } from '../accounts/service'
import { questionsOf, answersOf } from './input'
import { shownAnswer } from './masking'
import { DETAIL_PAGE } from './record'
import { findVisibleActivity, managedOrForbidden, waitingOf } from './service'
import * as store from './store'

type Ctx = GatewayContext

// What leaves the gateway as a file or a link: the registrations as CSV for staff, the activity as an
// iCalendar file, and a WeChat URL Link for the H5 page to open the mini-program at the activity.

const STATUS_LABEL: Record<string, string> = { PENDING: '待审核', CONFIRMED: '报名成功', WAITLISTED: '候补', DECLINED: '未通过', CANCELLED: '已取消', ATTENDED: '已签到' }

/** One CSV field: quoted when needed; a leading =, +, -, @ is neutralised so a spreadsheet never runs it. */
export function csvField(value: string | number | null): string {
  let v = value === null ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v
}

/** Every registration in arrival order, phones and PHONE answers masked whoever asks (the CSV leaves the app). */
export async function registrationsCsv(ctx: Ctx, activityId: string): Promise<string> {
  const activity = await managedOrForbidden(ctx, activityId, '只有本社区的工作人员可以导出报名表')
  const rows: RegistrationRow[] = []
  for (let after: string | null = null; ; ) {
    const page = await store.registrationsPage(ctx.db, activity.id, null, after, 500)
    rows.push(...page)
    if (page.length < 500) break
    after = page[page.length - 1]!.id // the page is not empty here
  }
  const people = await accountById(ctx).loadMany([...new Set(rows.map((r) => r.account_id))])
  const byId = new Map(people.filter((p): p is AccountRow => Boolean(p) && !(p instanceof Error)).map((p) => [p.id, p]))
  const waiting = await waitingOf(ctx).load(activity.id)
  const questions = questionsOf(activity).map((q) => q.text)
  const header = ['序号', '昵称', '手机号', '人数', '状态', '候补位次', '签到码', '报名时间(北京时间)', '来源场景', '代报名', ...questions]
  const lines = rows.map((r, i) => {
    const person = byId.get(r.account_id)
    const answers = new Map(answersOf(r.answers).map((a) => [a.question, shownAnswer(a, false)]))
    const position = waiting.indexOf(r.id)
    return [
      i + 1, person ? publicName(person) : '', maskPhone(person?.phone ?? null), r.party_size, STATUS_LABEL[r.status] ?? r.status,
      position >= 0 ? position + 1 : null, r.check_in_code, formatSheet(r.created_at), r.scene, r.on_behalf_by ? '是' : '', ...questions.map((q) => answers.get(q) ?? ''),
    ].map(csvField).join(',')
  })
  return `\uFEFF${[header.map(csvField).join(','), ...lines].join('\r\n')}\r\n` // the BOM makes Excel read UTF-8
}

const icsTime = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '')

/** RFC 5545 TEXT: backslash, semicolon, comma and newlines escaped. */
export function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')
}

/** Lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = []
  let current = ''
  let octets = 0
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8')
    const limit = out.length ? 74 : 75 // continuation lines begin with a space
    if (octets + size > limit) {
      out.push(current)
      current = ''
      octets = 0
    }
    current += ch
    octets += size
  }
  out.push(current)
  return out.join('\r\n ')
}

export function activityIcs(activity: ActivityRow, communityName: string, stamp = nowIso()): string {
  const lines = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Linli//Activities//ZH', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${activity.id}@linli`,
    `DTSTAMP:${icsTime(stamp)}`,
    `DTSTART:${icsTime(activity.starts_at)}`,
    `DTEND:${icsTime(activity.ends_at)}`,
    `SUMMARY:${icsText(activity.title)}`,
    `LOCATION:${icsText(`${communityName} ${activity.venue}`)}`,
    `DESCRIPTION:${icsText(`时间:${formatSpan(activity.starts_at, activity.ends_at)}(北京时间)\n${activity.description}`)}`,
    `STATUS:${activity.status === 'CANCELLED' ? 'CANCELLED' : 'CONFIRMED'}`,
    'BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${icsText(activity.title)}`, 'TRIGGER:-PT1H', 'END:VALARM',
    'END:VEVENT', 'END:VCALENDAR',
  ]
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}

export async function activityIcsOf(ctx: Ctx, id: string): Promise<string> {
  const activity = await findVisibleActivity(ctx, id)
  if (!activity) throw errors.notFound('活动')
  const community = await ctx.db.selectFrom('communities').select('name').where('id', '=', activity.community_id).executeTakeFirst()
  return activityIcs(activity, community?.name ?? '')
}

const LINK_REUSE_MS = 24 * 3_600_000 // a link lasts 30 days; reuse one a day old at most
const FAILURE_RETRY_MS = 10 * 60_000 // after WeChat failed, wait before spending another call

/**
 * Whether the last attempt still answers: a generated link for a day, a failure for ten minutes,
 * "not configured" for as long as WeChat is not. Anyone may ask (signed out too), so asking again
 * must cost neither a row nor a WeChat call.
 */
export function reusableLink(last: { status: string; url: string | null; created_at: string } | undefined, now: number, wechatConfigured: boolean): { url: string | null } | null {
  if (!last) return null
  const age = now - Date.parse(last.created_at)
  if (last.status === 'GENERATED' && last.url && age < LINK_REUSE_MS) return { url: last.url }
  if (last.status === 'RECORDED' && !wechatConfigured) return { url: null }
  if (last.status === 'FAILED' && age < FAILURE_RETRY_MS) return { url: null }
  return null
}

/**
 * A URL Link opening the mini-program at the activity. Without WeChat configured (or when WeChat
 * fails) the request is recorded in activity_share_links and null is returned: the page then shows
 * the plain URL. One record per activity, rewritten by each real attempt. Never called inside a
 * transaction (it waits on the network).
 */
export async function shareLink(ctx: Ctx, activityId: string): Promise<string | null> {
  const activity = await findVisibleActivity(ctx, activityId)
  if (!activity) throw errors.notFound('活动')
  if (activity.status !== 'PUBLISHED') throw errors.conflict(activity.status === 'CANCELLED' ? '活动已取消' : '活动尚未发布')
  const query = `id=${activity.id}`
  const wechat = ctx.platform.wechat
  const reused = reusableLink(await store.latestShareLink(ctx.db, activity.id), Date.now(), Boolean(wechat))
  if (reused) return reused.url
  // The record's id is the activity's: concurrent first calls land on one row, not one each.
  const row = { id: activity.id, activity_id: activity.id, account_id: ctx.viewer?.account.id ?? null, path: DETAIL_PAGE, query, created_at: nowIso() }
  if (!wechat) {
    await store.saveShareLink(ctx.db, { ...row, status: 'RECORDED', url: null, last_error: 'wechat not configured' })
    return null
  }
  try {
    const url = await wechat.generateUrlLink(DETAIL_PAGE, query)
    await store.saveShareLink(ctx.db, { ...row, status: 'GENERATED', url, last_error: null })
    return url
  } catch (error) {
    ctx.log.warn({ err: error, activityId: activity.id }, 'generate_urllink failed')
    await store.saveShareLink(ctx.db, { ...row, status: 'FAILED', url: null, last_error: String(error) })
    return null
  }
}
