import { BEIJING_OFFSET_MINUTES } from '../../../src/lib/beijing-time'
import type { DB } from '../../db/database'

// How each person hears about each kind of thing, and the clock arithmetic of digests and quiet
// hours (Beijing time, fixed +08:00). Pure but for `prefsOf`.

export type Topic = 'MY_ISSUES' | 'PROPOSALS' | 'ACTIVITIES' | 'NOTICES' | 'WORK'
export type Mode = 'AT_ONCE' | 'DIGEST' | 'OFF'
export const TOPICS: readonly Topic[] = ['MY_ISSUES', 'PROPOSALS', 'ACTIVITIES', 'NOTICES', 'WORK']
export const MODES: readonly Mode[] = ['AT_ONCE', 'DIGEST', 'OFF']

export interface Prefs {
  modes: Record<Topic, Mode>
  /** HH:MM, Beijing time. */
  digestAt: string
  /** HH:MM each, or null when the person turned quiet hours off. */
  quietFrom: string | null
  quietTo: string | null
}

/** Staff get their queue as one daily summary; everything else comes at once until the person says otherwise. */
export const DEFAULT_PREFS: Prefs = {
  modes: { MY_ISSUES: 'AT_ONCE', PROPOSALS: 'AT_ONCE', ACTIVITIES: 'AT_ONCE', NOTICES: 'AT_ONCE', WORK: 'DIGEST' },
  digestAt: '20:00',
  quietFrom: '22:00',
  quietTo: '07:00',
}

export const COLUMN: Record<Topic, 'my_issues' | 'proposals' | 'activities' | 'notices' | 'work'> = {
  MY_ISSUES: 'my_issues', PROPOSALS: 'proposals', ACTIVITIES: 'activities', NOTICES: 'notices', WORK: 'work',
}

const asMode = (v: string): Mode => (MODES as readonly string[]).includes(v) ? (v as Mode) : 'AT_ONCE'

export async function prefsOf(db: DB, accountIds: readonly string[]): Promise<Map<string, Prefs>> {
  const ids = [...new Set(accountIds)]
  const rows = []
  // A few thousand ids a statement: a whole community's audience stays within the engines' bound parameters.
  for (let i = 0; i < ids.length; i += 5000) rows.push(...(await db.selectFrom('notification_prefs').selectAll().where('account_id', 'in', ids.slice(i, i + 5000)).execute()))
  const out = new Map<string, Prefs>()
  for (const id of ids) out.set(id, DEFAULT_PREFS)
  for (const r of rows) {
    out.set(r.account_id, {
      modes: { MY_ISSUES: asMode(r.my_issues), PROPOSALS: asMode(r.proposals), ACTIVITIES: asMode(r.activities), NOTICES: asMode(r.notices), WORK: asMode(r.work) },
      digestAt: r.digest_at, quietFrom: r.quiet_from, quietTo: r.quiet_to,
    })
  }
  return out
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/
export const isClockTime = (v: string): boolean => HHMM.test(v)
const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))

const DAY = 86_400_000
const OFFSET = BEIJING_OFFSET_MINUTES * 60_000
/** UTC milliseconds of the Beijing midnight that starts `now`'s Beijing day. */
const beijingMidnight = (now: number): number => Math.floor((now + OFFSET) / DAY) * DAY - OFFSET

/** Whether `now` falls in the quiet window (which may run over midnight); never when quiet hours are off. */
export function inQuietHours(now: Date, prefs: Pick<Prefs, 'quietFrom' | 'quietTo'>): boolean {
  if (!prefs.quietFrom || !prefs.quietTo) return false
  const m = Math.floor((now.getTime() - beijingMidnight(now.getTime())) / 60_000)
  const from = minutesOf(prefs.quietFrom)
  const to = minutesOf(prefs.quietTo)
  if (from === to) return false
  return from < to ? m >= from && m < to : m >= from || m < to
}

/** When a subscribe message written at `now` may go: null at once, else the end of the quiet window. */
export function holdUntil(now: Date, prefs: Pick<Prefs, 'quietFrom' | 'quietTo'>): string | null {
  if (!inQuietHours(now, prefs) || !prefs.quietTo) return null
  let end = beijingMidnight(now.getTime()) + minutesOf(prefs.quietTo) * 60_000
  if (end <= now.getTime()) end += DAY
  return new Date(end).toISOString()
}

/** The latest digest moment at or before `now` (today's chosen time if it has passed, else yesterday's). */
export function lastDigestMoment(now: Date, digestAt: string): string {
  let at = beijingMidnight(now.getTime()) + minutesOf(digestAt) * 60_000
  if (at > now.getTime()) at -= DAY
  return new Date(at).toISOString()
}
