import type { GatewayContext } from '../../context'
import { errors } from '../../lib/errors'
import { nowIso } from '../../lib/ids'
import { requireViewer } from '../accounts/service'
import { prefsRow } from './digest'
import { MODES, TOPICS, isClockTime, prefsOf, type Mode, type Prefs, type Topic } from './prefs'

// The person's notification settings: read with defaults, changed field by field.

export interface SettingsInput {
  myIssues?: string | null; proposals?: string | null; activities?: string | null; notices?: string | null; work?: string | null
  digestAt?: string | null; quietHours?: boolean | null; quietFrom?: string | null; quietTo?: string | null
}

const FIELD: Record<Topic, keyof SettingsInput> = { MY_ISSUES: 'myIssues', PROPOSALS: 'proposals', ACTIVITIES: 'activities', NOTICES: 'notices', WORK: 'work' }

export async function settingsOf(ctx: GatewayContext, accountId: string): Promise<Prefs> {
  return (await prefsOf(ctx.db, [accountId])).get(accountId)! // prefsOf answers every id asked, defaults included
}

export async function updateNotificationSettings(ctx: GatewayContext, input: SettingsInput): Promise<Prefs> {
  const viewer = requireViewer(ctx)
  const current = await settingsOf(ctx, viewer.account.id)
  const modes = { ...current.modes }
  for (const topic of TOPICS) {
    const value = input[FIELD[topic]]
    if (value == null) continue
    if (!(MODES as readonly unknown[]).includes(value)) throw errors.badInput('请选择 立即、每日汇总 或 关闭', FIELD[topic])
    modes[topic] = value as Mode
  }
  for (const field of ['digestAt', 'quietFrom', 'quietTo'] as const) {
    const v = input[field]
    if (v != null && !isClockTime(v)) throw errors.badInput('时间格式为 HH:MM(北京时间)', field)
  }
  const quietOff = input.quietHours === false
  const next: Prefs = {
    modes,
    digestAt: input.digestAt ?? current.digestAt,
    quietFrom: quietOff ? null : input.quietFrom ?? current.quietFrom ?? '22:00',
    quietTo: quietOff ? null : input.quietTo ?? current.quietTo ?? '07:00',
  }
  if (next.quietFrom && next.quietFrom === next.quietTo) throw errors.badInput('免打扰的开始和结束时间不能相同', 'quietTo')
  const at = nowIso()
  const row = prefsRow(viewer.account.id, next, at)
  const { account_id: _key, last_digest_at: _last, ...changes } = row
  await ctx.db.insertInto('notification_prefs').values(row).onConflict((oc) => oc.column('account_id').doUpdateSet(changes)).execute()
  return next
}

