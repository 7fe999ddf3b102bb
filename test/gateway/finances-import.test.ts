import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { brokenLink } from '../../gateway/modules/finances/chain'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'

// A month of the steward's spreadsheet through POST /finances/import over real HTTP, on both
// engines: who may import (the compound's steward or committee, nobody else), the files refused
// and why, a CSV and an XLSX previewed with every row's problems named and nothing written, then
// committed once: the good rows only, as pending entries on an unbroken chain, waiting for a
// second committee member before residents see them.

const IMPORT = `query($id: ID!) { financeImport(id: $id) { fileName committed rowCount problemRowCount rows { line date accountName account amountFen counterparty description problems } } }`
const COMMIT = `mutation($id: ID!) { commitFinanceImport(id: $id) { written skipped } }`
const ENTRY = `query($id: ID!) { financeEntry(id: $id) { id status amountFen account counterparty { kind name } viewerCanApprove } }`
const APPROVE = `mutation($id: ID!) { approveFinanceEntry(id: $id) { id status } }`
const STATEMENT = `query($c: ID!, $p: String!) { financeStatement(compoundId: $c, period: $p) { incomeFen spendingFen entryCount } }`
const ACCESS = `query($c: ID!) { financeAccess(compoundId: $c) { compound { name } records approves keeps reads } }`
const GRANT = `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }`

const MONTH = '2024-05'
const CSV = [
  '日期,科目,金额,收付款方,对方类型,摘要',
  '2024/5/3,物业费收入,"12,345.67",李四,个人,五月物业费(1号楼)', // 3 good rows, written as yuan three ways
  '2024年5月8日,保洁,880,东营保洁服务公司,单位,五月保洁费',
  '2024-05-20,停车费,¥1 200.50,,,五月临时停车费', // no counterparty: allowed
  '2024-02-30,维修,100,五金店,,维修材料', // BAD_DATE
  '2099-05-01,维修,100,五金店,,维修材料', // FUTURE_DATE
  '2024-06-01,维修,100,五金店,,维修材料', // OTHER_MONTH
  '2024-05-09,餐饮,100,饭店,,聚餐', // UNKNOWN_ACCOUNT
  '2024-05-09,维修资金支取,100,施工队,,东门路灯', // FUND_DRAW
  '2024-05-10,维修,12.345,五金店,,维修材料一', // BAD_AMOUNT: more than fen
  '2024-05-10,维修,1e5,五金店,,维修材料二', // BAD_AMOUNT: not written as yuan
  '2024-05-10,维修,0,五金店,,维修材料三', // AMOUNT_NOT_POSITIVE
  '2024-05-10,维修,-5,五金店,,维修材料四', // AMOUNT_NOT_POSITIVE (corrections are reversing entries)
  '2024-05-10,维修,100000000.01,五金店,,维修材料五', // AMOUNT_TOO_LARGE
  '2024-05-11,绿化,300,绿化队,,', // MISSING_DESCRIPTION
  '2024-05-12,水电公摊,450,供电所,,五月公共照明电费', // DUPLICATE_ROW ×2
  '2024-05-12,水电公摊,450,供电所,,五月公共照明电费',
  ',,,,,', // blank: skipped, not a row
  '2024-13-01,哈哈,abc,,,', // every problem at once
].join('\n')

