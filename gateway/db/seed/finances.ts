import type { MediaStorage } from '../../modules/media/storage'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { DB } from '../database'
import { newId } from '../../lib/ids'
import { todayInBeijing } from '../../../src/lib/beijing-time'
import { appendEntry } from '../../modules/finances/ledger'
import type { CounterpartyKind, FinanceAccount } from '../../modules/finances/tables'

// A year of 众望小区's accounts, as the source page tells it: after the "东营管家" service station
// took over, the property fee stayed unchanged (物业费用不变) and income and spending balance with a
// small surplus every month (资金收支平衡). Every entry recorded by the steward and approved by the
// committee; the maintenance fund's balance carried in, and the east-gate lights drawn against the
// owners' passed decision "使用维修资金维修东门路灯" with its receipt; one resident's question
// answered, another's waiting.

const VOUCHER = path.join(__dirname, 'assets', 'zhongwang-voucher.png')
const REPAIRS = [32000, 56000, 21000, 88000, 40000, 26000, 145000, 30000, 52000, 61000, 38000, 70000]

interface Line { day: number; account: FinanceAccount; fen: number; description: string; counterparty?: [CounterpartyKind, string] }

function monthsBefore(today: string, count: number): string[] {
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))]
  return Array.from({ length: count }, (_, i) => {
    const index = y * 12 + (m - 1) - (count - i)
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
  })
}

function linesOf(month: string, i: number): Line[] {
  const m = Number(month.slice(5, 7))
  const summer = m >= 4 && m <= 9
  const winter = m === 12 || m <= 2
  const lines: Line[] = [
    { day: 10, account: 'PROPERTY_FEE', fen: 744000 - (i % 3) * 12000, description: `${m}月物业费(标准不变,124户)` },
    { day: 12, account: 'PARKING', fen: 185000, description: `${m}月停车费` },
    { day: 15, account: 'SHARED_INCOME', fen: 60000, description: '车棚旁摊位租金', counterparty: ['PERSON', '张秀兰'] },
    { day: 25, account: 'LABOUR', fen: 480000, description: '服务站人员工资', counterparty: ['ORGANISATION', '东营管家服务站'] },
    { day: 25, account: 'CLEANING', fen: 120000, description: '公共区域保洁', counterparty: ['ORGANISATION', '东营管家服务站'] },
    { day: 20, account: 'GREENING', fen: summer ? 45000 : 15000, description: summer ? '绿化修剪、浇水' : '绿化养护', counterparty: ['PERSON', '李建国'] },
    { day: 18, account: 'REPAIR', fen: REPAIRS[i % 12]!, description: i === 6 ? '更换2号楼地下室排水泵' : '公共设施零星维修', counterparty: ['ORGANISATION', '下站五金电器维修部'] },
    { day: 26, account: 'UTILITIES', fen: winter ? 80000 : 68000, description: '公共区域水电公摊', counterparty: ['ORGANISATION', '国网阳泉供电公司'] },
    { day: 27, account: 'OTHER', fen: 15000, description: '办公用品' },
  ]
  if (i % 3 === 2) lines.push({ day: 16, account: 'SHARED_INCOME', fen: 90000, description: '电梯广告(季度)', counterparty: ['ORGANISATION', '阳泉城区广告公司'] })
  if (i === 0) lines.unshift({ day: 1, account: 'FUND_DEPOSIT', fen: 12600000, description: '专项维修资金余额转入' })
  return lines
}

