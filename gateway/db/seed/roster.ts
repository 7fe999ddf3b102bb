import type { DB } from '../database'
import type { ProposalRow, RosterUnitRow, UnitKind } from '../tables'
import { newId } from '../../lib/ids'
import { appendBallotsIn, freezeElectorate } from '../../modules/roster/electorate'
import { ownerKeyOf } from '../../modules/roster/owners'
import { closeOwnersVoteIn } from '../../modules/roster/results'

// 众望小区's owners' roster (业主名册): 6 buildings × 2 units × 10 rooms, four shops, 6号楼 2单元
// still unsold by the developer, one owner with two flats; most owners have no app account. Two
// owners' votes against it: the east-gate lights paid from the maintenance fund, already passed
// on mostly paper ballots; and the 1号楼 corridor lights closing soon after the demo starts.

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕'
const GIVEN = ['建国', '秀英', '桂兰', '志强', '丽华', '国庆', '玉梅', '海燕', '文军', '淑珍', '红梅', '德明', '春生', '凤英', '晓东']

/** A deterministic spread of areas between 60 and 140 m² (hundredths). */
const areaOf = (i: number) => 6000 + ((i * 3779) % 8001)

export async function seedDemoRoster(trx: DB, now: Date, zhongwang: { communityId: string; compoundId: string; buildingIds: string[] }, residents: { buildingIndex: number; unit: string; room: string; area: number }[]): Promise<void> {
  const at = new Date(now.getTime() - 30 * 86_400_000).toISOString()
  const units: RosterUnitRow[] = []
  const add = (building: number, unit: string, room: string, areaCenti: number, kind: UnitKind, ownerNames: string, phone: string | null) =>
    units.push({
      id: newId(), compound_id: zhongwang.compoundId, building_id: zhongwang.buildingIds[building]!, unit, room, area_centi: areaCenti, area_source: 'REGISTRY', // six demo buildings
      owner_names: ownerNames, owner_phone: phone, owner_key: ownerKeyOf({ kind, ownerNames, phone }), kind, created_at: at, updated_at: at,
    })
  let i = 0
  for (let b = 0; b < 6; b++) {
    for (const unit of ['1', '2']) {
      for (let floor = 1; floor <= 5; floor++) {
        for (const door of ['01', '02']) {
          const room = `${floor}${door}`
          const resident = residents.find((r) => r.buildingIndex === b && r.unit === unit && r.room === room)
          const area = resident ? Math.round(resident.area * 100) : areaOf(i)
          if (b === 5 && unit === '2') add(b, unit, room, area, 'DEVELOPER_UNSOLD', '', null)
          else if (b === 1 && unit === '1' && room === '501') add(b, unit, room, area, 'RESIDENTIAL', '王建国', '13903531234')
          else if (b === 2 && unit === '1' && room === '502') add(b, unit, room, area, 'RESIDENTIAL', '王建国', '13903531234') // one owner, two flats: counted once
          else add(b, unit, room, area, 'RESIDENTIAL', `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}`, `139035${String(30000 + i).slice(-5)}`)
          i++
        }
      }
    }
  }
  for (const [n, area] of [[1, 4200], [2, 3850], [3, 6120], [4, 2975]] as const) add(0, '商铺', `S${n}`, area, 'SHOP', `${SURNAMES[(n * 5) % SURNAMES.length]}老板`, `1370353${String(1000 + n)}`)
  for (let k = 0; k < units.length; k += 200) await trx.insertInto('roster_units').values(units.slice(k, k + 200)).execute()
  await trx.insertInto('roster_settings').values({ compound_id: zhongwang.compoundId, proxy_limit: 3, objection_days: 7 }).execute()

  const committee = await trx.selectFrom('accounts').select('id').where('handle', '=', 'committee-zhongwang').executeTakeFirstOrThrow()
  const online = await trx
    .selectFrom('household_members')
    .innerJoin('households', 'households.id', 'household_members.household_id')
    .select(['household_members.account_id', 'households.building_id', 'households.unit', 'households.room'])
    .where('household_members.relation', '=', 'OWNER')
    .execute()

  const vote = async (v: { title: string; background: string; question: string; matter: string; buildingIndex: number | null; daysAgo: number; turnout: number; yesShare: number; appUsersVoted: boolean }) => {
    const opened = new Date(now.getTime() - v.daysAgo * 86_400_000)
    const p: ProposalRow = {
      id: newId(), community_id: zhongwang.communityId, compound_id: zhongwang.compoundId, building_id: v.buildingIndex === null ? null : zhongwang.buildingIds[v.buildingIndex]!, // six demo buildings
      author_id: committee.id, author_household_id: null, title: v.title, background: v.background, question: v.question, matter: v.matter, ballot_kind: 'YES_NO_ABSTAIN', max_choices: null,
      stage: 'VOTING', cosign_threshold: 5, cosign_deadline: null, voting_closes_at: new Date(opened.getTime() + 86_400_000 * 30).toISOString(), meeting_at: null, meeting_place: null, minutes: null,
      result: null, outcome: null, acceptance_open: 0, reminded_at: null, created_at: opened.toISOString(), updated_at: opened.toISOString(),
    }
    await trx.insertInto('proposals').values(p).execute()
    const optionIds = ['同意', '反对', '弃权'].map((label) => ({ id: newId(), proposal_id: p.id, label, pin_x: null, pin_y: null, amendment: 0, author_id: null, created_at: p.created_at }))
    await trx.insertInto('proposal_options').values(optionIds).execute()
    await trx.insertInto('proposal_events').values({ id: newId(), proposal_id: p.id, kind: 'VOTING_OPENED', stage: 'VOTING', note: '业主表决开始,表决名册已冻结', actor_id: committee.id, at: p.created_at }).execute()
    await freezeElectorate(trx, p, p.created_at)
    const snapshot = await trx.selectFrom('electorate_units').selectAll().where('proposal_id', '=', p.id).orderBy('unit_id').execute()
    const owners = [...new Map(snapshot.map((u) => [u.owner_key, u])).values()]
    const hasAccount = (u: { building_id: string; unit: string; room: string }) => online.some((m) => m.building_id === u.building_id && m.unit === u.unit && m.room === u.room)
    // The vote still open leaves the demo residents' own ballots to the visitor.
    const voting = owners.filter((u) => v.appUsersVoted || !hasAccount(u)).slice(0, Math.ceil(owners.length * v.turnout))
    for (const [k, u] of voting.entries()) {
      const choice = k < Math.ceil(voting.length * v.yesShare) ? optionIds[0]! : k % 3 === 0 ? optionIds[2]! : optionIds[1]! // three options above
      const member = online.find((m) => m.building_id === u.building_id && m.unit === u.unit && m.room === u.room)
      const castAt = new Date(opened.getTime() + (k + 1) * 60_000).toISOString()
      await appendBallotsIn(trx, p.id, [choice.id], [member ? { ownerKey: u.owner_key, unitId: u.unit_id, channel: 'ONLINE', accountId: member.account_id } : { ownerKey: u.owner_key, unitId: u.unit_id, channel: 'PAPER', accountId: null, recordedBy: committee.id }], undefined, castAt)
    }
    return p
  }

  const lights = await vote({
    title: '使用维修资金维修东门路灯', background: '东门外三盏路灯灯杆锈蚀、线路老化,物业报价 1.86 万元,拟从专项维修资金列支。', question: '是否同意使用专项维修资金维修东门路灯?',
    matter: 'USE_MAINTENANCE_FUND', buildingIndex: null, daysAgo: 20, turnout: 0.88, yesShare: 0.8, appUsersVoted: true,
  })
  // Closed three days ago: the results notice is still up, within its 7-day objection period.
  const closedAt = new Date(now.getTime() - 3 * 86_400_000)
  await trx.updateTable('proposals').set({ voting_closes_at: closedAt.toISOString() }).where('id', '=', lights.id).execute()
  await closeOwnersVoteIn(trx, lights.id, committee.id, closedAt)

  const corridor = await vote({
    title: '1号楼楼道灯更换为声控 LED', background: '1号楼楼道灯多处不亮,拟统一更换为声控 LED 灯,费用从 1 号楼维修资金分摊。', question: '是否同意使用 1 号楼维修资金更换楼道灯?',
    matter: 'USE_MAINTENANCE_FUND', buildingIndex: 0, daysAgo: 2, turnout: 0.7, yesShare: 0.75, appUsersVoted: false,
  })
  await trx.updateTable('proposals').set({ voting_closes_at: new Date(now.getTime() + 20 * 60_000).toISOString() }).where('id', '=', corridor.id).execute()
}
