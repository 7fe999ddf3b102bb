import { ApolloProvider } from '@apollo/client/react'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { StatementScreen } from '@/features/finances/components/StatementScreen'
import { setSessionToken } from '@/graphql/session'
import { appClientFor } from '../support/app-client'
import { startCannedServer, type CannedServer } from '../support/graphql-server'

// 收支公开's statement screen against a stand-in gateway: the headline figures in yuan, bars with
// their amounts beside them, the fund's draws with their decisions, overdue questions said in
// words, and a tap on a category listing that category's entries.

let server: CannedServer
const total = (account: string, name: string, totalFen: string, entryCount: number) => ({ __typename: 'FinanceAccountTotal', account, name, totalFen, entryCount })
const statement = {
  __typename: 'FinanceStatement', period: '2026-11', label: '2026年11月', compound: { __typename: 'Compound', id: 'c-zw', name: '众望小区' },
  incomeFen: '1029000', spendingFen: '775000', openingBalanceFen: '2300000', closingBalanceFen: '2554000',
  income: [total('PROPERTY_FEE', '物业费收入', '744000', 1), total('PARKING', '停车费', '185000', 1), total('SHARED_INCOME', '公共收益', '100000', 2)],
  spending: [total('LABOUR', '人工', '480000', 1), total('CLEANING', '保洁', '120000', 1), total('REPAIR', '维修', '175000', 1)],
  months: [{ __typename: 'FinanceMonthBar', month: '2026-10', incomeFen: '989000', spendingFen: '760000' }, { __typename: 'FinanceMonthBar', month: '2026-11', incomeFen: '1029000', spendingFen: '775000' }],
  fundOpeningFen: '12600000', fundDepositsFen: '0', fundDrawsFen: '1860000', fundClosingFen: '10740000',
  fundDraws: [{ __typename: 'FinanceEntry', id: 'e-draw', date: '2026-11-30', amountFen: '1860000', description: '东门路灯维修', decision: { __typename: 'Proposal', id: 'p-lights', title: '使用维修资金维修东门路灯' } }],
  entryCount: 12, chainHead: 'ab'.repeat(32), chainLength: 130, openQuestions: 2, overdueQuestions: 1, viewerRecords: false, viewerApproves: false,
}
const entry = (id: string, account: string, accountName: string, amountFen: string) => ({ __typename: 'FinanceEntry', id, seq: 7, date: '2026-11-18', account, accountName, amountFen, description: `${accountName}支出`, status: 'APPROVED', counterparty: { __typename: 'FinanceCounterparty', kind: 'PERSON', name: '李*' }, viewerCanApprove: false })
const ops = () => server.received.map((r) => JSON.parse(r.body) as { operationName: string; variables: Record<string, unknown> })

beforeAll(async () => {
  server = await startCannedServer((req) => {
    const op = JSON.parse(req.body) as { operationName: string; variables: { account?: string } }
    if (op.operationName === 'FinanceStatement') return { body: JSON.stringify({ data: { financeStatement: statement } }) }
    if (op.operationName === 'FinanceEntries') {
      const nodes = op.variables.account === 'REPAIR' ? [entry('e-repair', 'REPAIR', '维修', '175000')] : [entry('e-1', 'LABOUR', '人工', '480000'), entry('e-2', 'REPAIR', '维修', '175000')]
      return { body: JSON.stringify({ data: { financeEntries: { __typename: 'FinanceEntryConnection', totalCount: nodes.length, edges: nodes.map((node) => ({ __typename: 'FinanceEntryEdge', cursor: node.id, node })), pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } } }) }
    }
    return { body: JSON.stringify({ data: null, errors: [{ message: `unexpected ${op.operationName}` }] }) }
  })
})
afterAll(() => server.close())
beforeEach(() => {
  Taro.clearStorageSync()
  setSessionToken('tok-resident')
  server.received.length = 0
})
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

describe('收支公开 statement screen', () => {
  it('shows the figures in yuan beside their bars, the fund’s draws with decisions, and overdue questions in words', async () => {
    const onPeriod = vi.fn()
    render(<ApolloProvider client={appClientFor(server.url)}><StatementScreen compoundId='c-zw' period='2026-11' onPeriod={onPeriod} /></ApolloProvider>)
    await screen.findByText('众望小区 · 2026年11月', {}, { timeout: 10_000 })
    expect(screen.getByText('25,540.00 元')).toBeTruthy() // 期末结余
    expect(screen.getByText('10,290.00 元')).toBeTruthy() // 本期收入
    expect(screen.getAllByText('7,440.00').length).toBe(1) // the property fee's bar has its amount beside it
    expect(screen.getByText('4,800.00')).toBeTruthy()
    expect(screen.getByText('11月 收')).toBeTruthy()
    expect(screen.getByText('2026-11-30 支取 18,600.00 元:东门路灯维修')).toBeTruthy()
    expect(screen.getByText('依据业主表决「使用维修资金维修东门路灯」')).toBeTruthy()
    expect(screen.getByText('其中 1 条已超期未答复')).toBeTruthy()
    expect(screen.queryByText('记账与审核(工作人员)')).toBeNull()
    fireEvent.click(screen.getByText('上一期'))
    expect(onPeriod).toHaveBeenCalledWith('2026-10')
    fireEvent.click(screen.getByText('季度'))
    expect(onPeriod).toHaveBeenCalledWith('2026-Q4')
  })

  it('lists one category’s entries when its bar is tapped, private counterparties masked as sent', async () => {
    render(<ApolloProvider client={appClientFor(server.url)}><StatementScreen compoundId='c-zw' period='2026-11' onPeriod={vi.fn()} /></ApolloProvider>)
    await screen.findByText('共 2 笔', {}, { timeout: 10_000 })
    fireEvent.click(screen.getByText('维修'))
    await screen.findByText('维修明细', {}, { timeout: 10_000 })
    await screen.findByText('共 1 笔', {}, { timeout: 10_000 })
    // The whole period's list, then the category's once (the list may be fetched again when the
    // statement's answer lands after it and shares its entries: an extra read, never a wrong one).
    const accounts = ops().filter((o) => o.operationName === 'FinanceEntries').map((o) => o.variables.account ?? null)
    expect(accounts[0]).toBeNull()
    expect(accounts.filter((a) => a === 'REPAIR')).toHaveLength(1)
    expect(accounts.at(-1)).toBe('REPAIR')
    expect(screen.getByText(/李\*/)).toBeTruthy()
    const navigate = vi.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never)
    fireEvent.click(screen.getByText('维修支出'))
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: '/features/finances/pages/entry/index?id=e-repair' }))
  })
})