async function xlsx(rows: unknown[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  const sheet = wb.addWorksheet('五月')
  for (const r of rows) sheet.addRow(r)
  return new Uint8Array(await wb.xlsx.writeBuffer())
}

describe.each(ENGINES)('finance import on $name', (engine) => {
  let t: TestGateway
  let zw: string
  let steward: string
  let committee: string
  let committeeB: string
  let resident: string
  let xinhuaCommittee: string
  let admin: string
  beforeAll(async () => {
    t = await startGateway(engine)
    const places = await demoPlaces(t)
    zw = places.zhongwang.id
    const xinhua = places.community('新华东街社区').compounds[0]!.id
    ;[steward, committee, resident, admin] = await Promise.all([t.signIn('steward-zhongwang'), t.signIn('committee-zhongwang'), t.signIn('resident-changbaoe'), t.signIn('admin-dongyingpan')])
    committeeB = await t.signIn('committee-zhongwang-b', '物管会二号')
    xinhuaCommittee = await t.signIn('committee-xinhua', '新华物管会')
    const id = async (tok: string) => (await t.ok('{ viewer { id } }', {}, tok)).viewer.id
    await t.ok(GRANT, { input: { personId: await id(committeeB), role: 'COMMITTEE', scopeId: zw } }, admin)
    await t.ok(GRANT, { input: { personId: await id(xinhuaCommittee), role: 'COMMITTEE', scopeId: xinhua } }, await t.signIn('admin-xinhuadongjie'))
  })
  afterAll(() => t?.close())

  const upload = async (token: string | null, name: string, bytes: Uint8Array | string, query = `compoundId=${zw}&month=${MONTH}`) => {
    const form = new FormData()
    form.append('file', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]), name)
    const res = await fetch(`${t.url}/finances/import?${query}`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} })
    return { status: res.status, body: (await res.json()) as { id?: string; rowCount?: number; problemRowCount?: number; error?: { code: string; message: string } } }
  }
  const entries = () => t.gateway.db.selectFrom('finance_entries').selectAll().where('compound_id', '=', zw).orderBy('seq').execute()
  const imports = async () => Number((await t.gateway.db.selectFrom('finance_imports').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)

  it('tells each viewer what they may do with the compound’s books, as the gateway enforces it', async () => {
    const of = async (token: string | null) => {
      const { compound, ...rest } = (await t.ok(ACCESS, { c: zw }, token)).financeAccess
      expect(compound.name).toBe('众望小区')
      return rest
    }
    expect(await of(steward)).toEqual({ records: true, approves: false, keeps: true, reads: true })
    expect(await of(committee)).toEqual({ records: true, approves: true, keeps: true, reads: true })
    expect(await of(admin)).toEqual({ records: false, approves: false, keeps: true, reads: true })
    expect(await of(resident)).toEqual({ records: false, approves: false, keeps: false, reads: true })
    expect(await of(xinhuaCommittee)).toEqual({ records: false, approves: false, keeps: false, reads: false })
    expect(await of(null)).toEqual({ records: false, approves: false, keeps: false, reads: false })
    expect(await t.code(ACCESS, { c: 'nope' }, committee)).toBe('NOT_FOUND')
  })

  it('lets only the compound’s steward and committee import, and refuses files it cannot read, each in words', async () => {
    expect(await upload(null, 'm.csv', CSV)).toEqual({ status: 401, body: { error: { code: 'UNAUTHENTICATED', message: '请先登录再导入账目' } } })
    expect(await upload(resident, 'm.csv', CSV)).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN', message: '只有本小区的管家或物管会成员可以导入账目' } } })
    expect((await upload(xinhuaCommittee, 'm.csv', CSV)).body.error?.code).toBe('FORBIDDEN') // another compound's committee
    expect((await upload(admin, 'm.csv', CSV)).body.error?.code).toBe('FORBIDDEN') // the community's admin keeps the books' view, not the pen
    expect((await upload(steward, 'm.csv', CSV, `compoundId=nope&month=${MONTH}`))).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } })
    expect(await imports()).toBe(0)

    const refusal = async (name: string, bytes: Uint8Array | string, query?: string) => {
      const r = await upload(steward, name, bytes, query)
      expect(r.status, name).toBeGreaterThanOrEqual(400)
      expect(r.body.error?.code, name).toBe('BAD_USER_INPUT')
      return r.body.error!.message
    }
    expect(await refusal('m.csv', CSV, `compoundId=${zw}&month=2024-5`)).toBe('月份格式为 YYYY-MM')
    expect(await refusal('m.csv', '姓名,电话\n张三,1')).toBe('找不到表头:需要“日期”“科目”“金额”“收付款方”“摘要”等列')
    expect(await refusal('m.csv', '日期,金额,摘要\n2024-05-01,100,缺科目')).toBe('表头缺少:科目')
    expect(await refusal('m.csv', '日期,科目,金额,摘要\n')).toBe('文件中没有数据行')
    expect(await refusal('m.xls', 'not a spreadsheet')).toBe('请上传 .xlsx 或 .csv 文件(旧版 .xls 请先另存为 .xlsx)')
    expect(await refusal('m.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe('文件无法读取,请确认是 Excel(.xlsx)或 CSV 文件')
    const gbk = new Uint8Array([...Buffer.from('日期,科目,金额,摘要\n'), 0xc8, 0xd5, 0xc6, 0xda, 0x0a]) // GBK bytes after a UTF-8 header
    expect(await refusal('m.csv', gbk)).toBe('CSV 文件需为 UTF-8 编码(在 Excel 中另存为“CSV UTF-8”)')
    const tooMany = ['日期,科目,金额,摘要', ...Array.from({ length: 5_001 }, (_, i) => `2024-05-01,保洁,1,第${i}行`)].join('\n')
    expect(await refusal('m.csv', tooMany)).toBe('一次最多导入 5000 行')
    const big = await upload(steward, 'm.csv', `日期,科目,金额,摘要\n${'x'.repeat(2 * 1024 * 1024)}`)
    expect(big).toEqual({ status: 413, body: { error: { code: 'BAD_USER_INPUT', message: '账目文件不能超过 2 MB' } } })
    const plain = await fetch(`${t.url}/finances/import?compoundId=${zw}`, { method: 'POST', body: CSV, headers: { authorization: `Bearer ${steward}`, 'content-type': 'text/csv' } })
    expect(await plain.json()).toEqual({ error: { code: 'BAD_USER_INPUT', message: '请以 multipart/form-data 上传账目文件(字段名 file)' } })
    const wrongField = new FormData()
    wrongField.append('sheet', new Blob([CSV]), 'm.csv')
    const misnamed = await fetch(`${t.url}/finances/import?compoundId=${zw}`, { method: 'POST', body: wrongField, headers: { authorization: `Bearer ${steward}` } })
    expect(await misnamed.json()).toEqual({ error: { code: 'BAD_USER_INPUT', message: '请以字段名 file 上传账目文件' } })
    expect(await imports()).toBe(0)
  })

  it('previews a CSV naming every row’s problem and writes nothing; commits the good rows once, pending, on an unbroken chain', async () => {
    const before = await entries()
    const { status, body } = await upload(steward, '五月账目.csv', CSV)
    expect(status).toBe(201)
    expect(body).toMatchObject({ rowCount: 17, problemRowCount: 14 })
    expect(await entries()).toHaveLength(before.length) // the preview wrote no entry

    const preview = (await t.ok(IMPORT, { id: body.id }, committee)).financeImport
    expect(preview).toMatchObject({ fileName: '五月账目.csv', committed: false, rowCount: 17, problemRowCount: 14 })
    const rows = preview.rows
    expect(rows.slice(0, 3).map((r: any) => [r.line, r.date, r.account, r.amountFen, r.counterparty, r.problems])).toEqual([
      [2, '2024-05-03', 'PROPERTY_FEE', '1234567', '李四', []],
      [3, '2024-05-08', 'CLEANING', '88000', '东营保洁服务公司', []],
      [4, '2024-05-20', 'PARKING', '120050', '', []],
    ])
    expect(rows.slice(3).map((r: any) => [r.line, r.problems])).toEqual([
      [5, ['日期无效(格式 2026-11-05)']],
      [6, ['日期晚于今天']],
      [7, ['日期不在导入的月份内']],
      [8, ['科目无法识别(物业费收入、停车费、公共收益、人工、保洁、绿化、维修、水电公摊、其他)']],
      [9, ['维修资金支取须单独记账并关联业主表决,不能批量导入']],
      [10, ['金额不是有效数字(元,最多两位小数)']],
      [11, ['金额不是有效数字(元,最多两位小数)']],
      [12, ['金额必须大于 0']],
      [13, ['金额必须大于 0']],
      [14, ['单笔金额不能超过 1 亿元']],
      [15, ['缺少摘要']],
      [16, ['与另一行完全相同']],
      [17, ['与另一行完全相同']],
      [19, ['日期无效(格式 2026-11-05)', '科目无法识别(物业费收入、停车费、公共收益、人工、保洁、绿化、维修、水电公摊、其他)', '金额不是有效数字(元,最多两位小数)', '缺少摘要']],
    ])
    expect(rows[6]).toMatchObject({ accountName: '餐饮', account: null })
    expect(rows[9].amountFen).toBeNull()
    // The preview is the recorders' alone.
    expect((await t.ok(IMPORT, { id: body.id }, resident)).financeImport).toBeNull()
    expect((await t.ok(IMPORT, { id: body.id }, xinhuaCommittee)).financeImport).toBeNull()
    expect((await t.ok(IMPORT, { id: body.id }, null)).financeImport).toBeNull()
    expect(await t.code(COMMIT, { id: body.id }, resident)).toBe('NOT_FOUND')
    expect(await t.code(COMMIT, { id: body.id }, xinhuaCommittee)).toBe('NOT_FOUND')
    expect(await entries()).toHaveLength(before.length)

    // Two commits at once: one writes, the other is told it was done.
    const [a, b] = await Promise.all([t.gql(COMMIT, { id: body.id }, committee), t.gql(COMMIT, { id: body.id }, steward)])
    const results = [a, b]
    expect(results.filter((r) => !r.errors).map((r) => r.data?.commitFinanceImport)).toEqual([{ written: 3, skipped: 14 }])
    expect(results.filter((r) => r.errors).map((r) => r.errors?.[0]?.extensions?.code)).toEqual(['CONFLICT'])
    expect(await t.code(COMMIT, { id: body.id }, committee)).toBe('CONFLICT')
    expect((await t.ok(IMPORT, { id: body.id }, committee)).financeImport.committed).toBe(true)

    const after = await entries()
    const written = after.filter((e) => e.import_id === body.id)
    expect(written.map((e) => [e.entry_date, e.account, String(e.amount_fen), e.status])).toEqual([
      ['2024-05-03', 'PROPERTY_FEE', '1234567', 'PENDING'],
      ['2024-05-08', 'CLEANING', '88000', 'PENDING'],
      ['2024-05-20', 'PARKING', '120050', 'PENDING'],
    ])
    expect(after).toHaveLength(before.length + 3)
    expect(after.map((r) => Number(r.seq))).toEqual(after.map((_, i) => i + 1))
    expect(brokenLink(after)).toBeNull()
    const chain = await t.gateway.db.selectFrom('finance_chains').selectAll().where('compound_id', '=', zw).executeTakeFirstOrThrow()
    expect([chain.head, Number(chain.length)]).toEqual([after.at(-1)!.hash, after.length])

    // Pending: residents see nothing of it until a committee member other than the recorder approves.
    expect((await t.ok(STATEMENT, { c: zw, p: MONTH }, resident)).financeStatement).toEqual({ incomeFen: '0', spendingFen: '0', entryCount: 0 })
    const fee = written[0]!
    expect((await t.ok(ENTRY, { id: fee.id }, resident)).financeEntry).toBeNull()
    const committer = results.find((r) => !r.errors) === a ? committee : steward
    expect((await t.ok(ENTRY, { id: fee.id }, committer)).financeEntry.viewerCanApprove).toBe(false)
    for (const e of written) await t.ok(APPROVE, { id: e.id }, committer === committee ? committeeB : committee)
    expect((await t.ok(STATEMENT, { c: zw, p: MONTH }, resident)).financeStatement).toEqual({ incomeFen: String(1234567 + 120050), spendingFen: '88000', entryCount: 3 })
    expect((await t.ok(ENTRY, { id: fee.id }, resident)).financeEntry.counterparty).toEqual({ kind: 'PERSON', name: '李*' }) // a private person, masked
    expect((await t.ok(ENTRY, { id: fee.id }, committee)).financeEntry.counterparty).toEqual({ kind: 'PERSON', name: '李四' })

    const audit = await t.ok('query($c: ID!) { auditLog(communityId: $c, first: 100) { edges { node { action details } } } }', { c: fee.community_id }, admin)
    expect(audit.auditLog.edges.map((e: any) => e.node).filter((n: any) => n.action === 'finance.import')).toEqual([
      { action: 'finance.import', details: { importId: body.id, fileName: '五月账目.csv', written: 3, skipped: 14 } },
    ])
  })

  it('reads an XLSX as Excel shows it: a title row, date cells, numbers and formula results', async () => {
    const book = await xlsx([
      ['众望小区 2024 年 5 月收支明细(物业导出)'],
      ['记账日期', '类别', '金额(元)', '往来单位', '摘要'],
      [new Date(Date.UTC(2024, 4, 15)), '绿化', 1234.5, '东营园林', '草坪修剪'],
      ['2024-05-16', '公共收益', { formula: '0.1+0.2', result: 0.1 + 0.2 }, '广告公司', '电梯广告(公式算出)'],
      [new Date(Date.UTC(2024, 4, 17)), '人工', 'three hundred', '管家服务站', '人工费'],
      [new Date(Date.UTC(2024, 3, 30)), '人工', 300, '管家服务站', '四月人工费'],
    ])
    const before = await entries()
    // As WeChat sends it: the part named after a temporary copy, the chosen name beside it.
    const form = new FormData()
    form.append('fileName', '五月.xlsx')
    form.append('file', new Blob([new Uint8Array(book)]), 'tmp_3f9a.xlsx')
    const res = await fetch(`${t.url}/finances/import?compoundId=${zw}&month=${MONTH}`, { method: 'POST', body: form, headers: { authorization: `Bearer ${committee}` } })
    const [status, body] = [res.status, (await res.json()) as { id: string }]
    expect(status).toBe(201)
    expect(body).toMatchObject({ rowCount: 4, problemRowCount: 2 })
    const { fileName, rows } = (await t.ok(IMPORT, { id: body.id }, steward)).financeImport
    expect(fileName).toBe('五月.xlsx')
    expect(rows.map((r: any) => [r.line, r.date, r.account, r.amountFen, r.problems])).toEqual([
      [3, '2024-05-15', 'GREENING', '123450', []],
      [4, '2024-05-16', 'SHARED_INCOME', '30', []],
      [5, '2024-05-17', 'LABOUR', null, ['金额不是有效数字(元,最多两位小数)']],
      [6, '2024-04-30', 'LABOUR', '30000', ['日期不在导入的月份内']],
    ])
    expect(await entries()).toHaveLength(before.length)
    expect((await t.ok(COMMIT, { id: body.id }, steward)).commitFinanceImport).toEqual({ written: 2, skipped: 2 })
    const after = await entries()
    expect(after.slice(before.length).map((e) => [e.account, String(e.amount_fen), e.status])).toEqual([['GREENING', '123450', 'PENDING'], ['SHARED_INCOME', '30', 'PENDING']])
    expect(brokenLink(after)).toBeNull()
  })
})
