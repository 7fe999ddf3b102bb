import { ApolloProvider } from '@apollo/client/react'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { ProxiesScreen } from '@/features/roster/components/ProxiesScreen'
import { ProxyVoteScreen } from '@/features/roster/components/ProxyVoteScreen'
import { setSessionToken } from '@/graphql/session'
import { startCannedServer, type CannedServer } from '../support/graphql-server'
import { appClientFor } from '../support/app-client'

// 委托投票 over HTTP to a stand-in gateway: the committee records a proxy with the photo of the
// signed authorisation (the limit shown, the gateway's refusal shown) and revokes it; the proxy
// casts the ballot for the unit they hold.

interface Sent { operationName: string; variables: Record<string, unknown> }

let proxies: { __typename: string; id: string; proxyName: string; proxyPhone: string; revoked: boolean }[]
let overLimit = false
let server: CannedServer
const sent = (name: string): Sent[] => server.received.map((r) => JSON.parse(r.body) as Sent).filter((op) => op.operationName === name)
const unit = () => ({ __typename: 'RosterUnit', id: 'u1', label: '1号楼 1单元 101室', building: { __typename: 'Building', id: 'b1' }, unit: '1', room: '101', areaM2: '89.50', areaSource: 'REGISTRY', kind: 'RESIDENTIAL', ownerNames: '张三', ownerPhone: '139****0001', proxies })

beforeAll(async () => {
  server = await startCannedServer((req) => {
    const op = JSON.parse(req.body) as Sent
    const input = op.variables.input as { proxyName: string } | undefined
    if (op.operationName === 'RosterKeeping') return { body: JSON.stringify({ data: { viewer: { __typename: 'Viewer', id: 'v1', isStaff: true }, communities: [{ __typename: 'Community', id: 'c', compounds: [{ __typename: 'Compound', id: 'cp1', name: '众望小区', buildings: [], rosterSummary: { __typename: 'RosterSummary', proxyLimit: 3 } }] }], roster: { __typename: 'RosterUnitConnection', edges: [{ __typename: 'RosterUnitEdge', node: unit() }] } } }) }
    if (op.operationName === 'RecordProxy') {
      if (overLimit) return { body: JSON.stringify({ data: null, errors: [{ message: '每位受托人最多代理 3 户,这位受托人已代理 3 户', extensions: { code: 'CONFLICT' } }] }) }
      proxies = [{ __typename: 'RosterProxy', id: 'x1', proxyName: input?.proxyName ?? '', proxyPhone: '138****5678', revoked: false }]
      return { body: JSON.stringify({ data: { recordProxy: proxies[0] } }) }
    }
    if (op.operationName === 'RevokeProxy') {
      proxies = proxies.map((x) => ({ ...x, revoked: true }))
      return { body: JSON.stringify({ data: { revokeProxy: { __typename: 'RosterProxy', id: 'x1', revoked: true } } }) }
    }
    if (op.operationName === 'ProxyVote') return { body: JSON.stringify({ data: { proposal: { __typename: 'Proposal', id: 'p1', title: '东门照明', stage: 'VOTING', options: [{ __typename: 'ProposalOption', id: 'o-yes', label: '同意' }, { __typename: 'ProposalOption', id: 'o-no', label: '不同意' }], viewerProxyUnits: [{ __typename: 'RosterUnit', id: 'u1', label: '1号楼 1单元 101室', areaM2: '89.50' }] } } }) }
    if (op.operationName === 'CastProxyBallot') return { body: JSON.stringify({ data: { castProxyBallot: { __typename: 'OwnerBallot', receipt: 'PXY123', channel: 'PROXY' } } }) }
    return { body: JSON.stringify({ data: null, errors: [{ message: `unexpected ${op.operationName}` }] }) }
  })
})
afterAll(() => server.close())
beforeEach(() => {
  Taro.clearStorageSync()
  setSessionToken('tok-committee')
  server.received.length = 0
  proxies = []
  overLimit = false
})
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

const input = (label: string) =>
  waitFor(() => {
    const field = screen.getByText(label).parentElement?.querySelector('input')
    if (!field) throw new Error(`no input for ${label} yet`)
    return field
  })

describe('roster: proxies', () => {
  it('records a proxy with the authorisation photo, shows the limit and the gateway’s refusal, and revokes it', async () => {
    vi.spyOn(Taro, 'chooseMedia').mockResolvedValue({ tempFiles: [{ tempFilePath: 'blob:auth', size: 10, fileType: 'image' }], type: 'image' } as never)
    vi.spyOn(Taro, 'compressImage').mockRejectedValue(new Error('not on H5'))
    vi.spyOn(Taro, 'uploadFile').mockImplementation(() => Object.assign(Promise.resolve({ statusCode: 201, data: JSON.stringify({ id: 'm-auth' }), errMsg: 'ok' }), { onProgressUpdate: () => undefined }) as never)
    render(<ApolloProvider client={appClientFor(server.url)}><ProxiesScreen compoundId="cp1" /></ApolloProvider>)
    await screen.findByText('按本小区规定,每位受托人最多代理 3 户。')
    fireEvent.click(screen.getByText('1号楼 1单元 101室 · 张三'))
    fireEvent.click(screen.getByText('登记委托'))
    await screen.findByText('请填写受托人姓名')
    fireEvent.input(await input('受托人姓名'), { target: { value: '李四' } })
    fireEvent.input(await input('受托人手机号码'), { target: { value: '13800005678' } })
    fireEvent.click(screen.getByText('登记委托'))
    await screen.findByText('请先拍摄签字的委托书')
    fireEvent.click(screen.getByText('拍摄签字的委托书'))
    await screen.findByText('委托书照片已上传')

    overLimit = true
    fireEvent.click(screen.getByText('登记委托'))
    await screen.findByText('每位受托人最多代理 3 户,这位受托人已代理 3 户')
    overLimit = false
    fireEvent.click(screen.getByText('登记委托'))
    await screen.findByText('已登记:李四 代理 1号楼 1单元 101室')
    expect(sent('RecordProxy').at(-1)?.variables).toEqual({ input: { unitId: 'u1', proxyName: '李四', proxyPhone: '13800005678', photoId: 'm-auth' } })
    await screen.findByText('李四(138****5678)')

    fireEvent.click(screen.getByText('撤销'))
    await screen.findByText('李四(138****5678)(已撤销)')
    expect(sent('RevokeProxy').map((op) => op.variables)).toEqual([{ id: 'x1' }])
  })

  it('lets the proxy cast the ballot for the unit they hold', async () => {
    render(<ApolloProvider client={appClientFor(server.url)}><ProxyVoteScreen proposalId="p1" /></ApolloProvider>)
    await screen.findByText('1号楼 1单元 101室 · 89.50 ㎡')
    fireEvent.click(screen.getByText('为 1号楼 1单元 101室 投票'))
    await screen.findByText('请先选择')
    fireEvent.click(screen.getAllByText('同意').at(-1)!)
    fireEvent.click(screen.getByText('为 1号楼 1单元 101室 投票'))
    await screen.findByText('已为 1号楼 1单元 101室 投票,回执码 PXY123')
    expect(sent('CastProxyBallot').map((op) => op.variables)).toEqual([{ proposalId: 'p1', unitId: 'u1', optionIds: ['o-yes'] }])
  })
})
