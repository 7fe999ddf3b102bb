import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { DB } from '../database'
import { newId } from '../../lib/ids'
import type { MediaStorage } from '../../modules/media/storage'

// 众望小区's consultation demo, after the seed article: its site plan, the co-signing rule (5
// households in 7 days), and "where do the new street lights go" open for discussion with two
// positions pinned on the plan.

const SITE_PLAN = path.join(__dirname, 'assets', 'zhongwang-site-plan.png')

export async function seedDemoConsult(trx: DB, now: Date, zhongwang: { communityId: string; compoundId: string }, storage: MediaStorage | null): Promise<void> {
  const at = now.toISOString()
  let sitePlanId: string | null = null
  if (storage) {
    sitePlanId = newId()
    const storedName = `${randomBytes(24).toString('hex')}.png`
    await storage.put(storedName, fs.readFileSync(SITE_PLAN))
    await trx.insertInto('media').values({ id: sitePlanId, owner_id: null, stored_name: storedName, mime: 'image/png', size_bytes: fs.statSync(SITE_PLAN).size, subject_type: 'SitePlan', subject_id: zhongwang.compoundId, created_at: at }).execute()
  }
  await trx.insertInto('consult_settings').values({ compound_id: zhongwang.compoundId, cosign_threshold: 5, cosign_days: 7, site_plan_media_id: sitePlanId }).execute()

  const author = await trx.selectFrom('accounts').select('id').where('handle', '=', 'resident-changbaoe').executeTakeFirst()
  const committee = await trx.selectFrom('accounts').select('id').where('handle', '=', 'committee-zhongwang').executeTakeFirst()
  const proposalId = newId()
  await trx
    .insertInto('proposals')
    .values({
      id: proposalId, community_id: zhongwang.communityId, compound_id: zhongwang.compoundId, building_id: null, author_id: author?.id ?? null, author_household_id: null,
      title: '东门新增路灯装在哪里?', background: '东门到车棚一段晚上很黑,老人和孩子出门不方便。物管会预算可新增一盏路灯,请大家一起定位置。',
      question: '新路灯装在哪个位置?', matter: 'ADVISORY', ballot_kind: 'SINGLE', max_choices: null, stage: 'DISCUSSION', cosign_threshold: 5,
      cosign_deadline: new Date(now.getTime() + 5 * 86_400_000).toISOString(), voting_closes_at: null, meeting_at: null, meeting_place: null, minutes: null,
      result: null, outcome: null, acceptance_open: 0, reminded_at: null, created_at: at, updated_at: at,
    })
    .execute()
  const options: [string, number, number][] = [['东门岗亭旁', 0.9, 0.42], ['车棚入口', 0.44, 0.66]]
  for (const [label, x, y] of options) {
    await trx.insertInto('proposal_options').values({ id: newId(), proposal_id: proposalId, label, pin_x: x, pin_y: y, amendment: 0, author_id: author?.id ?? null, created_at: at }).execute()
  }
  for (const [kind, stage, note, actor] of [
    ['DRAFTED', 'DRAFT', null, author?.id],
    ['SUBMITTED', 'COSIGNING', '需要 5 户在 7 天内联署', author?.id],
    ['DISCUSSION_OPENED', 'DISCUSSION', '物管会直接开启讨论', committee?.id],
  ] as const) {
    await trx.insertInto('proposal_events').values({ id: newId(), proposal_id: proposalId, kind, stage, note, actor_id: actor ?? null, at }).execute()
  }
  if (author) {
    await trx.insertInto('proposal_comments').values({ id: newId(), proposal_id: proposalId, parent_id: null, author_id: author.id, kind: 'RESIDENT', body: '车棚那边最黑,晚上取电动车看不清。', hidden: 0, created_at: at }).execute()
  }
}
