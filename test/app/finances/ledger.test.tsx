import { ApolloProvider } from '@apollo/client/react'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { ImportScreen } from '@/features/finances/components/ImportScreen'
import { LedgerScreen } from '@/features/finances/components/LedgerScreen'
import { setSessionToken } from '@/graphql/session'
import { appClientFor } from '../support/app-client'
import { startCannedServer, type CannedServer } from '../support/graphql-server'

// 记账与审核 and 导入账目 against a stand-in gateway: the entry form and the import only for the
// compound's steward and committee (the gateway refuses anyone else), the ledger read-only with
// one sentence on who records for everyone else; a month's spreadsheet picked from a file input,
// uploaded to /finances/import, every row's problems shown, then the good rows committed.

interface Sent { operationName: string; variables: Record<string, unknown> }
type Access = { records: boolean; approves: boolean; keeps: boolean; reads: boolean }

let server: CannedServer
let access: Access
let committed = false
const sent = (name: string): Sent[] => server.received.map((r) => JSON.parse(r.body) as Sent).filter((op) => op.operationName === name)
const node = (id: string, seq: number, status: string, viewerCanApprove: boolean) => ({ __typename: 'FinanceEntry', id, seq, date: '2026-11-05', account: 'CLEANING', accountName: '保洁', amountFen: '88000', description: `保洁费 ${seq}`, status, counterparty: null, viewerCanApprove })
const connection = (nodes: ReturnType<typeof node>[]) => ({ __typename: 'FinanceEntryConnection', totalCount: nodes.length, edges: nodes.map((n) => ({ __typename: 'FinanceEntryEdge', cursor: n.id, node: n })), pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } })
const row = (line: number, accountName: string, amountFen: string | null, problems: string[]) => ({ __typename: 'FinanceImportRow', line, date: '2026-11-03', accountName, amountFen, counterparty: line === 2 ? '东营保洁服务公司' : '', description: `第${line}行摘要`, problems })

beforeAll(async () => {
  server = await startCannedServer((req) => {
    const op = JSON.parse(req.body) as Sent
    const reply = (data: unknown) => ({ body: JSON.stringify({ data }) })
    if (op.operationName === 'FinanceAccess') return reply({ financeAccess: { __typename: 'FinanceAccess', compound: { __typename: 'Compound', id: 'c-zw', name: '众望小区' }, ...access } })
    if (op.operationName === 'FinanceEntries') {
      return reply({ financeEntries: op.variables.pending ? connection([node('e-mine', 41, 'PENDING', false), node('e-theirs', 42, 'PENDING', access.approves)]) : connection([node('e-ok', 40, 'APPROVED', false)]) })
    }
    if (op.operationName === 'FinanceImportPreview') {
      return reply({ financeImport: { __typename: 'FinanceImport', id: 'imp-1', fileName: '十一月.csv', committed, rowCount: 3, problemRowCount: 2, rows: [row(2, '保洁', '88000', []), row(3, '餐饮', '1000', ['科目无法识别']), row(4, '维修', null, ['金额不是有效数字(元,最多两位小数)', '缺少摘要'])] } })
    }
    if (op.operationName === 'RecordFinanceEntry') return reply({ recordFinanceEntry: { ...node('e-new', 43, 'PENDING', false), seq: 43 } })
    if (op.operationName === 'CommitFinanceImport') {
      committed = true
      return reply({ commitFinanceImport: { __typename: 'FinanceImportResult', written: 1, skipped: 2 } })
    }
    return { body: JSON.stringify({ data: null, errors: [{ message: `unexpected ${op.operationName}` }] }) }
  })
})
afterAll(() => server.close())
beforeEach(() => {
  Taro.clearStorageSync()
  setSessionToken('tok')
  server.received.length = 0
  committed = false
})
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

const WHO = '账目由本小区的管家或物管会成员记账,另一位物管会成员审核后向居民公开;这里只能查看。'
const ledger = () => render(<ApolloProvider client={appClientFor(server.url)}><LedgerScreen compoundId='c-zw' month='2026-11' /></ApolloProvider>)

