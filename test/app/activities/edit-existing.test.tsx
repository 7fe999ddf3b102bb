import { ApolloProvider } from '@apollo/client/react'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ActivityEditScreen } from '@/features/activities/components/ActivityEditScreen'
import { saveActivityDraft } from '@/features/activities/draft'
import { emptyActivityForm } from '@/features/activities/edit-form'
import { setSessionToken } from '@/graphql/session'
import { startCannedServer, type CannedServer } from '../support/graphql-server'
import { appClientFor } from '../support/app-client'
import { watchFirstInput } from '../support/input-values'

// 编辑活动 (staff) over HTTP to a stand-in gateway: an existing activity's form opens with the
// gateway's values already in its fields (a skeleton until then, never empty fields filled a moment
// later), and a draft of staff's own unsaved changes wins over the gateway's copy.

const activity = {
  __typename: 'Activity',
  id: 'a-buttons',
  status: 'DRAFT',
  kind: 'HANDICRAFT',
  title: '廉洁文化纽扣画',
  description: '用纽扣拼出廉洁主题的画。',
  venue: '桥南园社区活动室',
  community: { __typename: 'Community', id: 'cm-qny' },
  startsAt: '2099-01-10T06:00:00.000Z',
  endsAt: '2099-01-10T08:00:00.000Z',
  signUpDeadline: '2099-01-09T10:00:00.000Z',
  capacity: 20,
  maxPartySize: 2,
  eligibility: 'ANYONE',
  waitlist: true,
  needsApproval: false,
  questions: [],
  partners: ['桥南园社区党支部'],
  cover: null,
  materials: [],
  viewerCanManage: true,
  cancelReason: null,
}

let server: CannedServer
let answer: () => string

beforeAll(async () => {
  server = await startCannedServer((req) => {
    const { operationName } = JSON.parse(req.body) as { operationName: string }
    if (operationName === 'ActivityForEdit') return { body: answer() }
    return { body: JSON.stringify({ errors: [{ message: `unexpected ${operationName}` }] }) }
  })
})
afterAll(() => server.close())
beforeEach(() => {
  Taro.clearStorageSync()
  setSessionToken('tok-steward')
  answer = () => JSON.stringify({ data: { activity } })
})
afterEach(() => cleanup())

const fieldOf = (label: string) => screen.getByText(label).parentElement?.querySelector('input') ?? null

function renderPage() {
  const watch = watchFirstInput()
  render(
    <ApolloProvider client={appClientFor(server.url)}>
      <ActivityEditScreen id="a-buttons" />
    </ApolloProvider>,
  )
  return watch
}

describe('编辑活动: an existing activity', () => {
  it('opens with the gateway’s values in its fields, never empty first', async () => {
    const { seen, stop } = renderPage()
    await waitFor(() => expect(fieldOf('活动名称')?.value).toBe('廉洁文化纽扣画'))
    expect(fieldOf('地点')?.value).toBe('桥南园社区活动室')
    stop()
    // The first field drawn is the title's, with the title in it.
    expect(seen[0]).toBe('廉洁文化纽扣画')
    expect(screen.queryByText(/已恢复上次没保存的内容/)).toBeNull()
  })

  it('keeps staff’s own unsaved changes over the gateway’s copy, and says so', async () => {
    saveActivityDraft('a-buttons', { ...emptyActivityForm(), title: '纽扣画(改期)', venue: '桥南园社区二楼' })
    renderPage()
    await waitFor(() => expect(fieldOf('活动名称')?.value).toBe('纽扣画(改期)'))
    expect(fieldOf('地点')?.value).toBe('桥南园社区二楼')
    await screen.findByText(/已恢复上次没保存的内容/)
  })
})
