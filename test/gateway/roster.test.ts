import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'

// The owners' roster (业主名册): imported from the register's CSV or XLSX through its own upload,
// previewed with every row's problems before anything is written, committed, fixed row by row
// (audited); shown to residents as 公示 without names, each owner's own entry whole; claims
// compared with it.

const IMPORT = `query($id: ID!) { rosterImport(id: $id) { fileName committed rowCount problemRowCount rows { line building unit room areaM2 areaSource ownerNames phone kind problems problemText } } }`
const COMMIT = `mutation($id: ID!) { commitRosterImport(id: $id) { written skipped } }`
const ROSTER = `query($c: ID!, $s: String, $first: Int, $after: String) { roster(compoundId: $c, search: $s, first: $first, after: $after) { edges { node { id label areaM2 kind isOwn ownerNames ownerPhone } } pageInfo { hasNextPage endCursor } } }`
const SUMMARY = `query { communities { name compounds { id name rosterSummary { units owners areaM2 proxyLimit objectionDays } } } }`
const UPDATE = `mutation($id: ID!, $input: RosterUnitInput!) { updateRosterUnit(id: $id, input: $input) { id label areaM2 ownerNames ownerPhone } }`
const ADD = `mutation($c: ID!, $input: RosterUnitInput!) { addRosterUnit(compoundId: $c, input: $input) { id label areaM2 } }`
const OBJECT = `mutation($id: ID!, $body: String!) { objectToRosterUnit(id: $id, body: $body) { id body resolved } }`
const MINE = `{ myRosterUnits { id label areaM2 ownerNames ownerPhone isOwn objections { body resolved } } }`

const CSV_GOOD = ['楼栋,单元,室号,专有面积,面积来源,业主姓名,联系电话,类型', '1号楼,1,0101,89.50,不动产登记,赵一,13900000001,住宅', '1号楼,1,0102,90.25,测绘,钱二,13900000002,住宅', '2号楼,1,101,60,合同,孙三,13900000003,住宅', '商铺楼,1,S1,45.5,不动产登记,李四,13900000004,商铺'].join('\n')
const CSV_BAD = ['楼栋,单元,室号,专有面积,业主姓名,联系电话', '1号楼,1,201,88,周五,13900000005', '1号楼,1,201,87,吴六,13900000006', '2号楼,1,202,,郑七,', '2号楼,1,203,0,王八,', '2号楼,1,204,-5,冯九,', '9号楼,1,101,70,陈十,', '2号楼,1,205,72.3,褚十一,'].join('\n')

