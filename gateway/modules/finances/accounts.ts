import type { FinanceAccount } from './tables'

// The ledger's accounts (科目) as plain data: which are income, which spending, which belong to
// the maintenance fund (专项维修资金) rather than the operating accounts.

export const INCOME_ACCOUNTS: readonly FinanceAccount[] = ['PROPERTY_FEE', 'PARKING', 'SHARED_INCOME']
export const SPENDING_ACCOUNTS: readonly FinanceAccount[] = ['LABOUR', 'CLEANING', 'GREENING', 'REPAIR', 'UTILITIES', 'OTHER']
export const FUND_ACCOUNTS: readonly FinanceAccount[] = ['FUND_DEPOSIT', 'FUND_DRAW']
export const ALL_ACCOUNTS: readonly FinanceAccount[] = [...INCOME_ACCOUNTS, ...SPENDING_ACCOUNTS, ...FUND_ACCOUNTS]

export const ACCOUNT_NAME: Record<FinanceAccount, string> = {
  PROPERTY_FEE: '物业费收入', PARKING: '停车费', SHARED_INCOME: '公共收益', FUND_DEPOSIT: '维修资金存入', FUND_DRAW: '维修资金支取',
  LABOUR: '人工', CLEANING: '保洁', GREENING: '绿化', REPAIR: '维修', UTILITIES: '水电公摊', OTHER: '其他支出',
}

export const isAccount = (value: string): value is FinanceAccount => (ALL_ACCOUNTS as readonly string[]).includes(value)
/** Names as a steward's spreadsheet writes them (科目 column) → account. */
export function accountFromName(name: string): FinanceAccount | null {
  const v = name.replace(/\s/g, '')
  const aliases: Record<string, FinanceAccount> = { 物业费: 'PROPERTY_FEE', 停车: 'PARKING', 公共收益: 'SHARED_INCOME', 场地租金: 'SHARED_INCOME', 广告: 'SHARED_INCOME', 维修资金: 'FUND_DEPOSIT', 维修资金存入: 'FUND_DEPOSIT', 维修资金支取: 'FUND_DRAW', 人工: 'LABOUR', 工资: 'LABOUR', 保洁: 'CLEANING', 绿化: 'GREENING', 维修: 'REPAIR', 水电: 'UTILITIES', 水电公摊: 'UTILITIES', 其他: 'OTHER' }
  for (const [account, label] of Object.entries(ACCOUNT_NAME) as [FinanceAccount, string][]) if (label === v) return account
  return aliases[v] ?? null
}
