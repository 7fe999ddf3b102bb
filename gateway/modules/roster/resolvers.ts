import type { GatewayContext } from '../../context'
import type { ProposalRow, RosterUnitRow } from '../../db/tables'
import type { Resolvers } from '../../generated/resolvers'
import { errors } from '../../lib/errors'
import { isId } from '../../lib/ids'
import { decodeCursor, pageSize, toConnection } from '../../lib/pagination'
import { buildingById, placeOfBuilding, required } from '../community/service'
import { requireCommittee, visibleOrNotFound } from '../consult/service'
import { checkChoice } from '../consult/voting'
import { mediaById } from '../media/service'
import { noticeById } from '../notices/service'
import { formatAreaCenti } from './area'
import { rosterMatch } from './claims'
import { countedBallots, electorateVoters } from './electorate'
import { ROW_PROBLEM_TEXT } from './import-rows'
import { maskPhone } from './owners'
import { castProxyBallot, electorateOf, recordPaperBallot, viewerProxies } from './owner-voting'
import { readsRosterNames } from './policies'
import './privacy' // registers the module's part of exportMyData and deleteMyAccount
import { recordProxy, revokeProxy } from './proxies'
import { receiptsPage } from './results'
import * as service from './service'
import * as store from './store'

type Ctx = GatewayContext

const label = (buildingName: string, u: { unit: string; room: string }) => `${buildingName} ${u.unit}单元 ${u.room}室`

/** Whether the viewer may read this unit's owner names: staff of the building, or the owner. */
async function seesOwner(ctx: Ctx, u: RosterUnitRow): Promise<boolean> {
  if (!ctx.viewer) return false
  if ((await service.viewerRosterUnits(ctx)).some((own) => own.id === u.id)) return true
  const place = await placeOfBuilding(ctx).load(u.building_id)
  return place !== null && readsRosterNames(ctx, { ...place, compoundId: u.compound_id })
}

async function ownersVote(ctx: Ctx, proposalId: string): Promise<ProposalRow> {
  const p = await visibleOrNotFound(ctx, proposalId)
  if (!(await electorateOf(ctx, p.id))) throw errors.conflict('这不是按业主名册进行的业主表决')
  return p
}

