import { SheetRefused } from '../roster/import-rows'
import { accountFromName } from './accounts'
import { parseYuan } from './money'
import { isCalendarDate } from './periods'
import type { CounterpartyKind, FinanceAccount } from './tables'

// A month of the steward's spreadsheet as a pure function: rows of text in, every row with its
// problems out. Nothing is written until a preview is committed, and then only the rows without
// problems, as pending entries awaiting a second committee member.

export type ImportProblem = 'BAD_DATE' | 'FUTURE_DATE' | 'OTHER_MONTH' | 'UNKNOWN_ACCOUNT' | 'FUND_DRAW' | 'BAD_AMOUNT' | 'AMOUNT_NOT_POSITIVE' | 'AMOUNT_TOO_LARGE' | 'MISSING_DESCRIPTION' | 'DUPLICATE_ROW'

export const IMPORT_PROBLEM_TEXT: Record<ImportProblem, string> = {
  BAD_DATE: '日期无效(格式 2026-11-05)',
  FUTURE_DATE: '日期晚于今天',
  OTHER_MONTH: '日期不在导入的月份内',
  UNKNOWN_ACCOUNT: '科目无法识别(物业费收入、停车费、公共收益、人工、保洁、绿化、维修、水电公摊、其他)',
  FUND_DRAW: '维修资金支取须单独记账并关联业主表决,不能批量导入',
  BAD_AMOUNT: '金额不是有效数字(元,最多两位小数)',
  AMOUNT_NOT_POSITIVE: '金额必须大于 0',
  AMOUNT_TOO_LARGE: '单笔金额不能超过 1 亿元',
  MISSING_DESCRIPTION: '缺少摘要',
  DUPLICATE_ROW: '与另一行完全相同',
}

export interface ImportRow {
  line: number
  date: string
  accountName: string
  account: FinanceAccount | null
  /** Fen as a decimal string (JSON cannot hold a BigInt). */
  amountFen: string | null
  counterparty: string
  counterpartyKind: CounterpartyKind
  description: string
  problems: ImportProblem[]
}

const HEADERS = {
  date: ['日期', '记账日期', '发生日期'],
  account: ['科目', '类别', '项目'],
  amount: ['金额', '金额(元)', '金额元'],
  counterparty: ['收付款方', '对方', '往来单位', '收款方', '付款方'],
  kind: ['对方类型', '收付款方类型'],
  description: ['摘要', '说明', '备注'],
} as const
type Column = keyof typeof HEADERS

function findColumns(header: readonly string[]): Partial<Record<Column, number>> {
  const at: Partial<Record<Column, number>> = {}
  header.forEach((cell, i) => {
    const h = cell.replace(/\s/g, '')
    for (const [column, names] of Object.entries(HEADERS) as [Column, readonly string[]][]) if (at[column] === undefined && (names as readonly string[]).includes(h)) at[column] = i
  })
  return at
}

/** "2026/11/5", "2026-11-05", "2026年11月5日" → 2026-11-05; other text as written. */
export function normaliseDate(text: string): string {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.trim())
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : text.trim()
}

export function previewImportRows(sheet: readonly (readonly string[])[], month: string | null, today: string): ImportRow[] {
  const headerIndex = sheet.findIndex((row) => findColumns(row).amount !== undefined && findColumns(row).date !== undefined)
  if (headerIndex < 0) throw new SheetRefused('找不到表头:需要“日期”“科目”“金额”“收付款方”“摘要”等列')
  const col = findColumns(sheet[headerIndex]!) // found just above
  if (col.account === undefined) throw new SheetRefused('表头缺少:科目')
  const seen = new Map<string, ImportRow>()
  const rows: ImportRow[] = []
  sheet.forEach((cells, i) => {
    if (i <= headerIndex || cells.every((c) => !c.trim())) return
    const get = (c: Column) => (col[c] === undefined ? '' : (cells[col[c]!] ?? '').trim()) // col[c] checked on the left
    const problems: ImportProblem[] = []
    const date = normaliseDate(get('date'))
    if (!isCalendarDate(date)) problems.push('BAD_DATE')
    else if (date > today) problems.push('FUTURE_DATE')
    else if (month && date.slice(0, 7) !== month) problems.push('OTHER_MONTH')
    const accountName = get('account')
    const account = accountFromName(accountName)
    if (!account) problems.push('UNKNOWN_ACCOUNT')
    else if (account === 'FUND_DRAW') problems.push('FUND_DRAW')
    const amount = parseYuan(get('amount'))
    if (amount === null) problems.push('BAD_AMOUNT')
    else if (amount <= 0n) problems.push('AMOUNT_NOT_POSITIVE')
    else if (amount > 10_000_000_000n) problems.push('AMOUNT_TOO_LARGE')
    const description = get('description')
    if (description.length < 2) problems.push('MISSING_DESCRIPTION')
    const row: ImportRow = { line: i + 1, date, accountName, account, amountFen: amount === null ? null : amount.toString(), counterparty: get('counterparty').slice(0, 60), counterpartyKind: /个人|居民|业主/.test(get('kind')) ? 'PERSON' : 'ORGANISATION', description: description.slice(0, 200), problems }
    const key = JSON.stringify([date, accountName, row.amountFen, row.counterparty, description])
    const earlier = seen.get(key)
    if (earlier) {
      row.problems.push('DUPLICATE_ROW')
      if (!earlier.problems.includes('DUPLICATE_ROW')) earlier.problems.push('DUPLICATE_ROW')
    } else seen.set(key, row)
    rows.push(row)
  })
  return rows
}
