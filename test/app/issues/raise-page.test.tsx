import { ApolloProvider } from '@apollo/client/react'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ISSUE_DRAFT_KEY, loadIssueDraft } from '@/features/issues/draft'
import RaiseIssuePage from '@/features/issues/pages/raise/index'
import { setSessionToken } from '@/graphql/session'
import { startCannedServer, type CannedServer } from '../support/graphql-server'
import { appClientFor } from '../support/app-client'

// The raise form rendered for real against a stand-in gateway: the household's building is the
// default, the 消防安全 notice appears on choosing it, missing fields are named before anything is
// sent, and what was chosen is kept for when the resident comes back.

const building = (id: string, name: string) => ({ __typename: 'Building', id, name })
const zhongwang = { __typename: 'Compound', id: 'c-zw', name: '众望小区', buildings: [building('b-1', '1号楼'), building('b-2', '2号楼')], community: { __typename: 'Community', id: 'cm-dyp' } }
// Places_query is a fragment on Query, so the root answers its __typename, as the gateway does.
const places = {
  data: {
    __typename: 'Query',
    viewer: { __typename: 'Viewer', id: 'v-chang', isStaff: false, households: [{ __typename: 'Household', id: 'h-1', building: { ...building('b-1', '1号楼'), compound: zhongwang } }] },
    communities: [],
  },
}

let server: CannedServer
const sentNames = () => server.received.map((r) => (JSON.parse(r.body) as { operationName: string }).operationName)

beforeAll(async () => {
  server = await startCannedServer((req) => {
    const { operationName } = JSON.parse(req.body) as { operationName: string }
    if (operationName === 'IssuePlaces') return { body: JSON.stringify(places) }
    if (operationName === 'SimilarIssues') return { body: JSON.stringify({ data: { similarIssues: [] } }) }
    return { body: JSON.stringify({ errors: [{ message: `unexpected ${operationName}` }] }) }
  })
})
afterAll(() => server.close())
beforeEach(() => {
  Taro.clearStorageSync()
  setSessionToken('tok-changbaoe')
  server.received.length = 0
})
afterEach(cleanup)

/** Whether the chip showing `label` is the chosen one (it says so with aria-checked and a ✓). */
const chosen = (label: string) => screen.getByText(label).closest('[role="radio"]')?.getAttribute('aria-checked') === 'true'
const untilChosen = (label: string) => waitFor(() => expect(chosen(label)).toBe(true))

function renderPage() {
  const client = appClientFor(server.url)
  return render(
    <ApolloProvider client={client}>
      <RaiseIssuePage />
    </ApolloProvider>,
  )
}

describe('the raise form', () => {
  it('defaults to the household building and names every missing field before sending', async () => {
    renderPage()
    await untilChosen('1号楼')
    fireEvent.click(screen.getByText('提交报事'))
    await screen.findByText('⚠ 请选择问题分类')
    expect(screen.getByText('⚠ 请填写标题')).toBeTruthy()
    expect(screen.getByText('⚠ 请描述一下问题')).toBeTruthy()
    expect(screen.queryByText('⚠ 请选择楼栋')).toBeNull()
    expect(sentNames()).not.toContain('RaiseIssue')
  })

  it('shows the fire notice on choosing 消防安全, and keeps the choice for next time', async () => {
    renderPage()
    await untilChosen('1号楼')
    expect(screen.queryByText(/起火请先拨打 119/)).toBeNull()
    fireEvent.click(screen.getByText('消防安全'))
    await screen.findByText(/起火请先拨打 119/)
    fireEvent.click(screen.getByText('2号楼'))
    await untilChosen('2号楼')
    expect(loadIssueDraft()).toMatchObject({ category: 'FIRE_SAFETY', buildingId: 'b-2' })

    cleanup()
    renderPage()
    await untilChosen('消防安全')
    await untilChosen('2号楼')
    expect(screen.getByText('✓ 已为您恢复上次没写完的内容。')).toBeTruthy()
    fireEvent.click(screen.getByText('清空重写'))
    await untilChosen('1号楼')
    expect(Taro.getStorageSync(ISSUE_DRAFT_KEY)).toBeFalsy()
  })
})

describe('提交报事 tapped twice', () => {
  it('sends one RaiseIssue: the button holds itself while the first is in flight', async () => {
    renderPage()
    await untilChosen('1号楼')
    fireEvent.click(screen.getByText('路灯照明'))
    const title = screen.getAllByPlaceholderText('标题').find((el) => el.tagName === 'INPUT')
    const description = screen.getAllByPlaceholderText('请描述问题').find((el) => el.tagName === 'TEXTAREA')
    fireEvent.input(title!, { target: { value: '楼道灯不亮' } })
    fireEvent.input(description!, { target: { value: '三楼的灯坏了好几天了' } })
    const submit = screen.getByText('提交报事').closest('taro-button-core') as HTMLElement
    fireEvent.click(submit)
    fireEvent.click(submit)
    await waitFor(() => expect(sentNames()).toContain('RaiseIssue'))
    await waitFor(() => expect(submit.getAttribute('aria-busy')).toBeNull())
    fireEvent.click(submit) // free again once the answer came: a deliberate retry is sent
    await waitFor(() => expect(sentNames().filter((n) => n === 'RaiseIssue')).toHaveLength(2))
  })
})