async function xlsx(rows: (string | number)[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  const sheet = wb.addWorksheet('名册')
  for (const r of rows) sheet.addRow(r)
  return new Uint8Array(await wb.xlsx.writeBuffer())
}

describe.each(ENGINES)('owners’ roster on $name', (engine) => {
  let t: TestGateway
  let places: Awaited<ReturnType<typeof demoPlaces>>
  let admin: string
  let xinhua: { id: string; buildings: { id: string; name: string }[] }
  beforeAll(async () => {
    t = await startGateway(engine)
    places = await demoPlaces(t)
    admin = await t.signIn('admin-xinhuadongjie')
    xinhua = places.community('新华东街社区').compounds[0]!
  })
  afterAll(() => t?.close())

  const upload = async (token: string | null, compoundId: string, name: string, bytes: Uint8Array | string) => {
    const form = new FormData()
    form.append('file', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]), name)
    const res = await fetch(`${t.url}/roster/import?compoundId=${compoundId}`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} })
    return { status: res.status, body: (await res.json()) as { id?: string; rowCount?: number; problemRowCount?: number; error?: { code: string; message: string } } }
  }
  const unitCount = async (compoundId: string) => Number((await t.gateway.db.selectFrom('roster_units').select((eb) => eb.fn.countAll<number>().as('n')).where('compound_id', '=', compoundId).executeTakeFirstOrThrow()).n)

  it('previews a bad file naming every row’s problem, writes nothing until commit, then only the good rows', async () => {
    expect((await upload(null, xinhua.id, 'r.csv', CSV_BAD)).status).toBe(401)
    expect((await upload(await t.signIn('resident-changbaoe'), xinhua.id, 'r.csv', CSV_BAD)).body.error?.code).toBe('FORBIDDEN')
    expect((await upload(await t.signIn('committee-zhongwang'), xinhua.id, 'r.csv', CSV_BAD)).body.error?.code).toBe('FORBIDDEN') // another compound's committee
    expect((await upload(admin, xinhua.id, 'r.csv', '姓名,电话\n张三,1')).body.error).toEqual({ code: 'BAD_USER_INPUT', message: '找不到表头:需要“楼栋”“单元”“室号”“专有面积”“业主”等列' })
    expect((await upload(admin, xinhua.id, 'r.xlsx', 'not a spreadsheet')).body.error?.code).toBe('BAD_USER_INPUT')

    const { status, body } = await upload(admin, xinhua.id, '名册.csv', CSV_BAD)
    expect(status).toBe(201)
    expect(body).toMatchObject({ rowCount: 7, problemRowCount: 6 })
    expect(await unitCount(xinhua.id)).toBe(0) // nothing written by the preview
    const preview = (await t.ok(IMPORT, { id: body.id }, admin)).rosterImport
    expect(preview).toMatchObject({ fileName: '名册.csv', committed: false, rowCount: 7, problemRowCount: 6 })
    expect(preview.rows.map((r: any) => [r.line, r.room, r.problems])).toEqual([
      [2, '201', ['DUPLICATE_ROOM']],
      [3, '201', ['DUPLICATE_ROOM']],
      [4, '202', ['MISSING_AREA']],
      [5, '203', ['AREA_NOT_POSITIVE']],
      [6, '204', ['AREA_NOT_POSITIVE']],
      [7, '101', ['UNKNOWN_BUILDING']],
      [8, '205', []],
    ])
    expect(preview.rows[0]).toMatchObject({ problemText: ['房号重复'], phone: '13900000005', areaM2: '88.00' }) // the preview alone shows the phone whole
    expect(preview.rows[2].problemText).toEqual(['缺少专有面积'])
    expect(preview.rows[5].problemText).toEqual(['楼栋不在本小区'])
    expect((await t.ok(IMPORT, { id: body.id }, await t.signIn('resident-changbaoe'))).rosterImport).toBeNull()

    expect((await t.ok(COMMIT, { id: body.id }, admin)).commitRosterImport).toEqual({ written: 1, skipped: 6 })
    expect(await t.code(COMMIT, { id: body.id }, admin)).toBe('CONFLICT')
    expect(await unitCount(xinhua.id)).toBe(1)
  })

  it('imports a good CSV and XLSX, keeps room numbers as written, and counts owners by the SPC rules', async () => {
    const csv = await upload(admin, xinhua.id, 'good.csv', CSV_GOOD)
    expect(csv.body).toMatchObject({ rowCount: 4, problemRowCount: 0 })
    expect((await t.ok(COMMIT, { id: csv.body.id }, admin)).commitRosterImport).toEqual({ written: 4, skipped: 0 })
    const book = await xlsx([
      ['新华东街小区业主名册(物业导出)'],
      ['楼栋', '单元', '室号', '不动产登记面积', '测绘面积', '业主', '手机', '类型'],
      ['2号楼', 1, 301, 95.12, 96, '赵一', '13900000001', '住宅'], // 赵一 again: one owner of two units
      ['2号楼', 1, 302, '', 101.5, '', '', '开发商未售'],
      ['2号楼', 1, 303, 88, '', '', '', '开发商未售'],
    ])
    const x = await upload(admin, xinhua.id, 'good.xlsx', book)
    expect(x.body).toMatchObject({ rowCount: 3, problemRowCount: 0 })
    expect((await t.ok(IMPORT, { id: x.body.id }, admin)).rosterImport.rows.map((r: any) => [r.room, r.areaM2, r.areaSource, r.kind])).toEqual([
      ['301', '95.12', 'REGISTRY', 'RESIDENTIAL'], ['302', '101.50', 'SURVEY', 'DEVELOPER_UNSOLD'], ['303', '88.00', 'REGISTRY', 'DEVELOPER_UNSOLD'],
    ])
    await t.ok(COMMIT, { id: x.body.id }, admin)
    const rooms = (await t.gateway.db.selectFrom('roster_units').select('room').where('compound_id', '=', xinhua.id).execute()).map((r) => r.room)
    expect(rooms).toEqual(expect.arrayContaining(['0101', '0102', 'S1']))
    // 8 units (205 from the first test, 4 + 3 here); owners: 赵一 once for two units, the developer once for two.
    const summary = (await t.ok(SUMMARY, {}, admin)).communities.find((c: any) => c.name === '新华东街社区').compounds[0].rosterSummary
    expect(summary).toEqual({ units: 8, owners: 6, areaM2: '642.17', proxyLimit: 3, objectionDays: 7 })
  })

  it('fixes a row and adds a missing one, every change audited; refuses a fix that collides', async () => {
    const b1 = xinhua.buildings.find((b) => b.name === '1号楼')!
    const [unit] = await t.gateway.db.selectFrom('roster_units').selectAll().where('compound_id', '=', xinhua.id).where('room', '=', '0101').execute()
    const input = { buildingId: b1.id, unit: '1', room: '0101', areaM2: '89.55', areaSource: 'SURVEY', ownerNames: '赵一', ownerPhone: '13900000001', kind: 'RESIDENTIAL' }
    expect(await t.code(UPDATE, { id: unit!.id, input }, await t.signIn('resident-changbaoe'))).toBe('FORBIDDEN')
    expect(await t.code(UPDATE, { id: unit!.id, input: { ...input, areaM2: '0' } }, admin)).toBe('BAD_USER_INPUT')
    expect(await t.code(UPDATE, { id: unit!.id, input: { ...input, room: '0102' } }, admin)).toBe('CONFLICT')
    expect((await t.ok(UPDATE, { id: unit!.id, input }, admin)).updateRosterUnit).toMatchObject({ label: '1号楼 1单元 0101室', areaM2: '89.55', ownerNames: '赵一', ownerPhone: '139****0001' })
    const added = (await t.ok(ADD, { c: xinhua.id, input: { ...input, room: '201', areaM2: '88' } }, admin)).addRosterUnit
    expect(added).toMatchObject({ label: '1号楼 1单元 201室', areaM2: '88.00' })
    expect(await t.code(ADD, { c: xinhua.id, input: { ...input, room: '201', areaM2: '88' } }, admin)).toBe('CONFLICT')
    const audit = await t.ok('query($c: ID!) { auditLog(communityId: $c, first: 100) { edges { node { action subjectId details } } } }', { c: places.community('新华东街社区').id }, admin)
    const entries = audit.auditLog.edges.map((e: any) => e.node)
    expect(entries.filter((e: any) => e.action === 'roster.import')).toHaveLength(3)
    const fix = entries.find((e: any) => e.action === 'roster.update_unit' && e.subjectId === unit!.id)
    expect(fix.details.before).toMatchObject({ areaCenti: 8950, areaSource: 'REGISTRY' })
    expect(fix.details.after).toMatchObject({ areaCenti: 8955, areaSource: 'SURVEY' })
    expect(JSON.stringify(fix.details)).not.toContain('1390000') // no phone in the audit log
    // The app never sees the full phone: a fix without ownerPhone keeps the number and the owner key.
    const keyBefore = (await t.gateway.db.selectFrom('roster_units').select('owner_key').where('id', '=', unit!.id).executeTakeFirstOrThrow()).owner_key
    const { ownerPhone: _phone, ...withoutPhone } = input
    expect((await t.ok(UPDATE, { id: unit!.id, input: { ...withoutPhone, areaM2: '89.56' } }, admin)).updateRosterUnit).toMatchObject({ areaM2: '89.56', ownerPhone: '139****0001' })
    expect((await t.gateway.db.selectFrom('roster_units').select(['owner_key', 'owner_phone']).where('id', '=', unit!.id).executeTakeFirstOrThrow())).toEqual({ owner_key: keyBefore, owner_phone: '13900000001' })
    expect(entries.some((e: any) => e.action === 'roster.add_unit' && e.subjectId === added.id)).toBe(true)
  })

  it('shows residents their compound’s roster without names, their own entry whole, and takes their objection', async () => {
    const resident = await t.signIn('resident-changbaoe') // 1号楼 1单元 101室 of 众望小区, an owner
    const first = (await t.ok(ROSTER, { c: places.zhongwang.id, first: 50 }, resident)).roster
    expect(first.edges).toHaveLength(50)
    expect(first.pageInfo.hasNextPage).toBe(true)
    const all = [...first.edges]
    let after = first.pageInfo.endCursor
    while (after) {
      const page = (await t.ok(ROSTER, { c: places.zhongwang.id, first: 50, after }, resident)).roster
      all.push(...page.edges)
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null
    }
    expect(all).toHaveLength(124) // 120 flats and 4 shops
    expect(new Set(all.map((e: any) => e.node.id)).size).toBe(124)
    const own = all.filter((e: any) => e.node.isOwn).map((e: any) => e.node)
    expect(own).toEqual([expect.objectContaining({ label: '1号楼 1单元 101室', areaM2: '86.50' })])
    expect(own[0].ownerNames).toBeTruthy()
    expect(own[0].ownerPhone).toMatch(/^\d{3}\*{4}\d{4}$/)
    expect(all.filter((e: any) => !e.node.isOwn).every((e: any) => e.node.ownerNames === null && e.node.ownerPhone === null)).toBe(true)
    // Staff see names (phones masked).
    const staffView = (await t.ok(ROSTER, { c: places.zhongwang.id, s: '501' }, await t.signIn('committee-zhongwang'))).roster.edges.map((e: any) => e.node)
    expect(staffView.find((u: any) => u.label === '2号楼 1单元 501室')).toMatchObject({ ownerNames: '王建国', ownerPhone: '139****1234' })
    // Outsiders see nothing.
    expect(await t.code(ROSTER, { c: places.zhongwang.id }, await t.signIn('outsider-roster'))).toBe('FORBIDDEN')
    expect(await t.code(ROSTER, { c: places.zhongwang.id })).toBe('FORBIDDEN')

    const mine = (await t.ok(MINE, {}, resident)).myRosterUnits
    expect(mine).toHaveLength(1)
    expect(await t.code(OBJECT, { id: mine[0].id, body: '' }, resident)).toBe('BAD_USER_INPUT')
    const other = all.find((e: any) => !e.node.isOwn).node
    expect(await t.code(OBJECT, { id: other.id, body: '面积不对' }, resident)).toBe('FORBIDDEN')
    expect((await t.ok(OBJECT, { id: mine[0].id, body: '不动产证面积是 86.65 平方米' }, resident)).objectToRosterUnit).toMatchObject({ resolved: false })
    expect((await t.ok(MINE, {}, resident)).myRosterUnits[0].objections).toEqual([{ body: '不动产证面积是 86.65 平方米', resolved: false }])
  })

  it('matches a claim to its roster unit by name or phone to pre-fill the review, never approving it, and says when nothing matches', async () => {
    const claimant = await t.signIn('claimant-wang')
    await t.ok('mutation { updateProfile(input: { realName: "王建国" }) { id } }', {}, claimant)
    const b2 = places.building('2号楼').id
    const CLAIM = `mutation($input: ClaimHouseholdInput!) { claimHousehold(input: $input) { id status rosterMatch { status message unit { label areaM2 } } } }`
    const named = (await t.ok(CLAIM, { input: { buildingId: b2, unit: '1', room: '501', areaM2: 90 } }, claimant)).claimHousehold
    expect(named).toMatchObject({ status: 'PENDING', rosterMatch: { status: 'NAME', unit: { label: '2号楼 1单元 501室' } } })
    const stranger = (await t.ok(CLAIM, { input: { buildingId: b2, unit: '1', room: '402', areaM2: 90 } }, claimant)).claimHousehold
    expect(stranger.rosterMatch.status).toBe('ROOM_ONLY')
    const nothing = (await t.ok(CLAIM, { input: { buildingId: b2, unit: '9', room: '999', areaM2: 90 } }, claimant)).claimHousehold
    expect(nothing.rosterMatch).toEqual({ status: 'NO_UNIT', unit: null, message: '业主名册中没有这一户(楼栋、单元、室号对不上),请核实房号或先补录名册。' })
    // The reviewer sees the same match in the queue; the claim is still pending.
    const queue = await t.ok('{ householdClaimsToReview(first: 50) { edges { node { id status rosterMatch { status unit { areaM2 } } } } } }', {}, await t.signIn('grid-zhongwang-1'))
    expect(queue.householdClaimsToReview.edges.map((e: any) => e.node).find((n: any) => n.id === named.id)).toMatchObject({ status: 'PENDING', rosterMatch: { status: 'NAME' } })
  })
})