describe('记账与审核', () => {
  it('shows the committee the form, the import, the pending entries with approve on others’ only, and publish', async () => {
    access = { records: true, approves: true, keeps: true, reads: true }
    ledger()
    await screen.findByText('记一笔账', {}, { timeout: 10_000 })
    expect(screen.getByText('众望小区 · 2026年11月')).toBeTruthy()
    expect(screen.queryByText(WHO)).toBeNull()
    await screen.findByText('保洁费 42')
    expect(screen.getAllByText('审核通过')).toHaveLength(1) // e-theirs; e-mine waits for someone else
    expect(screen.getByText('等待另一位物管会成员审核')).toBeTruthy()
    expect(screen.getByText('发布2026年11月收支公开')).toBeTruthy()
    const navigate = vi.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never)
    fireEvent.click(screen.getByText('导入2026年11月的账目(Excel 或 CSV)'))
    expect(navigate).toHaveBeenCalledWith({ url: '/features/finances/pages/import/index?compoundId=c-zw&month=2026-11' })
    fireEvent.click(screen.getByText('上一月'))
    await screen.findByText('众望小区 · 2026年10月')
    await waitFor(() => expect(sent('FinanceEntries').map((o) => o.variables.period)).toContain('2026-10'))
  })

  it('records an entry with its receipt photo, in fen, and reads the pending list again', async () => {
    access = { records: true, approves: false, keeps: true, reads: true }
    vi.spyOn(Taro, 'chooseMedia').mockResolvedValue({ tempFiles: [{ tempFilePath: 'blob:receipt', size: 10, fileType: 'image' }], type: 'image' } as never)
    vi.spyOn(Taro, 'compressImage').mockRejectedValue(new Error('not on H5'))
    vi.spyOn(Taro, 'uploadFile').mockImplementation(() => Object.assign(Promise.resolve({ statusCode: 201, data: JSON.stringify({ id: 'm-receipt' }), errMsg: 'ok' }), { onProgressUpdate: () => undefined }) as never)
    ledger()
    await screen.findByText('记一笔账', {}, { timeout: 10_000 })
    const field = (label: string) =>
      waitFor(() => {
        const input = screen.getByText(label).parentElement?.querySelector('input')
        if (!input) throw new Error(`no input for ${label} yet`)
        return input
      })
    fireEvent.input(await field('金额(元)'), { target: { value: '880.5' } })
    fireEvent.input(await field('摘要'), { target: { value: '十一月保洁费' } })
    fireEvent.click(screen.getByText('＋ 添加照片'))
    await screen.findByText('已添加 1 张')
    const before = sent('FinanceEntries').length
    fireEvent.click(screen.getByText('记账(待另一位物管会成员审核)'))
    await waitFor(() => expect(sent('RecordFinanceEntry')).toHaveLength(1))
    expect(sent('RecordFinanceEntry')[0]!.variables.input).toMatchObject({ compoundId: 'c-zw', account: 'PROPERTY_FEE', amountFen: '88050', description: '十一月保洁费', voucherIds: ['m-receipt'] })
    await waitFor(() => expect(sent('FinanceEntries').length).toBeGreaterThan(before))
  })

  it('shows the steward the form and the import but no approving or publishing', async () => {
    access = { records: true, approves: false, keeps: true, reads: true }
    ledger()
    await screen.findByText('记一笔账', {}, { timeout: 10_000 })
    await screen.findByText('保洁费 42')
    expect(screen.queryByText('审核通过')).toBeNull()
    expect(screen.queryByText(/^发布.*收支公开$/)).toBeNull()
    expect(screen.getByText('导入2026年11月的账目(Excel 或 CSV)')).toBeTruthy()
  })

  it('shows a resident the approved ledger read-only, saying who records, and never asks for pending entries', async () => {
    access = { records: false, approves: false, keeps: false, reads: true }
    ledger()
    await screen.findByText(WHO, {}, { timeout: 10_000 })
    await screen.findByText('保洁费 40')
    expect(screen.queryByText('记一笔账')).toBeNull()
    expect(screen.queryByText(/导入.*的账目/)).toBeNull()
    expect(screen.queryByText(/^发布.*收支公开$/)).toBeNull()
    expect(sent('FinanceEntries').every((o) => !o.variables.pending)).toBe(true)
  })

  it('shows the community’s admin the pending entries without the form or an approve button', async () => {
    access = { records: false, approves: false, keeps: true, reads: true }
    ledger()
    await screen.findByText(WHO, {}, { timeout: 10_000 })
    await screen.findByText('保洁费 42')
    expect(screen.queryByText('记一笔账')).toBeNull()
    expect(screen.queryByText('审核通过')).toBeNull()
    expect(screen.queryByText('等待另一位物管会成员审核')).toBeNull()
  })

  it('tells someone outside the compound who records and that the books are its residents’', async () => {
    access = { records: false, approves: false, keeps: false, reads: false }
    ledger()
    await screen.findByText(WHO, {}, { timeout: 10_000 })
    expect(screen.getByText('只有本小区的住户和工作人员可以查看收支公开')).toBeTruthy()
    expect(screen.queryByText('记一笔账')).toBeNull()
    expect(sent('FinanceEntries')).toHaveLength(0)
  })
})