export const rosterResolvers: Resolvers = {
  Query: {
    rosterImport: (_p, { id }, ctx) => service.findImport(ctx, id),
    roster: async (_p, { compoundId, search, first, after }, ctx) => {
      const limit = pageSize(first, 50)
      const place = await service.compoundPlace(ctx, compoundId)
      if (!(await service.mayReadRoster(ctx, place))) throw errors.forbidden('只有本小区的认证住户和工作人员可以查看业主名册')
      const cursor = decodeCursor(after, 4) as [number, string, string, string] | null // decodeCursor checked the arity; the values were written by this resolver
      const rows = await store.rosterPage(ctx.db, place.compoundId, search?.trim().slice(0, 20) || null, cursor, limit + 1)
      return toConnection(rows, limit, (r) => [Number(r.building_sort), r.building_id, r.unit, r.room])
    },
    myRosterUnits: (_p, _a, ctx) => (ctx.viewer ? service.viewerRosterUnits(ctx) : []),
  },
  Mutation: {
    commitRosterImport: (_p, { id }, ctx) => service.commitImport(ctx, id),
    addRosterUnit: (_p, { compoundId, input }, ctx) => service.addUnit(ctx, compoundId, input),
    updateRosterUnit: (_p, { id, input }, ctx) => service.updateUnit(ctx, id, input),
    objectToRosterUnit: (_p, { id, body }, ctx) => service.objectToUnit(ctx, id, body),
    resolveRosterObjection: (_p, { id }, ctx) => service.resolveObjection(ctx, id),
    recordProxy: (_p, { input }, ctx) => recordProxy(ctx, input),
    revokeProxy: (_p, { id }, ctx) => revokeProxy(ctx, id),
    updateRosterSettings: (_p, { compoundId, proxyLimit, objectionDays }, ctx) => service.updateSettings(ctx, compoundId, proxyLimit, objectionDays),
    recordPaperBallot: async (_p, { proposalId, unitId, optionIds, photoId }, ctx) => {
      const p = await ownersVote(ctx, proposalId)
      requireCommittee(ctx, p)
      if (!isId(photoId)) throw errors.badInput('请上传签字的纸质选票照片', 'photoId')
      return recordPaperBallot(ctx, p, unitId, await checkChoice(ctx.db, p, optionIds), photoId)
    },
    castProxyBallot: async (_p, { proposalId, unitId, optionIds }, ctx) => {
      const p = await ownersVote(ctx, proposalId)
      return castProxyBallot(ctx, p, unitId, await checkChoice(ctx.db, p, optionIds))
    },
  },
  RosterImport: {
    compound: (i, _a, ctx) => required(ctx.db.selectFrom('compounds').selectAll().where('id', '=', i.compound_id).executeTakeFirst().then((c) => c ?? null), 'compound'),
    fileName: (i) => i.file_name,
    committed: (i) => i.status === 'COMMITTED',
    rowCount: (i) => i.rows.length,
    problemRowCount: (i) => i.rows.filter((r) => r.problems.length).length,
    createdAt: (i) => i.created_at,
  },
  RosterImportRow: {
    areaM2: (r) => (r.areaCenti === null ? null : formatAreaCenti(r.areaCenti)),
    problemText: (r) => r.problems.map((p) => ROW_PROBLEM_TEXT[p]),
  },
  RosterUnit: {
    label: async (u, _a, ctx) => label((await required(buildingById(ctx).load(u.building_id), 'building')).name, u),
    building: (u, _a, ctx) => required(buildingById(ctx).load(u.building_id), 'building'),
    areaM2: (u) => formatAreaCenti(Number(u.area_centi)),
    areaSource: (u) => u.area_source,
    isOwn: async (u, _a, ctx) => (await service.viewerRosterUnits(ctx)).some((own) => own.id === u.id),
    ownerNames: async (u, _a, ctx) => ((await seesOwner(ctx, u)) ? u.owner_names : null),
    ownerPhone: async (u, _a, ctx) => ((await seesOwner(ctx, u)) ? maskPhone(u.owner_phone) : null),
    proxies: async (u, _a, ctx) => ((await seesOwner(ctx, u)) ? ctx.db.selectFrom('roster_proxies').selectAll().where('compound_id', '=', u.compound_id).where('owner_key', '=', u.owner_key).orderBy('created_at').execute() : []),
    objections: async (u, _a, ctx) => {
      if (!(await seesOwner(ctx, u))) return []
      const rows = await ctx.db.selectFrom('roster_objections').selectAll().where('unit_id', '=', u.id).orderBy('created_at').execute()
      const own = (await service.viewerRosterUnits(ctx)).some((x) => x.id === u.id)
      const place = await placeOfBuilding(ctx).load(u.building_id)
      const staff = place !== null && readsRosterNames(ctx, { ...place, compoundId: u.compound_id })
      return staff ? rows : rows.filter((r) => own && r.account_id === ctx.viewer?.account.id)
    },
  },
  RosterObjection: {
    resolved: (o) => o.status === 'RESOLVED',
    createdAt: (o) => o.created_at,
  },
  RosterProxy: {
    unit: (x, _a, ctx) => required(service.rosterUnitById(ctx).load(x.unit_id), 'unit'),
    proxyName: (x) => x.proxy_name,
    proxyPhone: (x) => maskPhone(x.proxy_phone) ?? '',
    authorisation: (x, _a, ctx) => (x.photo_id ? mediaById(ctx).load(x.photo_id) : null),
    revoked: (x) => x.revoked_at !== null,
    createdAt: (x) => x.created_at,
  },
  RosterSummary: {
    units: async (s, _a, ctx) => (await store.rosterTotals(ctx.db, s.compoundId)).units,
    owners: async (s, _a, ctx) => (await store.rosterTotals(ctx.db, s.compoundId)).owners,
    areaM2: async (s, _a, ctx) => formatAreaCenti((await store.rosterTotals(ctx.db, s.compoundId)).areaCenti),
    proxyLimit: async (s, _a, ctx) => (await store.settingsOf(ctx.db, s.compoundId)).proxy_limit,
    objectionDays: async (s, _a, ctx) => (await store.settingsOf(ctx.db, s.compoundId)).objection_days,
  },
  Compound: {
    rosterSummary: (c) => ({ compoundId: c.id }),
  },
  Electorate: {
    frozenAt: (e) => e.frozen_at,
    areaM2: (e) => formatAreaCenti(Number(e.area_centi)),
    chainHead: (e) => e.chain_head,
    chainLength: (e) => Number(e.chain_length),
    objectionDays: (e) => Number(e.objection_days),
    everyoneVoted: async (e, _a, ctx) => (await electorateVoters(ctx.db, e.proposal_id)).every((v) => v.choice !== null),
    resultsNotice: (e, _a, ctx) => (e.results_notice_id ? noticeById(ctx).load(e.results_notice_id) : null),
  },
  Proposal: {
    electorate: (p, _a, ctx) => electorateOf(ctx, p.id),
    electorateUnits: async (p, { search, first, after }, ctx) => {
      requireCommittee(ctx, p)
      const limit = pageSize(first, 50)
      const cursor = decodeCursor(after, 1)
      const [units, ballots, buildings] = await Promise.all([store.electorateUnits(ctx.db, p.id), store.ownerBallots(ctx.db, p.id), store.buildingsOfCompound(ctx.db, p.compound_id)])
      const names = new Map(buildings.map((b) => [b.id, b]))
      const { counted, discrepancies } = countedBallots(ballots)
      const online = new Set(
        (await ctx.db.selectFrom('households').innerJoin('household_members', 'household_members.household_id', 'households.id').select(['households.building_id', 'households.unit', 'households.room']).where('household_members.relation', '=', 'OWNER').where('households.building_id', 'in', buildings.length ? buildings.map((b) => b.id) : ['']).execute()).map((h) => `${h.building_id}|${h.unit}|${h.room}`),
      )
      const byPlace = new Intl.Collator('zh-CN', { numeric: true })
      const rows = units
        .map((u) => ({ u, label: label(names.get(u.building_id)?.name ?? '', u), sort: names.get(u.building_id)?.sort ?? 0 }))
        .filter((r) => !search || r.label.includes(search.trim()))
        .sort((a, b) => a.sort - b.sort || byPlace.compare(a.label, b.label))
        .map((r, i) => ({ i, node: { unitId: r.u.unit_id, label: r.label, areaM2: formatAreaCenti(Number(r.u.area_centi)), kind: r.u.kind, voted: counted.has(r.u.owner_key), channel: counted.get(r.u.owner_key)?.channel ?? null, discrepancy: discrepancies.has(r.u.owner_key), online: online.has(`${r.u.building_id}|${r.u.unit}|${r.u.room}`) } }))
      // The frozen list is small (one compound) and sorted by place in memory; the cursor is the position.
      const start = cursor ? Number(cursor[0]) + 1 : 0
      const page = toConnection(rows.slice(start, start + limit + 1), limit, (r) => [r.i])
      return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: e.node.node })) }
    },
    voteReceipts: async (p, { search, first, after }, ctx) => {
      const limit = pageSize(first, 50)
      if (!(await electorateOf(ctx, p.id))) throw errors.conflict('这不是按业主名册进行的业主表决')
      if (!['PASSED', 'REJECTED', 'ACTING', 'DONE'].includes(p.stage)) throw errors.conflict('投票结束后才公布计票明细')
      const cursor = decodeCursor(after, 1)
      const page = await receiptsPage(ctx.db, p, search ?? null, cursor ? String(cursor[0]) : null, limit)
      return { ...toConnection(page.rows, limit, (r) => [r.receipt]), totalCount: page.totalCount, chainHead: page.chainHead }
    },
    viewerProxyUnits: async (p, _a, ctx) => {
      if (!(await electorateOf(ctx, p.id))) return []
      const ids = [...new Set((await viewerProxies(ctx, p)).map((x) => x.unit_id))]
      return (await service.rosterUnitById(ctx).loadMany(ids)).filter((u): u is RosterUnitRow => u !== null && !(u instanceof Error))
    },
  },
  HouseholdClaim: {
    rosterMatch: (c, _a, ctx) => rosterMatch(ctx, c),
  },
}

