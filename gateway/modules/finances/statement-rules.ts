import { ACCOUNT_NAME, FUND_ACCOUNTS, INCOME_ACCOUNTS, SPENDING_ACCOUNTS } from './accounts'
import { fen } from './money'
import { monthsOfYearTo, type Period } from './periods'
import type { FinanceAccount } from './tables'

// A statement as a pure function of the approved totals by month and account: every figure is a
// sum of entries (BigInt), so a statement always equals the sum of the entries it drills down to.

export interface Totals { month: string; account: string; total: string; n: number }
export interface AccountTotal { account: FinanceAccount; name: string; totalFen: bigint; entryCount: number }

export interface StatementFigures {
  incomeFen: bigint
  spendingFen: bigint
  openingBalanceFen: bigint
  closingBalanceFen: bigint
  income: AccountTotal[]
  spending: AccountTotal[]
  months: { month: string; incomeFen: bigint; spendingFen: bigint }[]
  fundOpeningFen: bigint
  fundDepositsFen: bigint
  fundDrawsFen: bigint
  fundClosingFen: bigint
  entryCount: number
}

const sumOf = (rows: readonly Totals[], accounts: readonly string[]) => rows.filter((r) => accounts.includes(r.account)).reduce((s, r) => s + fen(r.total), 0n)

export function statementFigures(period: Period, totals: readonly Totals[]): StatementFigures {
  const before = totals.filter((r) => r.month < period.months[0]!) // a period has at least one month
  const within = totals.filter((r) => period.months.includes(r.month))
  const byAccount = (accounts: readonly FinanceAccount[]): AccountTotal[] =>
    accounts
      .map((account) => {
        const rows = within.filter((r) => r.account === account)
        return { account, name: ACCOUNT_NAME[account], totalFen: rows.reduce((s, r) => s + fen(r.total), 0n), entryCount: rows.reduce((s, r) => s + r.n, 0) }
      })
      .filter((a) => a.entryCount > 0)
      .sort((a, b) => (a.totalFen === b.totalFen ? 0 : a.totalFen > b.totalFen ? -1 : 1))
  const incomeFen = sumOf(within, INCOME_ACCOUNTS)
  const spendingFen = sumOf(within, SPENDING_ACCOUNTS)
  const openingBalanceFen = sumOf(before, INCOME_ACCOUNTS) - sumOf(before, SPENDING_ACCOUNTS)
  const fundOpeningFen = sumOf(before, ['FUND_DEPOSIT']) - sumOf(before, ['FUND_DRAW'])
  const fundDepositsFen = sumOf(within, ['FUND_DEPOSIT'])
  const fundDrawsFen = sumOf(within, ['FUND_DRAW'])
  const months = monthsOfYearTo(period).map((month) => {
    const rows = totals.filter((r) => r.month === month)
    return { month, incomeFen: sumOf(rows, INCOME_ACCOUNTS), spendingFen: sumOf(rows, SPENDING_ACCOUNTS) }
  })
  return {
    incomeFen, spendingFen, openingBalanceFen, closingBalanceFen: openingBalanceFen + incomeFen - spendingFen,
    income: byAccount(INCOME_ACCOUNTS), spending: byAccount(SPENDING_ACCOUNTS), months,
    fundOpeningFen, fundDepositsFen, fundDrawsFen, fundClosingFen: fundOpeningFen + fundDepositsFen - fundDrawsFen,
    entryCount: within.filter((r) => [...INCOME_ACCOUNTS, ...SPENDING_ACCOUNTS, ...FUND_ACCOUNTS].includes(r.account as FinanceAccount)).reduce((s, r) => s + r.n, 0),
  }
}
