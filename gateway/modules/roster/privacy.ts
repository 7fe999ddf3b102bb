import type { DB } from '../../db/database'
import { beijingMinute } from '../../lib/beijing-time'
import { registerPersonalData } from '../accounts/privacy'
import { formatAreaCenti } from './area'
import { maskPhone, phoneDigits } from './owners'
import * as store from './store'

// The roster module's part of the PIPL export and erasure: the person's own roster entries (the
// units of their verified OWNER households), proxies given and held, and the owners' ballots they
// cast online or as a proxy. Erasure anonymises: ballots keep their place in the chain and the
// tally (they lose the account), roster entries lose names and phone but keep the owner key and
// area the counts rest on.

const CHANNEL: Record<string, string> = { ONLINE: '线上', PAPER: '纸质', PROXY: '受托代投' }

async function rosterData(db: DB, accountId: string, phone: string | null) {
  const units = await store.unitsOfOwnerAccount(db, accountId)
  const digits = phoneDigits(phone)
  const [ballots, proxiesGiven, proxiesHeld] = await Promise.all([
    db.selectFrom('owner_ballots').innerJoin('proposals', 'proposals.id', 'owner_ballots.proposal_id')
      .select(['owner_ballots.proposal_id', 'proposals.title as proposal_title', 'owner_ballots.unit_id', 'owner_ballots.channel', 'owner_ballots.option_ids', 'owner_ballots.receipt', 'owner_ballots.cast_at'])
      .where('owner_ballots.account_id', '=', accountId).orderBy('owner_ballots.seq').execute(),
    units.length ? db.selectFrom('roster_proxies').select(['id', 'unit_id', 'proxy_name', 'proxy_phone', 'created_at', 'revoked_at']).where('owner_key', 'in', units.map((u) => u.owner_key)).execute() : Promise.resolve([]),
    digits ? db.selectFrom('roster_proxies').select(['id', 'unit_id', 'created_at', 'revoked_at']).where('proxy_phone', '=', digits).execute() : Promise.resolve([]),
  ])
  return { units, ballots, proxiesGiven, proxiesHeld }
}

registerPersonalData({
  order: 45,
  async collect(db, person) {
    const { units, ballots, proxiesGiven, proxiesHeld } = await rosterData(db, person.id, person.phone)
    return {
      data: {
        roster: {
          rosterEntries: units.map((u) => ({ id: u.id, buildingId: u.building_id, unit: u.unit, room: u.room, areaCenti: u.area_centi, areaSource: u.area_source, ownerNames: u.owner_names, ownerPhone: u.owner_phone, kind: u.kind })),
          // The person's own choices: an owners' ballot they cast is theirs to see.
          ownerBallots: ballots.map((b) => ({ proposalId: b.proposal_id, proposalTitle: b.proposal_title, unitId: b.unit_id, channel: b.channel, optionIds: JSON.parse(b.option_ids) as string[], receipt: b.receipt, castAt: b.cast_at })),
          proxiesGiven: proxiesGiven.map((p) => ({ id: p.id, unitId: p.unit_id, proxyName: p.proxy_name, proxyPhone: maskPhone(p.proxy_phone), createdAt: p.created_at, revokedAt: p.revoked_at })),
          proxiesHeld: proxiesHeld.map((p) => ({ id: p.id, unitId: p.unit_id, createdAt: p.created_at, revokedAt: p.revoked_at })),
        },
      },
      readable: [
        { title: `业主名册中我名下的房屋(${units.length})`, lines: units.map((u) => `${u.unit}单元 ${u.room}室 · ${formatAreaCenti(Number(u.area_centi))} ㎡ · 业主 ${u.owner_names}`) },
        { title: `我投的业主表决票(${ballots.length})`, lines: ballots.map((b) => `${beijingMinute(b.cast_at)} 「${b.proposal_title}」${CHANNEL[b.channel] ?? b.channel},回执码 ${b.receipt}`) },
        { title: `我给出的委托(${proxiesGiven.length})`, lines: proxiesGiven.map((p) => `${beijingMinute(p.created_at)} 委托 ${p.proxy_name}${p.revoked_at ? '(已撤销)' : ''}`) },
        { title: `我接受的委托(${proxiesHeld.length})`, lines: proxiesHeld.map((p) => `${beijingMinute(p.created_at)} 受托代投${p.revoked_at ? '(已撤销)' : ''}`) },
      ],
    }
  },
  async erase(trx, _ctx, person) {
    const units = await store.unitsOfOwnerAccount(trx, person.id)
    if (units.length) await trx.updateTable('roster_units').set({ owner_names: '(已注销)', owner_phone: null }).where('id', 'in', units.map((u) => u.id)).execute()
    await trx.updateTable('owner_ballots').set({ account_id: null }).where('account_id', '=', person.id).execute()
    await trx.updateTable('roster_objections').set({ account_id: null }).where('account_id', '=', person.id).execute()
    const digits = phoneDigits(person.phone)
    if (digits) await trx.updateTable('roster_proxies').set({ proxy_name: '(已注销)', proxy_phone: `erased-${person.id}`, revoked_at: new Date().toISOString() }).where('proxy_phone', '=', digits).execute()
    return []
  },
  kept: [
    { what: '您投的业主表决票', why: '选票在哈希链中,注销后仍然计票,表决结果和哈希链保持不变,不再关联您的账号' },
    { what: '业主名册中您名下的房屋', why: '名册按房屋计票(房号和面积保留),姓名和电话已清除' },
  ],
})
