import type { MediaStorage } from '../../modules/media/storage'
import type { DB } from '../database'
import { newId } from '../../lib/ids'
import type { Question } from '../../modules/activities/input'
import type { CoverKey } from './cover-art'
import { seedCover } from './covers'

// The demo activities, from the seed's community news (阳泉): 桥南园's integrity-culture button painting,
// 洪城河's New-Year DIY mugwort hammers with the bank branch, and a winter volunteer day at 众望小区.
// Dates are relative to the seed time and in the future; each is published, organised by the
// community's demo admin.

interface DemoActivity {
  community: string; organiser: string; kind: string; title: string; description: string; venue: string
  inDays: number; startHour: number; hours: number; deadlineDaysBefore: number
  capacity: number; maxPartySize: number; eligibility: string; waitlist: boolean; needsApproval: boolean
  questions: Question[]; partners: string[]; materials: { name: string; perParticipant: number; unit: string }[]
  cover: CoverKey
}

export const DEMO_ACTIVITIES: DemoActivity[] = [
  {
    community: '桥南园社区', organiser: 'admin-qiaonanyuan', kind: 'HANDICRAFT', title: '纽扣画 精彩"廉"年', cover: 'button-painting',
    description: '用纽扣拼出廉洁文化主题的手工画,家长和孩子一起动手,加深对廉洁文化的理解,让廉洁自律内化于心。材料由社区准备。面向小区的孩子和家长,报名后由社区审核。',
    venue: '桥南园社区党群服务中心活动室', inDays: 5, startHour: 9, hours: 2, deadlineDaysBefore: 1,
    capacity: 20, maxPartySize: 2, eligibility: 'RESIDENTS', waitlist: true, needsApproval: true,
    questions: [{ text: '联系人姓名', type: 'NAME', options: [] }, { text: '孩子年龄', type: 'NUMBER', options: [] }], partners: [], materials: [{ name: '纽扣画材料包', perParticipant: 1, unit: '份' }],
  },
  {
    community: '洪城河社区', organiser: 'admin-hongchenghe', kind: 'FESTIVAL', title: '庆元旦手工DIY:艾草锤子', cover: 'mugwort-hammer',
    description: '洪城河社区新时代文明实践站联合山西银行阳泉洪城路社区支行,邀请居民亲手制作艾草锤子:饱满的外形代表阖家团圆,火红的颜色寄托幸福安康。工作人员现场分发材料包并讲解制作过程。',
    venue: '洪城河社区新时代文明实践站', inDays: 10, startHour: 14, hours: 2, deadlineDaysBefore: 1,
    capacity: 30, maxPartySize: 3, eligibility: 'ANYONE', waitlist: true, needsApproval: false,
    questions: [{ text: '姓名', type: 'NAME', options: [] }, { text: '联系电话', type: 'PHONE', options: [] }], partners: ['山西银行阳泉洪城路社区支行'], materials: [{ name: '艾草包', perParticipant: 1, unit: '份' }],
  },
  {
    community: '东营盘社区', organiser: 'admin-dongyingpan', kind: 'VOLUNTEER', title: '众望小区冬季志愿服务日', cover: 'winter-volunteer',
    description: '"东营管家"和红色物管会邀请住户一起清扫楼道、清理积雪、检查楼道消防通道,为小区的老人送上冬日问候。请穿着保暖,社区提供手套和工具。',
    venue: '众望小区 1号楼前广场', inDays: 3, startHour: 9, hours: 3, deadlineDaysBefore: 1,
    capacity: 20, maxPartySize: 2, eligibility: 'VERIFIED_HOUSEHOLDS', waitlist: true, needsApproval: false,
    questions: [{ text: '姓名', type: 'NAME', options: [] }, { text: '联系电话', type: 'PHONE', options: [] }], partners: ['东营管家服务站'], materials: [{ name: '劳保手套', perParticipant: 1, unit: '副' }],
  },
]

/** Local (UTC+8) hour `hour` on the day `days` after `now`, as UTC ISO. */
function shanghaiAt(now: Date, days: number, hour: number): Date {
  const local = new Date(now.getTime() + 8 * 3_600_000 + days * 86_400_000)
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), hour) - 8 * 3_600_000)
}

/** Inserts the demo activities; called inside seedDemoData's transaction after staff exist. */
export async function seedDemoActivities(trx: DB, now: Date, storage: MediaStorage | null = null): Promise<void> {
  const at = now.toISOString()
  for (const a of DEMO_ACTIVITIES) {
    const community = await trx.selectFrom('communities').select('id').where('name', '=', a.community).executeTakeFirst()
    const organiser = await trx.selectFrom('accounts').select('id').where('handle', '=', a.organiser).executeTakeFirst()
    if (!community || !organiser) continue
    const starts = shanghaiAt(now, a.inDays, a.startHour)
    const id = newId()
    await trx
      .insertInto('activities')
      .values({
        id, community_id: community.id, kind: a.kind, title: a.title, description: a.description, venue: a.venue,
        starts_at: starts.toISOString(), ends_at: new Date(starts.getTime() + a.hours * 3_600_000).toISOString(),
        sign_up_deadline: new Date(starts.getTime() - a.deadlineDaysBefore * 86_400_000).toISOString(),
        capacity: a.capacity, max_party_size: a.maxPartySize, eligibility: a.eligibility, waitlist: a.waitlist ? 1 : 0, needs_approval: a.needsApproval ? 1 : 0,
        questions: JSON.stringify(a.questions), partners: JSON.stringify(a.partners), materials: JSON.stringify(a.materials), cover_media_id: null,
        status: 'PUBLISHED', organiser_id: organiser.id, cancel_reason: null, cancelled_at: null, published_at: at, created_at: at, updated_at: at,
      })
      .execute()
    const cover = await seedCover(trx, storage, a.cover, { type: 'Activity', id }, at)
    if (cover) await trx.updateTable('activities').set({ cover_media_id: cover }).where('id', '=', id).execute()
  }
}
