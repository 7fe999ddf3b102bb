import type { DB } from '../database'
import type { MediaStorage } from '../../modules/media/storage'
import { newId } from '../../lib/ids'
import { backfillShortCodes } from '../../modules/links/store'
import { plainText, sanitizeNoticeHtml, searchTerms, searchableText, summarise } from '../../modules/notices/text'
import { seedDemoActivities } from './activities'
import { seedDemoConsult } from './consult'
import { seedCover } from './covers'
import { seedDemoRoster } from './roster'
import { seedDemoFinances } from './finances'
import { DEMO_NOTICES } from './notices'
import { DEMO_COMMUNITIES, DEMO_RESIDENTS, DEMO_STAFF } from './structure'

/** Loads the demo data into an empty database in one transaction; `storage` receives the demo images (covers, the site plan). */
export async function seedDemoData(db: DB, now = new Date(), storage: MediaStorage | null = null): Promise<void> {
  const at = now.toISOString()
  await db.transaction().execute(async (trx) => {
    const streets = new Map<string, string>()
    const places = new Map<string, { communityId: string; compoundId: string; gridIds: string[]; buildingIds: string[] }>()
    for (const c of DEMO_COMMUNITIES) {
      let streetId = streets.get(c.street)
      if (!streetId) {
        streetId = newId()
        streets.set(c.street, streetId)
        await trx.insertInto('streets').values({ id: streetId, name: c.street }).execute()
      }
      const communityId = newId()
      await trx.insertInto('communities').values({ id: communityId, street_id: streetId, name: c.name }).execute()
      const gridIds = c.grids.map(() => newId())
      await trx.insertInto('grids').values(c.grids.map((name, i) => ({ id: gridIds[i]!, community_id: communityId, name }))).execute()
      const compoundId = newId()
      await trx.insertInto('compounds').values({ id: compoundId, community_id: communityId, name: c.compound }).execute()
      const buildingIds = c.buildings.map(() => newId())
      await trx
        .insertInto('buildings')
        .values(c.buildings.map(([name, grid], i) => ({ id: buildingIds[i]!, compound_id: compoundId, grid_id: gridIds[grid]!, name, sort: i + 1 })))
        .execute()
      places.set(c.key, { communityId, compoundId, gridIds, buildingIds })
    }
    const place = (key: string) => places.get(key)!  // every key above comes from DEMO_COMMUNITIES

    for (const s of DEMO_STAFF) {
      const accountId = newId()
      const p = place(s.community)
      await trx.insertInto('accounts').values({ id: accountId, handle: s.handle, openid: null, nickname: s.nickname, real_name: null, phone: s.phone, work_phone: s.phone, created_at: at, deleted_at: null }).execute()
      const [scopeKind, scopeId] =
        s.role === 'ADMIN' ? (['community', p.communityId] as const) : s.role === 'GRID_WORKER' ? (['grid', p.gridIds[s.grid ?? 0]!] as const) : (['compound', p.compoundId] as const)
      await trx
        .insertInto('role_assignments')
        .values({ id: newId(), account_id: accountId, role: s.role, scope_kind: scopeKind, scope_id: scopeId, community_id: p.communityId, granted_by: null, created_at: at })
        .execute()
    }

    // 下站街道's office: sees what its communities escalate (street-xiazhan).
    for (const [name, streetId] of streets) {
      if (name !== '下站街道') continue
      const accountId = newId()
      await trx.insertInto('accounts').values({ id: accountId, handle: 'street-xiazhan', openid: null, nickname: '下站街道办', real_name: null, phone: '13803530100', work_phone: '13803530100', created_at: at, deleted_at: null }).execute()
      await trx.insertInto('role_assignments').values({ id: newId(), account_id: accountId, role: 'STREET_OFFICE', scope_kind: 'street', scope_id: streetId, community_id: place('dongyingpan').communityId, granted_by: null, created_at: at }).execute()
    }

    const zhongwang = place('dongyingpan')
    for (const r of DEMO_RESIDENTS) {
      const accountId = newId()
      const householdId = newId()
      const buildingId = zhongwang.buildingIds[r.building]!
      await trx.insertInto('accounts').values({ id: accountId, handle: r.handle, openid: null, nickname: r.nickname, real_name: null, phone: null, work_phone: null, created_at: at, deleted_at: null }).execute()
      await trx.insertInto('households').values({ id: householdId, building_id: buildingId, unit: r.unit, room: r.room, area_m2: r.area, created_at: at }).execute()
      await trx.insertInto('household_members').values({ id: newId(), household_id: householdId, account_id: accountId, relation: r.relation, claim_id: null, verified_at: at }).execute()
    }

    for (const n of DEMO_NOTICES) {
      const p = place(n.community)
      const id = newId()
      const html = sanitizeNoticeHtml(n.body)
      const text = plainText(html)
      const published = new Date(now.getTime() - n.daysAgo * 86_400_000).toISOString()
      const search = searchableText(n.title, text)
      await trx
        .insertInto('notices')
        .values({
          id, community_id: p.communityId, compound_id: n.compoundOnly ? p.compoundId : null, category: n.category, title: n.title, body_html: html,
          summary: summarise(text), search_text: search, cover_media_id: null, pinned: n.pinned ? 1 : 0, requires_ack: n.requiresAck ? 1 : 0,
          status: 'PUBLISHED', author_id: null, published_at: published, updated_at: published, expires_at: null,
        })
        .execute()
      const terms = searchTerms(search)
      if (terms.length) await trx.insertInto('notice_terms').values(terms.map((term) => ({ notice_id: id, term }))).execute()
      const cover = n.cover ? await seedCover(trx, storage, n.cover, { type: 'Notice', id }, at) : null
      if (cover) await trx.updateTable('notices').set({ cover_media_id: cover }).where('id', '=', id).execute()
    }
    await seedDemoActivities(trx, now, storage)
    await seedDemoConsult(trx, now, zhongwang, storage)
    await seedDemoRoster(trx, now, zhongwang, DEMO_RESIDENTS.map((r) => ({ buildingIndex: r.building, unit: r.unit, room: r.room, area: r.area })))
    await seedDemoFinances(trx, now, zhongwang, storage)
    // Every demo item a poster or a mini-program code can point at gets its short code.
    await backfillShortCodes(trx, at)
  })
}
