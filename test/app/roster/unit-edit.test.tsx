import { ApolloProvider } from '@apollo/client/react'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { UnitEditScreen } from '@/features/roster/components/UnitEditScreen'
import { areaCenti, formatCenti } from '@/features/roster/unit-form'
import { setSessionToken } from '@/graphql/session'
import { startCannedServer, type CannedServer } from '../support/graphql-server'
import { appClientFor } from '../support/app-client'
import { watchFirstInput } from '../support/input-values'

// The committee fixes a roster row over HTTP to a stand-in gateway: problems in words before
// anything is sent, the area sent as exact hundredths, the masked phone never sent back, the
// gateway's refusal shown as it says it.

interface Sent { operationName: string; variables: Record<string, unknown> }

const unit = { __typename: 'RosterUnit', id: 'u1', label: '1号楼 1单元 101室', building: { __typename: 'Building', id: 'b1' }, unit: '1', room: '101', areaM2: '89.50', areaSource: 'REGISTRY', kind: 'RESIDENTIAL', ownerNames: '张三', ownerPhone: '139****0001', proxies: [] }
let staff = true
const keeping = () => ({ viewer: { __typename: 'Viewer', id: 'v1', isStaff: staff }, communities: [{ __typename: 'Community', id: 'c', compounds: [{ __typename: 'Compound', id: 'cp1', name: '众望小区', buildings: [{ __typename: 'Building', id: 'b1', name: '1号楼' }, { __typename: 'Building', id: 'b2', name: '2号楼' }], rosterSummary: { __typename: 'RosterSummary', proxyLimit: 3 } }] }], roster: { __typename: 'RosterUnitConnection', edges: [{ __typename: 'RosterUnitEdge', node: unit }] } })

let server: CannedServer
let refuse = false
const sent = (name: string): Sent[] => server.received.map((r) => JSON.parse(r.body) as Sent).filter((op) => op.operationName === name)

beforeAll(async () => {
  server = await startCannedServer((req) => {
    const op = JSON.parse(req.body) as Sent
    if (op.operationName === 'RosterKeeping') return { body: JSON.stringify({ data: keeping() }) }
    if (op.operationName === 'UpdateRosterUnit') {
      if (refuse) return { body: JSON.stringify({ data: null, errors: [{ message: '名册中已有这一户(房号重复)', extensions: { code: 'CONFLICT' } }] }) }
      const input = op.variables.input as { areaM2: string }
      return { body: JSON.stringify({ data: { updateRosterUnit: { ...unit, areaM2: input.areaM2 } } }) }
    }
    if (op.operationName === 'RosterPublic') return { body: JSON.stringify({ data: null, errors: [{ message: 'not asked here' }] }) }
    return { body: JSON.stringify({ errors: [{ message: `unexpected ${op.operationName}` }] }) }
  })
})
afterAll(() => server.close())
beforeEach(() => {
  Taro.clearStorageSync()
  setSessionToken('tok-committee')
  server.received.length = 0
  refuse = false
})
afterEach(() => cleanup())

const input = (label: string) =>
  waitFor(() => {
    const field = screen.getByText(label).parentElement?.querySelector('input')
    if (!field) throw new Error(`no input for ${label} yet`)
    return field
  })

describe('roster: the committee fixes a row', () => {
  it('tells a resident up front that the roster is kept by staff, with no form', async () => {
    staff = false
    try {
      render(
        <ApolloProvider client={appClientFor(server.url)}>
          <UnitEditScreen compoundId="cp1" unitId="u1" room="101" />
        </ApolloProvider>,
      )
      await screen.findByText('只有工作人员可以修改业主名册')
      expect(screen.queryByText('保存')).toBeNull()
    } finally {
      staff = true
    }
  })

  it('reads areas as exact hundredths', () => {
    expect([areaCenti('89.5'), areaCenti('1,089.05㎡'), areaCenti('0.1'), areaCenti('89.555'), areaCenti('0'), areaCenti('-3'), areaCenti('8e1')]).toEqual([8950, 108905, 10, null, null, null, null])
    expect(formatCenti(8960)).toBe('89.60')
  })

  it('names the problems in Chinese, sends the area as hundredths without the masked phone, and shows the gateway’s refusal', async () => {
    const watch = watchFirstInput()
    render(
      <ApolloProvider client={appClientFor(server.url)}>
        <UnitEditScreen compoundId="cp1" unitId="u1" room="101" />
      </ApolloProvider>,
    )
    await screen.findByText('1号楼 1单元 101室')
    const area = await input('专有面积(㎡,最多两位小数)')
    await waitFor(() => expect(area.value).toBe('89.50'))
    // The form opens with the unit's values in place: its first field (单元) never showed empty.
    watch.stop()
    expect(watch.seen[0]).toBe('1')
    expect((await input('业主电话')).getAttribute('placeholder')).toBe('留空则保留原号码(139****0001)')

    fireEvent.input(area, { target: { value: '89.555' } })
    fireEvent.click(screen.getByText('保存'))
    await screen.findByText('⚠ 面积需大于 0,最多两位小数,如 89.50')
    expect(sent('UpdateRosterUnit')).toHaveLength(0)

    fireEvent.input(area, { target: { value: '89.6' } })
    fireEvent.click(screen.getByText('保存'))
    await screen.findByText('已保存:1号楼 1单元 101室,面积 89.60 ㎡')
    expect(sent('UpdateRosterUnit').map((op) => op.variables)).toEqual([
      { id: 'u1', input: { buildingId: 'b1', unit: '1', room: '101', areaM2: '89.60', areaSource: 'REGISTRY', ownerNames: '张三', kind: 'RESIDENTIAL' } },
    ])

    refuse = true
    fireEvent.click(screen.getByText('保存'))
    await screen.findByText('名册中已有这一户(房号重复)')
  })
})