export async function seedDemoFinances(trx: DB, now: Date, zhongwang: { communityId: string; compoundId: string }, storage: MediaStorage | null): Promise<void> {
  const handles = ['steward-zhongwang', 'committee-zhongwang', 'resident-zhongwang-2', 'resident-zhongwang-3']
  const accounts = new Map((await trx.selectFrom('accounts').select(['id', 'handle']).where('handle', 'in', handles).execute()).map((a) => [a.handle, a.id]))
  const [steward, committee] = [accounts.get('steward-zhongwang')!, accounts.get('committee-zhongwang')!] // both in DEMO_STAFF
  const at = (date: string) => new Date(`${date}T10:00:00+08:00`).toISOString()
  const voucher = async (entryId: string) => {
    if (!storage) return []
    const id = newId()
    const storedName = `${randomBytes(24).toString('hex')}.png`
    await storage.put(storedName, fs.readFileSync(VOUCHER))
    await trx.insertInto('media').values({ id, owner_id: steward, stored_name: storedName, mime: 'image/png', size_bytes: fs.statSync(VOUCHER).size, subject_type: 'FinanceEntry', subject_id: entryId, created_at: now.toISOString(), check_status: 'PASSED', width: 480, height: 320 }).execute()
    return [id]
  }
  const counterparties = new Map<string, string>()
  const counterparty = async (c?: [CounterpartyKind, string]) => {
    if (!c) return null
    let id = counterparties.get(c[1])
    if (!id) {
      id = newId()
      counterparties.set(c[1], id)
      await trx.insertInto('finance_counterparties').values({ id, compound_id: zhongwang.compoundId, kind: c[0], name: c[1], account_id: null, created_at: now.toISOString() }).execute()
    }
    return id
  }
  const append = async (date: string, line: Omit<Line, 'day'>, extra: { id?: string; decisionId?: string; voucherIds?: string[] } = {}) =>
    appendEntry(trx, {
      ...zhongwang, id: extra.id, date, account: line.account, amountFen: BigInt(line.fen), counterpartyId: await counterparty(line.counterparty), description: line.description,
      voucherIds: extra.voucherIds ?? [], decisionId: extra.decisionId ?? null, taskId: null, reversesId: null, importId: null, recordedBy: steward, approvedBy: committee,
    }, at(date))

  const today = todayInBeijing(now)
  const months = monthsBefore(today, 12)
  let pumpRepair: string | null = null
  let lastGreening: string | null = null
  for (const [i, month] of months.entries()) {
    for (const line of [...linesOf(month, i)].sort((a, b) => a.day - b.day)) {
      const pump = i === 6 && line.account === 'REPAIR'
      const id = newId()
      const e = await append(`${month}-${String(line.day).padStart(2, '0')}`, line, pump ? { id, voucherIds: await voucher(id) } : {})
      if (pump) pumpRepair = e.id
      if (i === 11 && line.account === 'GREENING') lastGreening = e.id
    }
  }

  const lights = await trx.selectFrom('proposals').select('id').where('compound_id', '=', zhongwang.compoundId).where('title', '=', '使用维修资金维修东门路灯').executeTakeFirst()
  if (lights) {
    const drawDate = todayInBeijing(new Date(now.getTime() - 2 * 86_400_000))
    const entryId = newId()
    const voucherIds = await voucher(entryId)
    await append(drawDate, { account: 'FUND_DRAW', fen: 1860000, description: '东门路灯维修(三盏灯杆及线路)', counterparty: ['ORGANISATION', '下站五金电器维修部'] }, { id: entryId, decisionId: lights.id, voucherIds })
  }

  const asked = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000)
  if (pumpRepair) {
    const q = asked(150)
    await trx.insertInto('finance_questions').values({
      id: newId(), entry_id: pumpRepair, compound_id: zhongwang.compoundId, asker_id: accounts.get('resident-zhongwang-2') ?? null, body: '这个月维修费比平时多了不少,是修了什么?',
      asked_at: q.toISOString(), due_at: new Date(q.getTime() + 7 * 86_400_000).toISOString(), answer: '暴雨后2号楼地下室积水,更换了排水泵(1,450 元),发票已附在凭证中,欢迎到服务站查看原件。', answered_by: committee, answered_at: new Date(q.getTime() + 2 * 86_400_000).toISOString(),
    }).execute()
  }
  if (lastGreening) {
    const q = asked(1)
    await trx.insertInto('finance_questions').values({
      id: newId(), entry_id: lastGreening, compound_id: zhongwang.compoundId, asker_id: accounts.get('resident-zhongwang-3') ?? null, body: '冬天绿化养护主要做些什么?费用按什么标准?',
      asked_at: q.toISOString(), due_at: new Date(q.getTime() + 7 * 86_400_000).toISOString(), answer: null, answered_by: null, answered_at: null,
    }).execute()
  }
}
