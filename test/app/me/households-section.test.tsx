import { ApolloProvider, useQuery } from '@apollo/client/react'
import { cleanup, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { setSessionToken } from '@/graphql/session'
import { MeOverviewDocument } from '@/pages/me/me.generated'
import { HouseholdsSection } from '@/pages/me/sections'
import { startCannedServer, type CannedServer } from '../support/graphql-server'
import { appClientFor } from '../support/app-client'

// 我的's households section fed by MeOverview from a stand-in gateway, as the tab page feeds it
// (the page itself needs Taro's page lifecycle): the claims come through the
// HouseholdsSection_claim fragment (spread in MeOverview, read back with useFragment) and show
// with their status in words.

function MeHouseholds() {
  const { data } = useQuery(MeOverviewDocument)
  return data?.viewer ? <HouseholdsSection viewer={data.viewer} /> : null
}

const place = { __typename: 'Building', id: 'b-3', name: '3号楼', compound: { __typename: 'Compound', id: 'c-1', name: '众望小区' } }
const claim = (id: string, status: string, note: string | null) => ({
  __typename: 'HouseholdClaim', id, unit: '2', room: '502', areaM2: 89.5, relation: 'OWNER', status, note, createdAt: '2026-11-30T02:00:00.000Z', building: place,
})
const overview = {
  data: {
    viewer: {
      __typename: 'Viewer', id: 'v-1', displayName: '常宝娥', isStaff: false, unreadCount: 0,
      roles: [], households: [],
      claims: [claim('cl-1', 'REJECTED', '房号与登记不符'), claim('cl-2', 'PENDING', null)],
    },
  },
}

let server: CannedServer
beforeAll(async () => {
  server = await startCannedServer((req) => {
    const { operationName } = JSON.parse(req.body) as { operationName: string }
    if (operationName === 'MeOverview') return { body: JSON.stringify(overview) }
    return { body: JSON.stringify({ errors: [{ message: `unexpected ${operationName}` }] }) }
  })
})
afterAll(() => server.close())
beforeEach(() => {
  Taro.clearStorageSync()
  setSessionToken('tok-changbaoe')
})
afterEach(cleanup)

describe('我的: households and claims', () => {
  it("lists the viewer's claims through the fragment, with the status and the reviewer's note", async () => {
    render(
      <ApolloProvider client={appClientFor(server.url)}>
        <MeHouseholds />
      </ApolloProvider>,
    )
    await screen.findByText('认证申请')
    expect(screen.getByText('状态：未通过')).toBeTruthy()
    expect(screen.getByText(/房号与登记不符/)).toBeTruthy()
    expect(screen.getByText('状态：待审核')).toBeTruthy()
    const sent = server.received.find((r) => (JSON.parse(r.body) as { operationName: string }).operationName === 'MeOverview')
    expect(sent?.method).toBe('GET')
  })
})
