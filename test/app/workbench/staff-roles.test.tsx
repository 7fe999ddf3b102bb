import { ApolloProvider } from '@apollo/client/react'
import { cleanup, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { StaffRoles } from '@/features/workbench/components/StaffRoles'
import { setSessionToken } from '@/graphql/session'
import { byOperation, startCannedServer, type CannedServer } from '../support/graphql-server'
import { appClientFor } from '../support/app-client'

// 工作人员 against a stand-in gateway: each assignment comes through the StaffRoles_role fragment
// (spread in StaffRoles and in GrantRole's answer) and shows who holds which role where.

const assignment = {
  __typename: 'RoleAssignment', id: 'ra-1', role: 'GRID_WORKER', scopeKind: 'GRID', scopeName: '第三网格', grantedAt: '2026-11-30T02:00:00.000Z',
  community: { __typename: 'Community', id: 'c-1', name: '东营盘社区' },
  person: { __typename: 'Person', id: 'p-1', displayName: '王网格', realName: '王建国' },
}
const replies: Record<string, unknown> = {
  StaffRoles: { data: { staffRoles: { __typename: 'RoleAssignmentConnection', edges: [{ __typename: 'RoleAssignmentEdge', cursor: 'r1', node: assignment }], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'r1' } } } },
  RoleScopes: { data: { communities: [] } },
}

let server: CannedServer
beforeAll(async () => {
  server = await startCannedServer(byOperation(replies))
})
afterAll(() => server.close())
beforeEach(() => {
  Taro.clearStorageSync()
  setSessionToken('tok-admin')
})
afterEach(cleanup)

describe('工作人员', () => {
  it('lists each role assignment through the fragment: who, which role, where', async () => {
    render(
      <ApolloProvider client={appClientFor(server.url)}>
        <StaffRoles communityIds={['c-1']} />
      </ApolloProvider>,
    )
    await screen.findByText('王网格')
    expect(screen.getByText('网格员 · 第三网格')).toBeTruthy()
    expect(screen.getByText('东营盘社区')).toBeTruthy()
  })
})