describe('导入账目', () => {
  it('picks a file, uploads it for the month, shows every row’s problems, then writes the good rows', async () => {
    access = { records: true, approves: false, keeps: true, reads: true }
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:november' }))
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      expect(this.type).toBe('file')
      expect(this.accept).toBe('.xlsx,.csv')
      Object.defineProperty(this, 'files', { value: [new File(['日期,科目,金额'], '十一月.csv')] })
      this.onchange?.(new Event('change'))
    })
    const upload = vi.spyOn(Taro, 'uploadFile').mockImplementation(() => Object.assign(Promise.resolve({ statusCode: 201, data: JSON.stringify({ id: 'imp-1', rowCount: 3, problemRowCount: 2 }), errMsg: 'ok' }), { onProgressUpdate: () => undefined }) as never)
    render(<ApolloProvider client={appClientFor(server.url)}><ImportScreen compoundId='c-zw' month='2026-11' /></ApolloProvider>)
    fireEvent.click(await screen.findByText('选择账目文件(Excel 或 CSV)', {}, { timeout: 10_000 }))
    await screen.findByText('十一月.csv:共 3 行,其中 2 行有问题(不会写入)', {}, { timeout: 10_000 })
    const options = upload.mock.calls[0]![0] as unknown as { url: string; filePath: string; name: string; fileName: string; formData: Record<string, string>; header: Record<string, string> }
    expect(options).toMatchObject({ filePath: 'blob:november', name: 'file', fileName: '十一月.csv', formData: { fileName: '十一月.csv' }, header: { Authorization: 'Bearer tok' } })
    expect(options.url).toMatch(/\/finances\/import\?compoundId=c-zw&month=2026-11$/)
    expect(screen.getByText('第 2 行 · 2026-11-03 · 保洁 · 880.00 元 · 第2行摘要')).toBeTruthy()
    expect(screen.getByText('收付款方:东营保洁服务公司')).toBeTruthy()
    expect(screen.getByText('没有问题')).toBeTruthy()
    expect(screen.getByText('问题:科目无法识别')).toBeTruthy()
    expect(screen.getByText('第 4 行 · 2026-11-03 · 维修 · 金额无效 · 第4行摘要')).toBeTruthy()
    expect(screen.getByText('问题:金额不是有效数字(元,最多两位小数)、缺少摘要')).toBeTruthy()
    expect(sent('CommitFinanceImport')).toHaveLength(0) // nothing written before the confirmation

    fireEvent.click(screen.getByText('确认导入没有问题的 1 行'))
    await screen.findByText('已写入 1 笔(待审核),跳过 2 行有问题的;改正后可再导入或逐笔记账。')
    expect(sent('CommitFinanceImport').map((o) => o.variables)).toEqual([{ id: 'imp-1' }])
    await screen.findByText('去审核这些账目')
    expect(screen.queryByText('确认导入没有问题的 1 行')).toBeNull()
  })

  it('shows the gateway’s refusal of a file in its own words, and nobody but recorders a picker', async () => {
    access = { records: true, approves: false, keeps: true, reads: true }
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:big' }))
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      Object.defineProperty(this, 'files', { value: [new File(['x'], '大文件.csv')] })
      this.onchange?.(new Event('change'))
    })
    vi.spyOn(Taro, 'uploadFile').mockImplementation(() => Object.assign(Promise.resolve({ statusCode: 413, data: JSON.stringify({ error: { code: 'BAD_USER_INPUT', message: '账目文件不能超过 2 MB' } }), errMsg: 'ok' }), { onProgressUpdate: () => undefined }) as never)
    const view = render(<ApolloProvider client={appClientFor(server.url)}><ImportScreen compoundId='c-zw' month='2026-11' /></ApolloProvider>)
    fireEvent.click(await screen.findByText('选择账目文件(Excel 或 CSV)', {}, { timeout: 10_000 }))
    await screen.findByText('账目文件不能超过 2 MB')
    view.unmount()

    access = { records: false, approves: false, keeps: false, reads: true }
    render(<ApolloProvider client={appClientFor(server.url)}><ImportScreen compoundId='c-zw' month='2026-11' /></ApolloProvider>)
    await screen.findByText('只有本小区的管家或物管会成员可以导入账目', {}, { timeout: 10_000 })
    expect(screen.queryByText('选择账目文件(Excel 或 CSV)')).toBeNull()
  })
})
